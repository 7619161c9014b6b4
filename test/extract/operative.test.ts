/**
 * Operative units (issue 19): a lead-in and its items, with or without a colon; items that state their own
 * actor; numbered measures under action sections, as list items or as run-in numbered headings. Inputs are
 * short texts written for these tests (never copied from a corpus text), parsed by the real parser.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActionItem, SourceMetadata } from '../../generated/types/index.js';
import { toDocument } from '../../src/dataset/document.js';
import { extractItems } from '../../src/extract/index.js';
import { parseSource } from '../../src/parse/index.js';
import { fold } from '../../src/text/fold.js';

const concepts = JSON.parse(readFileSync(new URL('../../schemas/concepts.json', import.meta.url), 'utf8'));

function actionsOf(text: string, kind = 'initiative', voice: string[] = [], format: 'markdown' | 'text' = 'markdown'): Array<[string, string, string]> {
  const parsed = parseSource(text, { format });
  const metadata = {
    id: 'fx',
    work: 'fx',
    title: { zh: '示例' },
    kind,
    issuer: [{ en: 'Example' }],
    date: { value: '2024', basis: 'stated' },
    languages: ['zh', 'en'],
    origin: { publisher: 'Example' },
    rights: { status: 'public-domain', basis: 'a text written for this test' },
  } as SourceMetadata;
  const doc = toDocument(metadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
  const items = extractItems(doc, { source: text, concepts, textAt: (span) => fold(text, span.start, span.end, parsed.skip), voice });
  return items.actionItems.map((a: ActionItem) => [a.text.zh ?? a.text.en ?? '', a.actor, a.modality]);
}

describe('lead-ins and their items', () => {
  it('a proposal made to someone is theirs: 倡议各国政府： → 各国政府, the marker left out', () => {
    const text = '# 示例合作倡议\n\n为此，我们倡议各国政府：\n\n——鼓励数据依法有序流动。\n\n——尊重各国的监管差异。\n';
    expect(actionsOf(text)).toEqual([
      ['鼓励数据依法有序流动。', '各国政府', 'proposal'],
      ['尊重各国的监管差异。', '各国政府', 'proposal'],
    ]);
  });
  it('an item that states its own actor and modal verb keeps them (——Governments should …)', () => {
    const text =
      '# Example Initiative\n\nTo make this happen, we suggest the following:\n\n——Governments should encourage lawful data flows. This helps trade.\n\n——Governments should respect regulatory differences.\n';
    expect(actionsOf(text)).toEqual([
      ['Governments should encourage lawful data flows. This helps trade.', 'Governments', 'recommendation'],
      ['Governments should respect regulatory differences.', 'Governments', 'recommendation'],
    ]);
  });
});

describe('a lead-in whose subject opens with `a … of the`', () => {
  it('lends it to its items (`To add a member, a member of the Example Board will:`)', () => {
    const text = '# Example Initiative\n\nTo add a member, a member of the Example Board will:\n\n- add the member to the example team;\n\n- add the member to the example list.\n';
    expect(actionsOf(text)).toEqual([
      ['add the member to the example team;', 'a member of the Example Board', 'commitment'],
      ['add the member to the example list.', 'a member of the Example Board', 'commitment'],
    ]);
  });
});

describe('a lead-in whose modal word is in an embedded question', () => {
  it('has no items (`We use labels to track which branches a change should land on:`); a thing is no actor', () => {
    const text =
      '# Example Guide\n\nWe use labels to track which branches a change should land on:\n\n- `land-on-example`\n  - Used by example releasers to mark a change\n\nThe first example line should be short.\n';
    expect(actionsOf(text)).toEqual([]);
  });
  it('a thing as the subject of a lead-in lends its items no actor; a fenced template states nothing', () => {
    const text = '# Example Guide\n\nThe first example line should:\n\n- be short;\n\n- start with a verb.\n\n```text\nNotice: We will release example fixes on Day Month.\n```\n';
    expect(actionsOf(text)).toEqual([
      ['be short;', 'unspecified', 'recommendation'],
      ['start with a verb.', 'unspecified', 'recommendation'],
    ]);
  });
});

describe('items that are only addresses', () => {
  it('state no act: a lead-in naming channels (`<https://…>`, a bare address) has no items there', () => {
    const text = '# Example Initiative\n\nTo make this happen, we will:\n\n- publish each example fix;\n\n- <https://example.org/news>\n\n- https://example.org/list\n';
    expect(actionsOf(text)).toEqual([['publish each example fix;', 'we', 'commitment']]);
  });
  it('nor does an item that is only inline code (`` `example-label` ``); `There are …:` introduces things', () => {
    const labels = '# Example Guide\n\nThe following example labels must be created:\n\n- `example-v1`\n\n- `example-v2`\n';
    expect(actionsOf(labels)).toEqual([]);
    const jobs = '# Example Guide\n\nThere are three example jobs that should be used for a release:\n\n- Test runs: the example job is used for tests.\n';
    expect(actionsOf(jobs)).toEqual([]);
    // What a script will do is no one's commitment.
    const script = '# Example Guide\n\n`tools/example.sh` will perform the following actions when run:\n\n- select an example key;\n\n- sign the example file.\n';
    expect(actionsOf(script)).toEqual([]);
  });
});

describe('a declaration that opens with its subject', () => {
  it('a subjectless lead-in (`Hereby decide to:`) is the opening subject’s, never "Hereby"', () => {
    const text =
      '# Leaders’ Statement\n\n**WE,** the Member States of A and the Republic of B, met by videoconference;\n\n**RECOGNISING** the role of digital development;\n\nHereby decide to:\n\n- Support the vision of a digital community.\n\n- Explore ways to accelerate recovery.\n';
    expect(actionsOf(text, 'joint-statement')).toEqual([
      ['Support the vision of a digital community.', 'we', 'commitment'],
      ['Explore ways to accelerate recovery.', 'we', 'commitment'],
    ]);
  });
});

describe('numbered measures under an action section', () => {
  const text = [
    '**一、背景**',
    '',
    '数字合作关系各方的共同利益。',
    '',
    '**二、重点合作方向**',
    '',
    '我们倡导各方在以下方面开展合作，共同促进发展。',
    '',
    '（一）积极参与有关国际组织的规则制定工作，支持各方发挥更大作用，帮助发展中国家提升数字能力。',
    '',
    '（二）促进各地区数字基础设施互联互通，推动形成开放、包容、普惠的发展格局。',
    '',
    '（三）共同维护网络安全。',
    '',
    '加强对话交流，共享最佳实践，降低风险。',
    '',
  ].join('\n');
  const actions = actionsOf(text);
  it('the colonless lead-in is not an item itself', () => {
    expect(actions.map((a) => a[0])).not.toContain('我们倡导各方在以下方面开展合作，共同促进发展。');
  });
  it('each numbered measure is one item of the lead-in’s addressee, its numbering left out (list item or run-in heading alike)', () => {
    expect(actions).toEqual([
      ['积极参与有关国际组织的规则制定工作，支持各方发挥更大作用，帮助发展中国家提升数字能力。', '各方', 'proposal'],
      ['促进各地区数字基础设施互联互通，推动形成开放、包容、普惠的发展格局。', '各方', 'proposal'],
      ['共同维护网络安全。', '各方', 'proposal'],
    ]);
  });
  it('without a lead-in in scope, a numbered measure without a modal verb gives no item (no guessed actor)', () => {
    const bare = text.replace('我们倡导各方在以下方面开展合作，共同促进发展。', '各国需要同舟共济。');
    expect(actionsOf(bare).filter((a) => a[1] === '各方')).toEqual([]);
  });
});

describe('a lead-in that closes its section (issue 20 review)', () => {
  it('carries over the numbered sections after it, never into the other language’s half; an item with its own actor keeps it', () => {
    const text = [
      '# 示例论坛主席声明',
      '',
      '面对新形势，我们呼吁：',
      '',
      '**（一）加强合作**',
      '',
      '广泛开展示例项目合作。',
      '',
      '中方愿与各方深化示例合作。',
      '',
      '**Example Forum Chair’s Statement**',
      '',
      'In response to these challenges, we call for:',
      '',
      '**1. Strengthening Cooperation**',
      '',
      'Extensively cooperate on example projects.',
      '',
    ].join('\n');
    expect(actionsOf(text, 'other')).toEqual([
      ['广泛开展示例项目合作。', '我们', 'proposal'],
      ['中方愿与各方深化示例合作。', '中方', 'commitment'],
      ['Extensively cooperate on example projects.', 'we', 'proposal'],
    ]);
  });
});

describe('the document’s own agenda (issue 19: a 37-item list of priorities gave nothing)', () => {
  it('a numbered lead-in naming the voice’s priorities makes its `to …` items the voice’s commitments, and nothing else', () => {
    const text = [
      'Basic principles of the policy of Exampleland',
      '',
      'I. General provisions',
      '',
      '1. These principles are designed:',
      '',
      'a)to inform the public;',
      '',
      '2. The main priorities of Exampleland in this field are as follows:',
      '',
      'a) to create conditions for cooperation;',
      '',
      'b)to ensure the security of networks.',
      '',
      'c) Cooperation with other states.',
      '',
    ].join('\n');
    expect(actionsOf(text, 'strategy', ['Exampleland'], 'text')).toEqual([
      ['to create conditions for cooperation;', 'Exampleland', 'commitment'],
      ['to ensure the security of networks.', 'Exampleland', 'commitment'],
    ]);
    expect(actionsOf(text, 'strategy', [], 'text')).toEqual([]);
  });
});

describe('a strategy’s numbered measures under its tasks (issue 19: ~70 measures gave 0)', () => {
  it('are its voice’s commitments, whole, even where a fixed-width wrap cut their first line', () => {
    const text = [
      '# 示例国家安全战略',
      '',
      '**3　战略任务**  ',
      '  ',
      '**3.1　加强示例防御**  ',
      '  ',
      '（1）查明危害示例地区安全的网络入侵的  ',
      '幕后组织，并完善追责所需的法律工具。  ',
      '（2）提升对多种复合型网络风险的处置能  ',
      '力，办法是升级溯源和追踪的技术系统。  ',
      '',
    ].join('\n');
    expect(actionsOf(text, 'strategy', ['示例政府'])).toEqual([
      ['查明危害示例地区安全的网络入侵的幕后组织，并完善追责所需的法律工具。', '示例政府', 'commitment'],
      ['提升对多种复合型网络风险的处置能力，办法是升级溯源和追踪的技术系统。', '示例政府', 'commitment'],
    ]);
    expect(actionsOf(text, 'report', ['示例政府'])).toEqual([]);
    // In an initiative, the same measures are what its voice proposes.
    expect(actionsOf(text, 'initiative', ['示例政府']).map(([, actor, modality]) => [actor, modality])).toEqual([
      ['示例政府', 'proposal'],
      ['示例政府', 'proposal'],
    ]);
  });

  it('a numbered heading that is a whole sentence is one of the voice’s measures; a heading naming a group is not', () => {
    const text = [
      '# 示例合作倡议',
      '',
      '## 四、合作平台和机制',
      '',
      '（一）利用示例论坛开展政策沟通。',
      '',
      '**（二）围绕示例领域的安全挑战，搭建更多合作平台和机制。**',
      '',
      '鼓励示例院校之间加强交流。',
      '',
    ].join('\n');
    expect(actionsOf(text, 'initiative', ['示例方'])).toEqual([
      ['利用示例论坛开展政策沟通。', '示例方', 'proposal'],
      ['围绕示例领域的安全挑战，搭建更多合作平台和机制。', '示例方', 'proposal'],
    ]);
    // The same heading without its full stop names the group of measures under it: it is not itself one.
    const named = text.replace('**（二）围绕示例领域的安全挑战，搭建更多合作平台和机制。**', '**（二）示例合作平台**');
    expect(actionsOf(named, 'initiative', ['示例方']).map(([t]) => t)).toEqual(['利用示例论坛开展政策沟通。']);
  });
});

describe('operative paragraphs of a resolution (under its enacting line)', () => {
  const resolution = [
    'Developments in the field of information security',
    'The Example Assembly,',
    'Recalling its resolutions 53/70 and 54/49,',
    'Noting that considerable progress has been achieved,',
    '1. Welcomes the report of the Group of Experts;',
    '2. Calls upon Member States, in accordance with their national law, to promote the consideration of threats;',
    '3. Requests the Secretary-General to establish a working group;',
    '4. Decides to include the item in the agenda of its next session.',
  ].join('\n\n');
  it('what the body decides is its commitment; what it asks of others, their proposal; welcoming is no action', () => {
    expect(actionsOf(resolution + '\n', 'other', [], 'text')).toEqual([
      ['Calls upon Member States, in accordance with their national law, to promote the consideration of threats;', 'Member States', 'proposal'],
      ['Requests the Secretary-General to establish a working group;', 'the Secretary-General', 'proposal'],
      ['Decides to include the item in the agenda of its next session.', 'the Example Assembly', 'commitment'],
    ]);
  });
  it('not without an enacting line (a verb opening a paragraph is no operative paragraph then)', () => {
    const text = 'Note\n\nThe report was discussed at length by the delegations present.\n\nDecides to include the item in the agenda.\n';
    expect(actionsOf(text, 'other', [], 'text')).toEqual([]);
  });
});

describe('what the voice calls on others to do (rule 4)', () => {
  it('is a proposal of theirs; a call with no one to act is no item', () => {
    const text =
      '# Joint Statement of the Example Partners\n\nWe will strengthen our cooperation on cybersecurity.\n\nWe call on all States to take reasonable steps against ransomware actors.\n\nWe call for the full implementation of the framework.\n';
    expect(actionsOf(text, 'joint-statement', ['We'])).toEqual([
      ['We will strengthen our cooperation on cybersecurity.', 'We', 'commitment'],
      ['We call on all States to take reasonable steps against ransomware actors.', 'all States', 'proposal'],
    ]);
  });
});
