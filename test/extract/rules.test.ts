/**
 * The extraction rules for unseen texts, one by one on short inputs written
 * for the test: norm words and addressees, reference patterns, definition
 * forms, lead-ins. Every declared table entry has a case.
 */
import { describe, expect, it } from 'vitest';
import { definitionForms, readDefinition } from '../../src/extract/definitions.js';
import { voiceOf } from '../../src/extract/modality.js';
import { leadInVerbs, readLeadIn } from '../../src/extract/leadins.js';
import { enAddresseeOf, findNorm, instrumentClauses, isInstrumentClause, normWords, zhAddresseeOf } from '../../src/extract/norms.js';
import { thingHeads } from '../../src/extract/things.js';
import { findReferences, referencePatterns, splitList } from '../../src/extract/references.js';
import { isBodySentence } from '../../src/extract/claims.js';
import { enactingBody, operativeAction, operativeVerbs } from '../../src/extract/resolutions.js';
import { itemsOfMarkdown } from './helpers.js';

describe('norms', () => {
  const cases: Array<[string, 'en' | 'zh', string | undefined, string | undefined]> = [
    ['网络运营者应当履行网络安全保护义务。', 'zh', 'obligation', '网络运营者'],
    ['任何个人和组织不得窃取或者以其他非法方式获取个人信息。', 'zh', 'prohibition', '任何个人和组织'],
    ['国家网信部门可以会同有关部门制定标准。', 'zh', 'permission', '国家网信部门'],
    ['个人信息处理者必须采取措施。', 'zh', 'obligation', '个人信息处理者'],
    ['禁止利用网络从事危害国家安全的活动。', 'zh', 'prohibition', undefined],
    ['有法律规定应当保密的情形的，个人信息处理者可以不向个人告知。', 'zh', 'permission', '个人信息处理者'],
    ['对中华人民共和国采取歧视性的禁止措施的，中华人民共和国可以采取对等措施。', 'zh', 'permission', '中华人民共和国'],
    ['国家支持数据开发利用。', 'zh', undefined, undefined],
    // A condition saying its subject is unknown names no addressee.
    ['示例主管部门不明确的，应当向示例协调机制报告。', 'zh', 'obligation', undefined],
    // `得` grants a permission in a clause in traditional characters, not inside a word, nor in simplified writing.
    ['示例機關得停止提供示例資料。', 'zh', 'permission', '示例機關'],
    ['示例使用者取得示例資料後，應標示來源。', 'zh', 'obligation', undefined],
    ['示例机关得停止提供示例资料。', 'zh', undefined, undefined],
    ['（三）示例資料：指經授權得再轉授權第三人利用之資料。', 'zh', undefined, undefined],
    ['示例数据，是指可以识别示例用户的信息。', 'zh', undefined, undefined],
    // An item marker in half-width brackets is no part of the subject.
    ['(二)示例用户应当保存示例记录。', 'zh', 'obligation', '示例用户'],
    // A modal word in an exception is the exception's: the rule itself has none, or its own.
    ['本示例许可不提供示例商标许可，但示例用户为履行示例义务而必须使用除外。', 'zh', undefined, undefined],
    ['示例机构不得公开示例信息，但依法应当公开的除外。', 'zh', 'prohibition', '示例机构'],
    ['网信部门实施行政执法，应当坚持处罚与教育相结合。', 'zh', 'obligation', '网信部门'],
    ['上级网信部门认为必要的，可以直接办理下级网信部门管辖的案件。', 'zh', 'permission', '上级网信部门'],
    ['首次向案件当事人送达的，应当告知其权利。', 'zh', 'obligation', undefined],
    // The subject before a clause of its own (`…发生…情况，应当`), a subject whose noun a verb modifies (`从事…的机构`),
    // and the agent named by 由 after a condition (who imposes the penalty), not the condition's subject.
    ['示例运营者发生合并、分立等情况，应当及时报告示例部门。', 'zh', 'obligation', '示例运营者'],
    ['从事示例中介服务的机构提供服务，应当要求提供方说明来源。', 'zh', 'obligation', '从事示例中介服务的机构'],
    ['示例运营者未履行本法第三条规定的义务的，由有关主管部门责令改正，并可以责令暂停相关业务；', 'zh', 'permission', '有关主管部门'],
    ['发现示例违法信息的，应当立即停止传输。', 'zh', 'obligation', undefined],
    ['违反本条例第十三条规定的，由网信、公安等主管部门依据各自职责责令改正，可以并处罚款；', 'zh', 'permission', '网信、公安等主管部门'],
    ['能源、电信行业应当采取措施。', 'zh', 'obligation', '能源、电信行业'],
    ['Each Party shall adopt such legislative and other measures as may be necessary.', 'en', 'obligation', 'Each Party'],
    ['A Party may require that the offence be committed with dishonest intent.', 'en', 'permission', 'A Party'],
    ['Within 60 days of the date of this order, the Secretary of Commerce shall publish guidance.', 'en', 'obligation', 'the Secretary of Commerce'],
    ['Each Party shall not refuse assistance on the sole ground of fiscal offences.', 'en', 'prohibition', 'Each Party'],
    // A passive names what is acted on, not who acts: the agent of `by …` right after the participle, else none.
    ['Such measures may not be applied retroactively.', 'en', 'prohibition', undefined],
    ['Requests shall be considered by the Director of Examples, case by case.', 'en', 'obligation', 'the Director of Examples'],
    ['The fees shall be borne by the Party which made the request.', 'en', 'obligation', 'the Party'],
    ['The data shall be kept in accordance with the procedures specified by the requesting Party.', 'en', 'obligation', undefined],
    ['Such declarations may be withdrawn by a notification addressed to the Secretary.', 'en', 'permission', undefined],
    // An entitlement is a permission of its subject.
    ['Each Party shall be entitled to refuse assistance.', 'en', 'permission', 'Each Party'],
    // A leading `Following …,` is no part of the subject; `shall continue to be preserved` is a passive.
    ['Following the issuance of the example rule, agencies shall update their contracts.', 'en', 'obligation', 'agencies'],
    ['Following the receipt of such a request, the data shall continue to be preserved.', 'en', 'obligation', undefined],
    // An inverted prohibition names its addressee after the verb: no subject before it.
    ['In no case may a designated authority be allowed to make such a request.', 'en', 'prohibition', undefined],
    // A leading `At …,` is no part of the subject; a head opening with a preposition names no one.
    ['At the latest three years after this Convention enters into force, the Example Committee shall review it.', 'en', 'obligation', 'the Example Committee'],
    ['In this list it shall not include categories of files.', 'en', 'prohibition', undefined],
    // A subject relative is cut from its head; a modal word inside an object relative is no norm (below).
    ['Heads of example agencies that are unable to comply shall report to the Board.', 'en', 'obligation', 'Heads of example agencies'],
    ['Agencies with procedures that deviate from the guide may use them after review.', 'en', 'permission', 'Agencies with procedures'],
    ['Where the Board finds that a provider in another State was involved, it shall say so.', 'en', 'obligation', undefined],
    ['Likewise, a Party which has made no declaration shall notify the Secretary.', 'en', 'obligation', 'a Party'],
    ['The Federal Government must lead by example.', 'en', 'obligation', 'The Federal Government'],
    ['Agencies are required to report incidents.', 'en', 'obligation', 'Agencies'],
    ['The report describes the measures as may be appropriate.', 'en', undefined, undefined],
    // A negated subject makes any modal verb a prohibition, addressed to what it negates; a limit of time is no negation.
    ['No Person shall be a Representative who shall not have attained the Age of twenty five Years.', 'en', 'prohibition', 'Person'],
    ['No reservation may be made in respect of the provisions of this Example Convention.', 'en', 'prohibition', undefined],
    ['Neither House, during the Session of Congress, shall adjourn for more than three days.', 'en', 'prohibition', 'House'],
    ['No later than 30 days after the date of this order, agencies shall report.', 'en', 'obligation', 'agencies'],
    // A clause that goes on after a conjunction: the subject after it, or none.
    ['and each Senator shall have one Vote.', 'en', 'obligation', 'each Senator'],
    ['and shall keep a Journal of its Proceedings.', 'en', 'obligation', undefined],
    // A condition with no comma, a relative clause's modal word: no addressee; a short plural noun phrase is one.
    ['If he approve he shall sign it.', 'en', 'obligation', undefined],
    ['When there are five members or fewer the Example Committee may appoint new members.', 'en', 'permission', 'the Example Committee'],
    ['If the Board so decides the Report shall be published.', 'en', 'obligation', undefined],
    ['Every Bill which shall have passed both Houses shall be presented to the President.', 'en', 'obligation', undefined],
    ['covered providers shall retain the logs.', 'en', 'obligation', 'covered providers'],
    // A modal verb of a relative clause qualifies a noun: the norm is a later modal verb, or there is none (an item
    // that continues its lead-in's sentence, the lead-in holding the norm).
    ['(iii) address, on an ongoing basis, the risks related to access which may be presented by any new application.', 'en', undefined, undefined],
    ['b) a storage medium in which computer data may be stored in its territory.', 'en', undefined, undefined],
    ['the periods within which operators must report incidents', 'en', undefined, undefined],
    ['The information which the requesting Party may provide shall be kept confidential.', 'en', 'obligation', undefined],
    ['Any State which has extended the scope of this Convention may give notice.', 'en', 'permission', 'Any State'],
    // Item markers, also a letter and a full stop printed without a space; not an abbreviation's first letter.
    ['a.each Party shall designate one or more authorities.', 'en', 'obligation', 'each Party'],
    ['c.shall formulate its opinion on any proposal.', 'en', 'obligation', undefined],
    ['U.S. agencies shall report.', 'en', 'obligation', 'U.S. agencies'],
    ['3. a)Each Party may reserve the right to apply the measures.', 'en', 'permission', 'Each Party'],
    // A run-in label before the subject; parentheses that do not pair up leave no noun phrase.
    ['Attribution right: The Licensee shall keep intact all notices.', 'en', 'obligation', 'The Licensee'],
    ['In case of any Distribution by You (for example, by offering a download) the channel (for example, a website) must provide the information.', 'en', 'obligation', undefined],
    // `may` after `it` or `there`, and in `as the case may be`, says what is possible: no permission.
    ['It is not a finished work and may therefore contain defects.', 'en', undefined, undefined],
    ['There may be cases where the Party acts alone.', 'en', undefined, undefined],
    ['c.to obtain, as the case may be, rectification of such data;', 'en', undefined, undefined],
    ['It is agreed that each Party may withdraw the request.', 'en', 'permission', 'each Party'],
    ['If a Party does not act, it may refer the matter to the Committee.', 'en', 'permission', undefined],
    // From a sample of licences read as laws (bench/audit/sample-licences-20261205.csv).
    ['If You Convey this Database, any Derivative Database, or a Collection, then the Licensee must comply.', 'en', 'obligation', 'the Licensee'],
    ['The Program may always be Distributed subject to the Agreement.', 'en', 'permission', undefined],
    ['Provisions which, by their nature, must remain in effect shall be listed in the Annex.', 'en', 'obligation', undefined],
    ['8.2 If liability may not be excluded by law, it is limited to direct loss.', 'en', undefined, undefined],
    ['Otherwise, the Licensee may choose another version.', 'en', 'permission', 'the Licensee'],
    ['10.2 A Licensee whose Agreement is terminated shall no longer be authorized to use the Software.', 'en', 'prohibition', 'A Licensee'],
    ['This licence sets the terms under which a given free software Package may be copied.', 'en', undefined, undefined],
    // `be` and a noun phrase says what a thing is (no addressee), unless the subject is negated; a relative clause's
    // head keeps no hanging conjunction; a negated subject after `Provided that` bars too.
    ['and all Treaties made, or which shall be made, under the Authority of the Union, shall be the supreme Law;', 'en', 'obligation', undefined],
    ['Members chosen, or who shall be chosen, by the Parties shall report each year.', 'en', 'obligation', 'Members chosen'],
    ['Provided that no Amendment which may be made before the Year shall affect the Clauses.', 'en', 'prohibition', undefined],
    // An inverted condition (`Should …,`) is no part of the subject.
    ['Should the Party fail to act, the Committee shall decide.', 'en', 'obligation', 'the Committee'],
    ['The office address shall be published.', 'en', 'obligation', undefined],
    ['Disclosure of traffic data may only be withheld if:', 'en', 'permission', undefined],
    // A modal verb inside a condition closed by a comma is the condition's; the condition is no part of the subject.
    ['and until such enumeration shall be made, the State of New Hampshire shall be entitled to choose three.', 'en', 'permission', 'the State of New Hampshire'],
    ['The Congress, whenever two thirds of both Houses shall deem it necessary, shall propose Amendments.', 'en', 'obligation', 'The Congress'],
    ['If the requested Party shall refuse, the requesting Party may withdraw the request.', 'en', 'permission', 'the requesting Party'],
    // A copula before a preposition or an adjective of state describes a thing: no addressee.
    ['The Trial of all Crimes shall be by Jury.', 'en', 'obligation', undefined],
    ['All Duties, Imposts and Excises shall be uniform throughout the Union.', 'en', 'obligation', undefined],
    ['Such liability shall be without prejudice to the criminal liability of natural persons.', 'en', 'obligation', undefined],
    ['Each Party shall be in a position to provide assistance.', 'en', 'obligation', 'Each Party'],
    // A right, a jurisdiction or an authority conferred is a permission of its holder too.
    ['Everyone shall have the right to freedom of expression.', 'en', 'permission', 'Everyone'],
    ['The supreme Court shall have appellate Jurisdiction.', 'en', 'permission', 'The supreme Court'],
    ['The Board shall have the responsibility to review each report.', 'en', 'obligation', 'The Board'],
    // A power conferred is a permission of its holder.
    ['The Congress shall have Power To lay and collect Taxes.', 'en', 'permission', 'The Congress'],
    // `may` before what happens or what a thing holds is no permission; a later norm of the clause is its norm.
    ['The Example Code may contain errors and may be incomplete.', 'en', undefined, undefined],
    ['Delays may occur, and the Committee shall report them.', 'en', 'obligation', 'the Committee'],
    ['Each Party may include in its report the measures taken.', 'en', 'permission', 'Each Party'],
    // `应` inside a word (`相应`, `响应`, `供应`) is no modal word; alone before a verb it is.
    ['在发生示例事件时，立即启动预案，采取相应的补救措施。', 'zh', undefined, undefined],
    ['示例机构应采取相应的补救措施。', 'zh', 'obligation', '示例机构'],
    // `May` before a day or a year is the month.
    ['Example Public Licence Terms of Use May, 2002 Copyright 2002.', 'en', undefined, undefined],
    ['The Committee may, 30 days after the notice, publish the report.', 'en', 'permission', 'The Committee'],
    // Run-in labels, one after the other, are no part of the subject; nor is an opening `As a …,` phrase.
    ['Duties of the holder: Attribution right: the Holder shall keep all notices intact.', 'en', 'obligation', 'the Holder'],
    ['As an express condition for the grant, the Holder must mark each copy.', 'en', 'obligation', 'the Holder'],
    // A third-person pronoun names no one when the document does not define it; `you`, whom the instrument addresses,
    // is the addressee as printed (a reading of six licences that never define it: the licensee in 18 of 30 items).
    ['You must include a copy of this Licence with every copy.', 'en', 'obligation', 'You'],
    ['They must keep the notice.', 'en', 'obligation', undefined],
    // From a reading of a declaration of rights and of a constitution (neither in the corpus): `nor` before an inverted
    // modal verb negates its clause; a copula before an adjective of state names no addressee; `then` opening the head
    // after a condition is no part of the subject.
    ['Nor shall a heavier fine be imposed than the one applicable.', 'en', 'prohibition', undefined],
    ['The Board shall act at once; nor shall any Example Member delay the vote.', 'en', 'obligation', 'The Board'],
    ['nor shall any Example Member delay the vote.', 'en', 'prohibition', undefined],
    ['Example schooling shall be compulsory.', 'en', 'obligation', undefined],
    ['Example training shall be free in the first years.', 'en', 'obligation', undefined],
    ['The Example Holder shall be free to choose the form.', 'en', 'permission', 'The Example Holder'],
    ['If the notice cannot be put in a file, then You must put it in a folder.', 'en', 'obligation', 'You'],
    // `may be a …` and `may differ` say what is or can be, not what anyone may do; a run-in title before `--` and a
    // `For clarity,` opener are no part of the subject; a `by …` after `accompanied` names no agent.
    ['An Example Member may be a Holder and a User at the same time.', 'en', undefined, undefined],
    ['Later example versions may differ in detail.', 'en', undefined, undefined],
    ['4.2 NOTICES -- The Example Holder shall keep every notice.', 'en', 'obligation', 'The Example Holder'],
    ['For clarity, the Example Holder may publish a new version.', 'en', 'permission', 'the Example Holder'],
    ['The copy must be accompanied by the Example Notice.', 'en', 'obligation', undefined],
    ['The copy must be signed by the Example Holder.', 'en', 'obligation', 'the Example Holder'],
    // From a reading of a charter (a project's constitution, outside the corpus): a modal word in quotes is named, not
    // used; one of an embedded question is no norm; a subject negated after an opener or right before the modal verb
    // bars; `may be subject to` is no permission; `must be public` names no addressee; `must instead be made` is passive.
    ['"May" or "can" indicates that the Example Body has discretion.', 'en', undefined, undefined],
    ['Details of how example ballots may be filled out will be published.', 'en', undefined, undefined],
    ['During that period, no one may call for a vote.', 'en', 'prohibition', undefined],
    ['For three weeks after that no more candidates may be nominated.', 'en', 'prohibition', undefined],
    ['The powers of an Example Body may be subject to review by others.', 'en', undefined, undefined],
    ['However, votes on appointments must be public.', 'en', 'obligation', undefined],
    ['If a Member objects, the change must instead be made by amendment.', 'en', 'obligation', undefined],
    ['Together, the Example Members may amend this charter.', 'en', 'permission', 'the Example Members'],
    ['Each Member acknowledges that it may compete with other members.', 'en', undefined, undefined],
    ['This Example Licence may be particularly suitable for fonts.', 'en', undefined, undefined],
    ['It may not occur to you that the copy is a distribution.', 'en', undefined, undefined],
    ['Alternatively, the Example Holder may publish a notice.', 'en', 'permission', 'the Example Holder'],
    ['Such use may not occur without a licence.', 'en', 'prohibition', undefined],
    // A subject that is a thing names no addressee (a declared list of head nouns); someone stays one.
    ['The request for assistance shall contain all the necessary particulars.', 'en', 'obligation', undefined],
    ['Any litigation relating to this Example Licence shall take place in Exampleton.', 'en', 'obligation', undefined],
    ['Modifications must not alter any copyright notices.', 'en', 'prohibition', undefined],
    ['The Committee of Example Ministers shall consider the proposed amendment.', 'en', 'obligation', 'The Committee of Example Ministers'],
    ['In the exercise of their rights, everyone shall be subject only to limits set by law.', 'en', 'obligation', undefined],
    ['As a condition, anyone using the Example Code must credit the Forum.', 'en', 'obligation', 'anyone using the Example Code'],
    // A participle right after a determiner modifies the noun after it (`This draft rule`, `the requested Example Party`);
    // an irregular participle after the noun ends its head (`Any notice made under …`).
    ['This proposed example rule shall list the covered services.', 'en', 'obligation', undefined],
    ['Any notice made under this Example Article may be withdrawn.', 'en', 'permission', undefined],
    ['Such guidance shall describe the example steps.', 'en', 'obligation', undefined],
    ['The requested Example Party shall reply without delay.', 'en', 'obligation', 'The requested Example Party'],
    // `may` before a verb of what can come of something: a possibility, no permission.
    ['Entities controlled by an example actor may enable it to access such data.', 'en', undefined, undefined],
    ['Such example transfers may pose risks to the example systems.', 'en', undefined, undefined],
    // What someone may wish to do is advice; what a party may have in a clause on a noun is what it possibly holds.
    ['Example Holders may therefore wish to use this licence together with another one.', 'en', undefined, undefined],
    // What something may amount to, or where someone may be reached, is no permission.
    ['Repeated extraction of small parts of the Example Contents may amount to extraction of a substantial part.', 'en', undefined, undefined],
    ['Such use may constitute an infringement of the example rights.', 'en', undefined, undefined],
    ['You may also have other rights, which vary from one example state to another.', 'en', undefined, undefined],
    ['You may have additional licence terms from the party that gave you the Example Code.', 'en', undefined, undefined],
    ['The Example Foundation may be contacted at example.org.', 'en', undefined, undefined],
    ['Such means may be to provide a difference file from the Example Program.', 'en', undefined, undefined],
    ['These example risks may be exacerbated when example actors combine the example data.', 'en', undefined, undefined],
    ['Your Example Extensions may require additional patent licences from the Example Holder.', 'en', undefined, undefined],
    ['Each Example Party may include in its report the measures it has taken.', 'en', 'permission', 'Each Example Party'],
    ['The Example Holder has disclaimed any damages that it is or may be liable for.', 'en', undefined, undefined],
    // The subject of a clause opened by a verb of agreeing, after `that`.
    ['The Example Recipient agrees that the Example Holder may keep a copy of the example records.', 'en', 'permission', 'the Example Holder'],
    ['You also agree that either the Example Holder or a Recipient may enforce these terms against You.', 'en', 'permission', 'either the Example Holder or a Recipient'],
    // A short name given in brackets is no part of the subject.
    ['Example Systems, Inc. ("Example") may publish revised versions of the Example Licence.', 'en', 'permission', 'Example Systems, Inc.'],
    // `At no time may …`, inverted: a prohibition; a subject with an adverb before its coordinated verb; acts as subjects.
    ['At no time may the Example Recipient use the Example Services to deny access.', 'en', 'prohibition', undefined],
    ['For greater certainty, an Example Work expressly excludes and shall not capture any Example Module.', 'en', 'prohibition', undefined],
    ['Any termination of such Example Licences shall be pursuant to their own terms.', 'en', 'obligation', undefined],
    // `you` after a condition whose own commas hide its end, or after `then as a consequence`.
    ['If the Example Code, or any part of it, contains a notice with a further restriction, you may remove that term.', 'en', 'permission', 'you'],
    ['If you cannot meet both duties, then as a consequence you may not convey the Example Code at all.', 'en', 'prohibition', 'you'],
    ['The object code form of an Example Application may incorporate material from an example header file.', 'en', 'permission', undefined],
    // A modal verb in a condition opened by a parenthetical is the condition's.
    ['Where, under this example chapter, the Example Party is permitted to refuse, that condition shall be deemed met.', 'en', 'obligation', undefined],
    // A modal verb in an object relative after a thing's noun, its object missing: no norm; a content clause keeps its norm.
    ['The requirements that example software must meet are listed in the example manual.', 'en', undefined, undefined],
    // What someone may be is no permission; `is permitted to` is one.
    ['"Example Licensees" and "recipients" may be individuals or organizations.', 'en', undefined, undefined],
    ['Everyone is permitted to copy and distribute verbatim copies of this Example Licence.', 'en', 'permission', 'Everyone'],
    // The subject after `, but`.
    ['You are not responsible for enforcing compliance by others, but You may enforce any rights that You have.', 'en', 'permission', 'You'],
    // A negated object of a verb of doing bars the act; not a limit.
    ['The Example Assembly shall make no law restricting the example press.', 'en', 'prohibition', 'The Example Assembly'],
    ['The Example Parties shall impose no restriction on example transfers.', 'en', 'prohibition', 'The Example Parties'],
    ['The Example Agency shall report no later than 30 days after the request.', 'en', 'obligation', 'The Example Agency'],
    // An adverb of time before the subject, with or without a comma; an agent ends before a preposition.
    ['Thereupon the Example Board shall decide the issue.', 'en', 'obligation', 'the Example Board'],
    ['Thereafter, the Example Board shall publish its decision.', 'en', 'obligation', 'the Example Board'],
    ['New example members may be admitted by the Example Council into this Example Union.', 'en', 'permission', 'the Example Council'],
    ['Example Licensor waives all moral rights that Example Licensor may have in the Example Database.', 'en', undefined, undefined],
    ['The Example Recipient may have access to the example records.', 'en', 'permission', 'The Example Recipient'],
    // A conferral of power is a permission; an adverbial opened by `and in particular` is no part of the subject.
    ['The Example Commission is empowered to adopt delegated acts.', 'en', 'permission', 'The Example Commission'],
    ['Where appropriate, and in particular where two Example States are concerned, the Example Agency shall inform them.', 'en', 'obligation', 'the Example Agency'],
    // A verb phrase coordinated with the modal one: the subject before the first verb.
    ['By using the Example Code, User indicates acceptance of this Agreement and shall comply with it.', 'en', 'obligation', 'User'],
    // A bare condition ending with `You`; a parenthetical before a passive verb.
    ['If You made an example change You may add your name to the notice.', 'en', 'permission', 'You'],
    ['The example data provided may, for any use, in particular be copied and printed;', 'en', 'permission', undefined],
    // An adverb between the subject and the modal word is no part of the subject; a technical thing names no one.
    ['Example Members therefore must not assume that the example list is complete.', 'en', 'prohibition', 'Example Members'],
    ['The example build must cope with missing files.', 'en', 'obligation', undefined],
    ['Firstly, the example targets may write their output to the parent folder.', 'en', 'permission', undefined],
    ['Alternately, the Example Board may keep the item open.', 'en', 'permission', 'the Example Board'],
    // Connectives and adverbials before the subject are no part of it.
    ['Consequently, it shall amend the example list.', 'en', 'obligation', undefined],
    ['Prior to sending such example data, the sending Party may ask for a receipt.', 'en', 'permission', 'the sending Party'],
    ['Without prejudice to Article 2, the Example Board shall meet yearly.', 'en', 'obligation', 'the Example Board'],
    // A clause opening with a verb of knowing (`明知…的`) is a condition, no addressee.
    ['明知他人从事示例违法活动的，不得为其提供帮助。', 'zh', 'prohibition', undefined],
    // `不得` inside an idiom is no modal word; a passive after the modal word names no addressee.
    ['示例机构迫不得已采取措施。', 'zh', undefined, undefined],
    ['示例机构不得不采取措施。', 'zh', undefined, undefined],
    ['2. 示例机构不得删除记录。', 'zh', 'prohibition', '示例机构'],
    // `您`, whom the text addresses, is the addressee as printed.
    ['您可以复制示例软件，但您必须保留版权声明。', 'zh', 'permission', '您'],
    ['您的示例账号不得转让。', 'zh', 'prohibition', undefined],
    ['任何示例的记录，不得被示例机构删除。', 'zh', 'prohibition', undefined],
  ];
  it.each(cases)('%s', (text, lang, modality, actor) => {
    const norm = findNorm(text, lang);
    expect(norm?.modality).toBe(modality);
    if (norm) expect(lang === 'zh' ? zhAddresseeOf(text, norm.index) : enAddresseeOf(text, norm.index, norm.length)).toBe(actor);
  });
  it('covers every norm word entry', () => {
    const covered = new Set(normWords.map((w) => `${w.lang}:${w.modality}`));
    const tested = new Set(cases.filter((c) => c[2]).map((c) => `${c[1]}:${c[2]}`));
    expect([...covered].sort()).toEqual([...tested].sort());
  });
});

describe('references', () => {
  const cases: Record<string, Array<[string, string[], string]>> = {
    'zh-title': [['依照《中华人民共和国网络安全法》的规定', ['《中华人民共和国网络安全法》'], 'external']],
    'zh-articles': [
      ['违反本法第二十七条、第二十九条、第三十条规定的', ['本法第二十七条', '第二十九条', '第三十条'], 'articles 27,29,30'],
      ['依照第十三条第一款第二项的规定', ['第十三条第一款'], 'articles 13'],
    ],
    'zh-this-article': [['本条第二款规定的情形', ['本条第二款'], 'this-article-paragraph 2']],
    'zh-previous-article': [['前条第一款规定的事项', ['前条第一款'], 'previous-article']],
    'zh-previous': [['有前款规定情形的', ['前款'], 'previous-paragraph']],
    'en-executive-order': [['as amended by Executive Order 13873 of May 15, 2019', ['Executive Order 13873'], 'external']],
    'en-articles': [
      ['established in accordance with Articles 2 through 5', ['Articles 2', '5', 'Articles 2 through 5', 'Articles 2 through 5'], 'articles 2,5,3,4'],
      ['referred to in Article 14, paragraph 2', ['Article 14, paragraph 2'], 'articles 14'],
    ],
    'en-paragraph-of-article': [['described in paragraph 1 of this article', ['paragraph 1 of this article'], 'this-article-paragraph 1']],
    'en-section-of-order': [['pursuant to section 4(b) of this order', ['section 4(b) of this order'], 'sections 4']],
    'en-subsection-of-section': [['described in subsection (c) of this section', ['subsection (c) of this section'], 'this-section-item']],
  };
  it('has a case for every pattern', () => expect(Object.keys(cases).sort()).toEqual(referencePatterns.map((p) => p.name).sort()));
  for (const [name, list] of Object.entries(cases)) {
    it.each(list)(`${name}: %s`, (text, words, kind) => {
      const found = findReferences(text).flatMap((f) => splitList(text, f));
      expect(found.map((f) => text.slice(f.start, f.end)).sort()).toEqual([...words].sort());
      const pointers = found.map((f) => f.pointer);
      const [to, numbers] = kind.split(' ');
      expect(pointers.every((p) => p.to === to)).toBe(true);
      if (to === 'articles')
        expect(pointers.map((p) => (p as { numbers: number[] }).numbers[0]).sort((a, b) => a! - b!)).toEqual(
          numbers!
            .split(',')
            .map(Number)
            .sort((a, b) => a - b),
        );
    });
  }
  it('does not read an article of another instrument as ours', () => {
    expect(findReferences('under Article 5 of the Charter of the United Nations')).toEqual([]);
    // Not by cutting its number either (`Article 51` read as `Article 5`).
    expect(findReferences('under Article 51 of the Charter of the United Nations')).toEqual([]);
    expect(findReferences('as provided in Article 51.').map((r) => r.pointer)).toMatchObject([{ numbers: [51] }]);
  });
});

describe('definitions', () => {
  const cases: Record<string, Array<[string, 'en' | 'zh', boolean, string, string]>> = {
    'zh-shizhi': [
      ['本法所称数据，是指任何以电子或者其他方式对信息的记录。', 'zh', false, '数据', '任何以电子或者其他方式对信息的记录。'],
      ['（一）网络，是指由计算机或者其他信息终端组成的系统。', 'zh', false, '网络', '由计算机或者其他信息终端组成的系统。'],
      ['前款所称重要数据，是指一旦遭到篡改可能危害国家安全的数据。', 'zh', false, '重要数据', '一旦遭到篡改可能危害国家安全的数据。'],
      ['本条所称网络运营者，是指网络的所有者。', 'zh', false, '网络运营者', '网络的所有者。'],
    ],
    'zh-shi': [
      ['个人信息是以电子或者其他方式记录的与自然人有关的各种信息，不包括匿名化处理后的信息。', 'zh', false, '个人信息', '以电子或者其他方式记录的与自然人有关的各种信息，不包括匿名化处理后的信息。'],
    ],
    'zh-baokuo': [['数据处理，包括数据的收集、存储、使用。', 'zh', true, '数据处理', '数据的收集、存储、使用。']],
    'zh-colon-zhi': [
      ['（一）示例資料提供機關：指提供示例資料之機關。', 'zh', false, '示例資料提供機關', '提供示例資料之機關。'],
      ['（二）示例数据：指以电子方式记录的示例信息。', 'zh', false, '示例数据', '以电子方式记录的示例信息。'],
    ],
    'zh-quoted-shizhi': [
      ['“示例平台”是指为示例用户提供服务的系统。', 'zh', false, '示例平台', '为示例用户提供服务的系统。'],
      // A space after the closing quotation mark, as some bilingual licences print it.
      ['“示例贡献” 是指由示例贡献者提交的作品。', 'zh', false, '示例贡献', '由示例贡献者提交的作品。'],
    ],
    'en-bare-means': [
      ['Example Entity means the entity making an Example Contribution.', 'en', true, 'Example Entity', 'the entity making an Example Contribution.'],
      ['(b) Recipient means anyone who receives the Example Program.', 'en', true, 'Recipient', 'anyone who receives the Example Program.'],
    ],
    'en-quoted-means': [
      ['a) ``computer system" means any device or a group of interconnected devices;', 'en', false, 'computer system', 'any device or a group of interconnected devices;'],
      [
        'a."personal data" means any information relating to an identified or identifiable individual;',
        'en',
        false,
        'personal data',
        'any information relating to an identified or identifiable individual;',
      ],
      ['c."automatic processing" includes the following operations: storage of data;', 'en', false, 'automatic processing', 'the following operations: storage of data;'],
      ['(g) the term “Intelligence Community” or “IC” has the meaning ascribed to it under 50 U.S.C. 3003(4);', 'en', false, 'Intelligence Community', 'ascribed to it under 50 U.S.C. 3003(4);'],
      // A decimal label numbers a definition; a second form in parentheses; `mean` after a plural term.
      ['1.0.1 “Example Use” means making the Example Code available to a third party.', 'en', false, 'Example Use', 'making the Example Code available to a third party.'],
      [
        '1.12 “You” (or “Your”) means an individual or a legal entity exercising rights under this Licence.',
        'en',
        false,
        'You',
        'an individual or a legal entity exercising rights under this Licence.',
      ],
      ['1.1 "Example Patent Rights" mean: (a) claims of patents owned by the Holder;', 'en', false, 'Example Patent Rights', '(a) claims of patents owned by the Holder;'],
      // A phrase between the term and `means` (the licences of one family define their pronoun so).
      ['"You" throughout this Licence, whether in upper or lower case, means a person using the Example Code.', 'en', false, 'You', 'a person using the Example Code.'],
    ],
  };
  it('has a case for every form', () => expect(Object.keys(cases).sort()).toEqual(definitionForms.map((f) => f.name).sort()));
  for (const [name, list] of Object.entries(cases)) {
    it.each(list)(`${name}: %s`, (text, lang, context, term, meaning) => {
      expect(readDefinition(text, lang, context)).toMatchObject({ term, meaning });
    });
  }
  it('takes no duty after a colon for a definition (`职责：指导…`)', () => {
    expect(readDefinition('（三）主要职责：指导示例单位开展示例工作。', 'zh', false)).toBeUndefined();
  });
  it('reads a bare English term only where the section defines terms, and no sentence about something else', () => {
    expect(readDefinition('Example Entity means the entity making an Example Contribution.', 'en', false)).toBeUndefined();
    expect(readDefinition('It means that the example applies.', 'en', true)).toBeUndefined();
    expect(readDefinition('This means the example applies.', 'en', true)).toBeUndefined();
  });
  it('takes a section titled Definitions, its label printed before the title, as one that defines terms', () => {
    const items = itemsOfMarkdown(
      '# Example Licence\n\n## 0. Definition\n\nExample Software means the program licensed under this Licence.\n\n## 1. Grant\n\nExample Software means nothing here.\n',
      'law',
    );
    expect(items.definitions.map((d) => d.term.en)).toEqual(['Example Software']);
  });
  it('needs a defining context for 包括, and takes no norm for a definition', () => {
    expect(readDefinition('数据处理，包括数据的收集。', 'zh', false)).toBeUndefined();
    expect(readDefinition('国家是指导数据安全工作的主体。', 'zh', false)).toBeUndefined();
    expect(readDefinition('The Secretary shall publish the guidance.', 'en', false)).toBeUndefined();
    // Found by the property tests: a marker and 是指 with no term between them.
    expect(readDefinition('(a) 是指 国家 data', 'zh', false)).toBeUndefined();
  });
});

describe('lead-ins', () => {
  const cases: Array<[string, 'en' | 'zh', string | undefined, string | undefined]> = [
    ['To advance these interests, we are partnering to counter the misuse of commercial spyware and commit to:', 'en', 'commitment', 'we'],
    ['We call on all states to:', 'en', 'proposal', 'all states'],
    ['To make this happen, we suggest the following:', 'en', 'proposal', 'we'],
    ['We urge the international community to:', 'en', 'proposal', 'the international community'],
    ['We intend to:', 'en', 'commitment', 'We'],
    ['Governments should:', 'en', 'recommendation', 'Governments'],
    ['为此，我们同意在以下领域加强合作：', 'zh', 'commitment', '我们'],
    ['倡议各国政府：', 'zh', 'proposal', '各国政府'],
    ['为此，我们倡议各国政府：', 'zh', 'proposal', '各国政府'],
    ['各地网信部门要做好以下工作：', 'zh', 'recommendation', '各地网信部门'],
    ['We welcome all nations to support the following principles:', 'en', undefined, undefined],
    ['The council met on December 5.', 'en', undefined, undefined],
    // A negated verb: its items are what is not to be done, no lead-in.
    ['Example Members should not:', 'en', undefined, undefined],
    ['示例成员不应采取的行为包括：', 'zh', undefined, undefined],
  ];
  it.each(cases)('%s', (text, lang, modality, actor) => {
    const lead = readLeadIn(text, lang);
    expect(lead?.modality).toBe(modality);
    expect(lead?.actor).toBe(actor);
  });
  it('without a colon, only a last sentence that announces the items after it (colonless)', () => {
    expect(readLeadIn('我们倡导各方在以下方面开展合作，共同促进发展。', 'zh', true)).toEqual({ actor: '各方', modality: 'proposal' });
    expect(readLeadIn('We propose cooperation in the following areas.', 'en', true)?.modality).toBe('proposal');
    expect(readLeadIn('我们倡导各方在以下方面开展合作。', 'zh')).toBeUndefined();
    expect(readLeadIn('We support an open internet.', 'en', true)).toBeUndefined();
  });
  it('covers every verb entry', () => {
    const tested = new Set(cases.filter((c) => c[2]).map((c) => `${c[1]}:${c[2]}`));
    expect(new Set(leadInVerbs.map((v) => `${v.lang}:${v.modality}`))).toEqual(tested);
  });
});

describe('claims are body sentences', () => {
  it.each([
    ['第十二条', 'zh'],
    ['2022年11月2日', 'zh'],
    ['May 12, 2021.', 'en'],
    ['3.', 'en'],
    ['"logs" means records of events.', 'en'],
  ] as const)('%s is not a claim candidate', (text, lang) => {
    expect(isBodySentence(text, lang, false)).toBe(false);
  });
  it('a norm of a binding text is not a claim; the same sentence elsewhere is', () => {
    expect(isBodySentence('Within 60 days, the Director shall report.', 'en', true)).toBe(false);
    expect(isBodySentence('Within 60 days, the Director shall report.', 'en', false)).toBe(true);
  });
});

describe('principles stated as clauses', () => {
  it('gives one principle per 坚持… clause of a principles section, with its span', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { parseSource } = await import('../../src/parse/index.js');
    const { toDocument } = await import('../../src/dataset/document.js');
    const { extractItems } = await import('../../src/extract/index.js');
    const { fold } = await import('../../src/text/fold.js');
    const { stubMetadata } = await import('../parse/markdown-helpers.js');
    const text = readFileSync(join(import.meta.dirname, '../fixtures/markdown/opinion-bold-run-in.md'), 'utf8');
    const parsed = parseSource(text, { format: 'markdown' });
    const doc = toDocument(stubMetadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
    const concepts = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/concepts.json'), 'utf8'));
    const { principles } = extractItems(doc, { source: text, concepts, textAt: (span) => fold(text, span.start, span.end, parsed.skip) });
    expect(principles.map((p) => p.name.zh)).toEqual(['坚持统筹协调', '坚持依法推进']);
    for (const p of principles) expect(text.slice(p.span!.start, p.span!.end)).toBe(p.name.zh);
  });
});

describe('the parties of a joint statement', () => {
  it.each(['中法两国', '两国', '双方', '各方', 'the two countries', 'Both sides', 'the Parties'])('%s speak for the statement', async (actor) => {
    const { isParties } = await import('../../src/extract/actions.js');
    expect(isParties(actor)).toBe(true);
  });
  it.each(['网站平台', 'the Secretary of Commerce', 'some countries'])('%s does not', async (actor) => {
    const { isParties } = await import('../../src/extract/actions.js');
    expect(isParties(actor)).toBe(false);
  });
});

describe('concept terms', () => {
  it.each<[string, string, boolean, number]>([
    ['data security and data-security', 'data security', true, 1],
    ['cybersecurity is not cyber security', 'security', true, 1],
    ['Security, security; SECURITY.'.toLowerCase(), 'security', true, 3],
    ['security2 and 2security are not words', 'security', true, 0],
    ['aaaa', 'aa', true, 0],
    ['aa aa', 'aa', true, 2],
    ['网络安全和数据安全', '安全', false, 2],
    ['网络安全和数据安全', '网络安全', false, 1],
    ['𝐀security security𝐀 (security)', 'security', true, 1],
  ])('%s: "%s" whole=%s → %i', async (text, term, whole, count) => {
    const { countTerm } = await import('../../src/extract/concepts.js');
    expect(countTerm(text, term, whole)).toBe(count);
  });
});

describe('the document’s own voice comes from its metadata, never from code (issue 19)', () => {
  it('we / 我们 / 我国 always; other names only where declared', () => {
    const none = voiceOf();
    expect(['we', 'We', '我们', '我国'].every((a) => none.is(a))).toBe(true);
    expect(none.is('China')).toBe(false);
    const declared = voiceOf(['the United States', '中方']);
    expect(declared.is('The United States')).toBe(true);
    expect(declared.is('中方')).toBe(true);
    expect(declared.opening('The United States will act.')).toBeUndefined();
    expect(declared.opening('the United States will act.')).toBe('the United States');
    expect(declared.opening('中方将积极参与。')).toBe('中方');
    expect(declared.opening('the United Statesian view')).toBeUndefined();
  });
  it('a commitment outside action sections is the document’s only when its subject is its voice', async () => {
    const { parseSource } = await import('../../src/parse/index.js');
    const { toDocument } = await import('../../src/dataset/document.js');
    const { extractItems } = await import('../../src/extract/index.js');
    const { fold } = await import('../../src/text/fold.js');
    const { context } = await import('./helpers.js');
    const text = '# Statement\n\nThe United States will fund new programmes.\n\nOther countries will watch.\n';
    const parsed = parseSource(text, { format: 'markdown' });
    const meta = {
      id: 'v',
      work: 'v',
      title: { en: 'S' },
      kind: 'other',
      issuer: [{ en: 'X' }],
      date: { value: '2024', basis: 'stated' },
      languages: ['en'],
      origin: { publisher: 'X' },
      rights: { status: 'public-domain', basis: 'a test text' },
    } as never;
    const doc = toDocument(meta, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
    const actors = (voice?: string[]) => extractItems(doc, { ...context(text, voice), textAt: (span) => fold(text, span.start, span.end, parsed.skip) }).actionItems.map((a) => a.actor);
    expect(actors()).toEqual([]);
    expect(actors(['The United States'])).toEqual(['The United States']);
  });
});

describe('subjects are noun phrases, never clauses (issue 19)', () => {
  it('a pronoun followed by a verb is no subject (`We underline the need to support …`); adverbs are no actors', async () => {
    const { enSubject, findModality } = await import('../../src/extract/modality.js');
    expect(findModality('We underline the need to support an open internet.', 'en')).toBeUndefined();
    expect(findModality('We should increase funding to help small firms.', 'en')?.actor).toBe('We');
    expect(enSubject('Hereby decide to', 7)).toBeUndefined();
  });
  it('a sentence opening with the verb itself has no subject (an item under a lead-in), a coordinated verb keeps its opening one', async () => {
    const { findModality } = await import('../../src/extract/modality.js');
    expect(findModality('Support efforts to widen example skills for all actors;', 'en')).toBeUndefined();
    expect(findModality('Exampleland respects the example rules, and supports efforts to widen them.', 'en')?.actor).toBe('Exampleland');
  });
  it('`We` with an apposition up to the verb is the subject, whatever commas the apposition holds', async () => {
    const { findModality } = await import('../../src/extract/modality.js');
    expect(findModality('We, the Leaders of Exampleland and Otherland, will work together.', 'en')?.actor).toBe('We');
    expect(findModality('We as members, partners, and leaders pledge to keep the forum open.', 'en')?.actor).toBe('We');
    expect(findModality('We the undersigned will protect the data.', 'en')?.actor).toBe('We');
    expect(findModality('We promise that the Example Forum will stay open.', 'en')).toMatchObject({ actor: 'We', modality: 'commitment' });
    expect(findModality('We, in turn, note the report.', 'en')).toBeUndefined();
    expect(findModality('为建设示例环境，我们示例成员和伙伴承诺：示例论坛向所有人开放。', 'zh')).toMatchObject({ actor: '我们', modality: 'commitment' });
    expect(findModality('我们的示例成员签署了承诺书。', 'zh')).toBeUndefined();
  });
});

describe('rules added in the review of the imported documents (issue 20)', () => {
  it('a Chinese subject is found past its adverbs and shared by a later modal clause', async () => {
    const { zhSubject, findModality } = await import('../../src/extract/modality.js');
    expect(findModality('甲乙两国充分致力于促进可信的系统。', 'zh')?.actor).toBe('甲乙两国');
    expect(findModality('甲乙两国充分认识到风险，致力于采取共同行动。', 'zh')?.actor).toBe('甲乙两国');
    expect(zhSubject('为了利用机遇，致力于', 8)).toBeUndefined();
  });
  it('a modal word in a relative clause makes no norm; a conjunction ends no addressee', () => {
    expect(findNorm('（二）示例机构采取的应对办法和用户可以选用的防护办法；', 'zh')).toBeUndefined();
    expect(findNorm('示例机构应当作出必要的安排。', 'zh')?.modality).toBe('obligation');
    const clause = '发现待上架或者已上架的程序不符合规定的，应当采取措施。';
    expect(zhAddresseeOf(clause, clause.indexOf('应当'))).toBeUndefined();
  });
  it('in a binding text a figure is part of a norm; a Chinese verb before 的 states no stance', async () => {
    const { classifySentence } = await import('../../src/extract/claims.js');
    expect(classifySentence('由示例机关没收所得，处2万元以上20万元以下罚款。', 'zh', undefined, true)).toBeUndefined();
    expect(classifySentence('全国网民达到10亿人。', 'zh', undefined, false)?.kind).toBe('statistic');
    expect(classifySentence('近年来，包括国家支持的黑客组织在内的活动激增。', 'zh')).toBeUndefined();
  });
  it('a sentence in capitals states no position; the same words in mixed case do', async () => {
    const { classifySentence } = await import('../../src/extract/claims.js');
    expect(classifySentence('THE EXAMPLE TOOL IS NOT DESIGNED FOR USE IN DIRECT LIFE SUPPORT MACHINES.', 'en')).toBeUndefined();
    expect(classifySentence('Example Country and Sample Land support the initiative.', 'en')?.kind).toBe('position');
  });
});

describe('stance subjects (issue 20 review)', () => {
  it('an infinitive has no subject; a coordinated verb takes the opening subject only when it names someone; adverbs are no subject', async () => {
    const { classifySentence } = await import('../../src/extract/claims.js');
    expect(classifySentence('Devices that improve recycling, and the funding needed to support local goals.', 'en')).toBeUndefined();
    expect(classifySentence('This has given steady help, support and a basis for growth.', 'en')).toBeUndefined();
    expect(classifySentence('It fully respects the rights of users.', 'en', 'Exampleland')?.stance?.actor).toBe('Exampleland');
    expect(classifySentence('At the same time, Exampleland continues to support open flows of data.', 'en')?.stance?.actor).toBe('Exampleland');
    expect(classifySentence('Exampleland and Otherland will continue to support these mechanisms.', 'en')?.stance?.actor).toBe('Exampleland and Otherland');
    expect(classifySentence('Countries should reject zero-sum games.', 'en')?.stance?.actor).toBe('Countries');
    expect(classifySentence('They should reject zero-sum games.', 'en')).toBeUndefined();
  });

  it('a bare stance word away from the subject is a noun of a list; a semicolon ends the target', async () => {
    const { classifySentence } = await import('../../src/extract/claims.js');
    expect(classifySentence('Exampleland insists that the order should rest on consultation, respect for sovereignty, and partnership.', 'en')).toBeUndefined();
    expect(classifySentence('Exampleland and Otherland firmly support open standards.', 'en')?.stance?.target).toBe('open standards');
    expect(classifySentence('It studies the trends of the age; upholds a people-centred approach; and supports shared governance.', 'en', 'Exampleland')?.stance).toEqual({
      actor: 'Exampleland',
      polarity: 'supports',
      target: 'a people-centred approach',
    });
    expect(classifySentence('示例国倡导各方共同努力;倡导开展合作。', 'zh')?.stance?.target).toBe('各方共同努力');
  });

  it('a stance word after a determiner is a noun (`in any respect`)', async () => {
    const { classifySentence } = await import('../../src/extract/claims.js');
    expect(classifySentence('SHOULD ANY SOFTWARE PROVE DEFECTIVE IN ANY RESPECT, YOU ASSUME THE COST.', 'en')).toBeUndefined();
    expect(classifySentence('Exampleland and Otherland respect the rights of users.', 'en')?.stance?.actor).toBe('Exampleland and Otherland');
  });

  it('a Chinese event verb before 的 qualifies a noun: the sentence reports no event', async () => {
    const { classifySentence } = await import('../../src/extract/claims.js');
    expect(classifySentence('然而，2019年发布的《示例战略》在部分方面存在不足。', 'zh')).toBeUndefined();
    expect(classifySentence('2020年9月，示例国发布《示例倡议》。', 'zh')).toEqual({ kind: 'event' });
    expect(classifySentence('在2023年4月举行的会晤期间，两国建立了示例合作框架。', 'zh')).toEqual({ kind: 'event' });
  });
});

describe('addressees of Chinese norms (issue 19: a third of norms said unspecified)', () => {
  it('the subject of a condition clause, of a long nominal clause, or of an earlier clause of the sentence', () => {
    const at = (clause: string, word = '应当') => zhAddresseeOf(clause, clause.indexOf(word));
    expect(at('受让方变更原定用途的，应当重新申请。')).toBe('受让方');
    expect(at('运营大型示例平台、用户众多的示例运营者，应当履行下列职责：')).toBe('运营大型示例平台、用户众多的示例运营者');
    expect(at('运营大型示例平台、用户众多、业务门类繁杂、遍及多个城市和乡镇、持有海量示例记录的示例运营者，应当履行下列职责：')).toBe('示例运营者');
    expect(at('使用示例记录引起纠纷，示例机构不能说明已尽审慎义务的，应当承担责任。')).toBe('示例机构');
    expect(at('示例机关，或者为他人提供帮助的，应当停止。')).toBe('示例机关');
  });
});

describe('definitions that define nothing (issue 20 review)', () => {
  it('a leading comma is not part of a meaning; a meaning announcing a list stays as printed', () => {
    expect(readDefinition('"service provider" means:', 'en', true)?.meaning).toBe(':');
    expect(readDefinition('The term "covered data" means, as determined by the agency, the listed classes.', 'en', true)?.meaning).toBe('as determined by the agency, the listed classes.');
  });
});

describe('the voice of an unreviewed stub', () => {
  it('names no one by its issuer "unknown"', async () => {
    const { voiceOf } = await import('../../src/extract/modality.js');
    expect(voiceOf(['unknown']).primary()).toBeUndefined();
    expect(voiceOf(['unknown']).is('unknown')).toBe(false);
    expect(voiceOf(['Exampleland', 'unknown']).primary()).toBe('Exampleland');
  });
});

describe('clauses that state no duty (issue 20 review)', () => {
  it('a modal word only in a condition makes no norm (`法律规定应当…的，从其规定`), and 目的 ends no condition', () => {
    expect(findNorm('其他规章规定示例登记应当经过审批的，从其规定。', 'zh')).toBeUndefined();
    expect(findNorm('示例运营者违反本规定，对禁止传播的内容未删除的，由示例机关责令改正；', 'zh')).toBeUndefined();
    expect(findNorm('采集的示例图像只能用于本项目，不得用于任何商业目的；', 'zh')?.modality).toBe('prohibition');
  });
});

describe('the head nouns of things (thingHeads)', () => {
  it('holds the documents, acts, procedures and rights a subject may be, and no one who acts', () => {
    for (const word of [
      'request',
      'requests',
      'litigation',
      'modifications',
      'powers',
      'procedures',
      'extradition',
      'data',
      'copies',
      'warranty',
      'report',
      'licence',
      'license',
      'rule',
      'regulations',
      'guidance',
      'playbook',
      'criteria',
      'framework',
      'review',
      'fields',
      'packages',
      'system',
      'issues',
      'command',
      'scripts',
      'targets',
      'binaries',
      'library',
      'build',
      'servers',
      'changes',
      'redistributions',
      'acknowledgment',
      'publication',
      'aggregation',
      'reproductions',
      'translation',
      'risk',
      'termination',
      'licensing',
      'combination',
      'limitations',
    ])
      expect(thingHeads.test(word), word).toBe(true);
    for (const word of [
      'party',
      'parties',
      'committee',
      'licensee',
      'you',
      'contributor',
      'secretary',
      'states',
      'agencies',
      'anyone',
      'person',
      'operators',
      'providers',
      'authorities',
      'government',
      'maintainer',
    ])
      expect(thingHeads.test(word), word).toBe(false);
  });
});

describe('the head noun of a subject', () => {
  it('ends before a preposition, a relative pronoun, or a subject pronoun opening a relative clause without one', async () => {
    const { headNoun } = await import('../../src/extract/things.js');
    expect(headNoun('The request for assistance')).toBe('request');
    expect(headNoun("the Example Adapter's Licence You apply")).toBe('licence');
    expect(headNoun('the terms we publish')).toBe('terms');
    expect(headNoun('Example Holders')).toBe('holders');
  });
});

describe('a pronoun the document defines as a term names the addressee', () => {
  it('reads `You` as the addressee where "You" is defined, and only as written', () => {
    const defined = new Set(['You']);
    for (const [text, actor] of [
      ['You must include a copy of this Licence with every copy.', 'You'],
      ['(b) If You distribute the Work, You must include a notice.', 'You'],
      ['However, You may charge a fee for a warranty.', 'You'],
      ['you must not remove the notice.', 'you'],
      ['They must keep the notice.', undefined],
      ['If the notice cannot be put in a file, then You must put it in a folder.', 'You'],
      ['and (iii) You may not claim that the work is approved.', 'You'],
      ['" You must keep the Example Notice.', 'You'],
    ] as const) {
      const norm = findNorm(text, 'en')!;
      expect(enAddresseeOf(text, norm.index, norm.length, defined), text).toBe(actor);
    }
  });
});

describe('a governing-law clause and conditions a law provides for', () => {
  it('keeps the duty of what is subject to conditions a law provides for', () => {
    const text = 'Example extradition shall be subject to the conditions provided for by the law of the requested Example Party.';
    expect(isInstrumentClause(text, findNorm(text, 'en')!.index)).toBe(false);
  });
});

describe('an object relative clause and a content clause after a noun', () => {
  it('keeps the norm of a content clause, whose verb has its object', () => {
    expect(findNorm('This is subject to the condition that You must include the Example Notice.', 'en')?.modality).toBe('obligation');
    expect(findNorm('Each package must list the requirements that example software must meet.', 'en')?.index).toBe(13);
  });
});

describe('a negated object makes a prohibition; a negated adverbial does not', () => {
  it('`shall under no circumstances`, `shall in no event` negate no object', () => {
    expect(findNorm('Any failure by the Example Party to act shall under no circumstances be read as a waiver.', 'en')?.modality).toBe('obligation');
    expect(findNorm('The Example Holder shall make no claim against the Example Recipient.', 'en')?.modality).toBe('prohibition');
  });
});

describe('clauses about the instrument itself state no duty (a declared table)', () => {
  it.each(instrumentClauses.map((c) => [c.name, c.example] as const))('%s: %s', (_, example) => {
    const norm = findNorm(example, 'en')!;
    expect(isInstrumentClause(example, norm.index)).toBe(true);
  });
  it('reads the variants of a clause about the instrument (a part of it named, a phrase before the verb, `for`)', () => {
    for (const text of [
      'This Example Amendment shall not be so construed as to affect any term begun before it.',
      'This article shall be inoperative unless it is ratified within seven years.',
      'The rights granted to You shall, upon 30 days notice from the Example Holder terminate prospectively, unless You cure the breach.',
      'This termination clause shall not apply for an action about a combination of works.',
      '2.2 This Example Licence is granted to You, and shall apply worldwide and without limit in time.',
      'Section 6 shall continue to apply after any termination.',
      '8.4 This Example Licence shall terminate with immediate effect if You breach it.',
      'If any provision is invalid, the remaining provisions shall remain effective.',
      'This Example Licence shall not be enforceable except by a Holder.',
      'In deciding whether a product is covered, doubtful cases shall be resolved in favour of coverage.',
      'The Example Holder shall, to the extent permitted by law, have no liability for any damages.',
      'NO EXAMPLE PROVIDER SHALL HAVE ANY LIABILITY FOR ANY DAMAGES.',
      'Example misconduct against the Union shall consist only in acts of open hostility.',
      'For the purposes of this Example Licence, Example Works shall not include works that merely link to the Example Code.',
      'Any use of the Example Work outside this Example Licence shall be subject to the requirements and penalties of copyright law in the appropriate jurisdiction.',
      'Under no circumstances can the Example Authors be held responsible for any damage.',
      'Any action relating to this Example Licence may be brought only in the courts of Exampleland.',
      '10.1 If any provision of this Example Licence is held to be invalid, that must not affect the remainder, and each remaining provision shall be valid and enforced.',
    ]) {
      expect(isInstrumentClause(text, findNorm(text, 'en')!.index), text).toBe(true);
    }
    // Still a duty: the rights of the Holder to terminate, a section a Party must apply.
    const duty = 'The Example Holder shall, within 30 days, notify each Licensee that the rights terminate.';
    expect(isInstrumentClause(duty, findNorm(duty, 'en')!.index)).toBe(false);
    // `may be available` says where a thing is found: no permission.
    expect(findNorm('A copy of the Example Licence may also be available at the Example Registry.', 'en')).toBeUndefined();
  });
  it('reads the clause the norm word belongs to', () => {
    const inForce = 'In respect of any acceding State, the Convention shall enter into force on the first day of the month.';
    expect(isInstrumentClause(inForce, findNorm(inForce, 'en')!.index)).toBe(true);
    // The State's permission, though a clause inside it says where the Convention applies.
    const territory = 'Any State may, at the time of signature, specify the territory to which this Convention shall apply.';
    expect(findNorm(territory, 'en')?.modality).toBe('permission');
    expect(isInstrumentClause(territory, findNorm(territory, 'en')!.index)).toBe(false);
    const duty = 'Each Party shall adopt such legislative measures as may be necessary to apply this Convention.';
    expect(isInstrumentClause(duty, findNorm(duty, 'en')!.index)).toBe(false);
    // A term that begins or ends is no duty; a party that ends something has one.
    const term = 'and the terms of their successors shall then begin.';
    expect(isInstrumentClause(term, findNorm(term, 'en')!.index)).toBe(true);
    const ends = 'The requested Party shall terminate the agreement without delay.';
    expect(isInstrumentClause(ends, findNorm(ends, 'en')!.index)).toBe(false);
    // Clauses about the instrument and its terms state no duty: when a withdrawal takes effect, a saving clause, a
    // definition, where a provision applies, a disclaimer of liability, what survives or is reformed.
    for (const clause of [
      'Such denunciation shall become effective on the first day of the month following six months.',
      'Such liability shall be without prejudice to the criminal liability of natural persons.',
      'This Licence shall be governed by the law of the Member State where the Licensor resides.',
      'The licences granted to You shall survive any termination.',
      'Should the two licences conflict, the obligations of the other licence shall prevail.',
      '(b) Nothing in this order shall alter the authority of the Manager.',
      'Notwithstanding the above, nothing herein shall supersede the terms of any separate agreement.',
      '"Licensor" shall mean the copyright owner.',
      'For the purpose of paragraph 2 above, the term “minor” shall include all persons under 18 years of age.',
      'The provisions of this article shall not apply where such treaty exists.',
      'Where a limitation of liability is not allowed, this limitation may not apply to You.',
      'In no event and under no legal theory, whether in tort or otherwise, shall any Contributor be liable to You for damages.',
      'The Information Provider shall not be liable for any loss caused by its use.',
      'If You institute patent litigation, the licences granted to You shall terminate as of the date such litigation is filed.',
      'If any provision is deemed unenforceable, it shall be automatically reformed to the minimum extent necessary.',
      'Under no circumstances and under no legal theory, whether in tort or otherwise, shall the Licensor be liable to anyone for damages.',
      'This License shall terminate immediately and You may no longer exercise the rights.',
      "All Recipient's rights under this Agreement shall terminate if it fails to comply with the terms.",
      "Recipient's obligations under this Agreement shall continue and survive.",
      'Note that this Database may be multiple-licensed.',
      'This License does not affect any rights that You may independently have under any applicable law.',
      '"Original License" means this License as it may be modified by the Foundation in the future.',
      'Similarly, invalidity of a provision of the Agreement shall not cause the Agreement as a whole to be invalid.',
      'C. Applicable Law: This Agreement shall be subject to United States federal law only for all purposes.',
      'You and each Data Provider agree that Enhanced Data shall not be considered a work of joint authorship.',
      'The benefits each Data Provider receives shall be deemed sufficient consideration for the formation of this Agreement.',
      'NEITHER YOU NOR ANY DATA PROVIDERS SHALL HAVE ANY LIABILITY FOR ANY DIRECT OR INDIRECT DAMAGES.',
      "RECIPIENT'S SOLE REMEDY FOR ANY SUCH MATTER SHALL BE THE IMMEDIATE TERMINATION OF THIS AGREEMENT.",
      'If any provision of this Agreement is invalid under applicable law, it shall not affect the validity of the remainder of the terms.',
    ])
      expect(isInstrumentClause(clause, findNorm(clause, 'en')!.index), clause).toBe(true);
    // What a text or a body must include is a duty; so is a measure a party must not apply.
    for (const clause of [
      'The recommendations shall include descriptions of contractors.',
      'The Parties shall not apply such measures to nationals.',
      'Any such request shall be considered by the Director of OMB on a case-by-case basis.',
    ])
      expect(isInstrumentClause(clause, findNorm(clause, 'en')!.index), clause).toBe(false);
    expect(findNorm('For example, it may be reasonable to satisfy the conditions by providing a link.', 'en')).toBeUndefined();
  });
});

describe('operative verbs of a resolution (a declared table)', () => {
  it.each(operativeVerbs.map((v) => [v.name, v.example, v.modality] as const))('%s: %s', (_, example, modality) => {
    expect(operativeAction(example, 'the Example Assembly')?.modality).toBe(modality);
  });
  it('reads the body of an enacting line, and nothing else as one', () => {
    expect(enactingBody('The Human Rights Council,')).toBe('the Human Rights Council');
    expect(enactingBody('The Conference of the Parties,')).toBe('the Conference of the Parties');
    expect(enactingBody('The General Assembly adopted the text,')).toBeUndefined();
  });
});
