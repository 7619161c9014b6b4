/**
 * Things: subjects that name no one who acts, holds a position or is addressed, by their head noun. Shared by the
 * reading of norms, of statements and of positions.
 */

/**
 * Head nouns of subjects that are things, never addressees of a norm nor actors (documents, texts, acts and their
 * parts, procedures, rights, rules and plans, systems and their parts): a declared list, each word tested
 * (test/extract/rules.test.ts). A subject whose head is not here stays the addressee (`Each Party`, `The Committee of
 * Ministers`, `the Licensee`).
 */
export const thingHeads =
  /^(?:works?|software|code|programs?|programmes?|documentation|documents?|information|data|notices?|licen[cs]es?|agreements?|provisions?|sections?|articles?|requests?|applications?|modifications?|contributions?|products?|litigation|measures?|procedures?|powers?|reports?|extradition|assistance|preservation|declarations?|amendments?|reservations?|cop(?:y|ies)|files?|materials?|versions?|texts?|terms?|conditions?|rights?|obligations?|liability|warrant(?:y|ies)|use|disclosure|descriptions?|options?|ballots?|votes?|periods?|meetings?|elections?|oath|trials?|debts?|treaties|penalt(?:y|ies)|fees?|expenses|records?|statements?|labels?|legends?|summar(?:y|ies)|rules?|regulations?|guidance|guidelines?|playbooks?|recommendations?|frameworks?|criteria|criterion|reviews?|standards?|plans?|strateg(?:y|ies)|polic(?:y|ies)|fields?|values?|lines?|entr(?:y|ies)|lists?|names?|tests?|packages?|modules?|systems?|networks?|devices?|tools?|technolog(?:y|ies)|issues?|commands?|scripts?|targets?|binar(?:y|ies)|librar(?:y|ies)|builds?|servers?|computers?|browsers?|machines?|additions?|changes?|features?|codebases?|redistributions?|distributions?|acknowledge?ments?|commits?|publications?|aggregations?|reproductions?|translations?|risks?|terminations?|licensing|combinations?|limitations?|forms?|sources?|requirements?|extensions?)$/u;

/** Whether a subject is a thing (its head noun in `thingHeads`), never someone who acts or holds a position. */
export function isThing(subject: string): boolean {
  return thingHeads.test(headNoun(subject));
}

/**
 * The head noun of a subject: the last word before its first preposition, relative pronoun or participle, lower-cased
 * (`The request for assistance` → request, `anyone using the Code` → anyone, `the Licence You apply` → licence); a
 * participle right after a determiner
 * modifies the noun after it (`This draft example rule` → rule); a compound's last part is its head (`meta-data` → data).
 */
export function headNoun(subject: string): string {
  const core =
    subject.split(
      // A relative clause without its pronoun, opened by a subject pronoun (`the Example Licence You apply`), ends the noun too.
      /\s+(?:of|for|to|in|on|by|with|under|from|within|which|that|who|whose|(?:You|you|we|they)(?=\s+\p{Ll})|(?<!\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch|[Aa]ny|[Ee]ach|[Ee]very|[Aa]n?|[Aa]ll|[Nn]o)\s)[\p{Ll}]+(?:ed|ing)|made|given|taken|held|set|kept|laid|sent|paid|done|drawn|brought|chosen|written)\b/u,
    )[0] ?? subject;
  const words = core.trim().split(/\s+/u);
  // The last part of a compound (`meta-data` → data).
  return (words[words.length - 1] ?? '')
    .replace(/[^\p{L}-]/gu, '')
    .replace(/^.*-(?=\p{L})/u, '')
    .toLowerCase();
}
