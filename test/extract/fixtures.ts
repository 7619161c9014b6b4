/**
 * Hand-made documents over the real sources (see helpers.ts): the parts of
 * each source that the extraction tests need, with the section ids the
 * parser will give them.
 */
import { documentOf, lineOf, source, type SectionSpec } from './helpers.js';

const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Bilingual chapter of the Strategy: zh heading `第N章 …`, en `Chapter N. …`, then `一、…`/`1. …` sections. */
/** The text of 1-based line `n`. */
function lineAt(text: string, n: number): string {
  return text.split('\n')[n - 1]!;
}

function strategyChapter(text: string, n: number, zhHeading: string, enHeading: string, count: number, end: string): SectionSpec {
  const zh = lineOf(text, zhHeading, 62);
  const en = zh + 1;
  const starts: number[] = [];
  let from = en;
  for (let i = 0; i < count; i++) {
    from = lineOf(text, `${cn[i]}、`, from);
    starts.push(from);
  }
  const stop = lineOf(text, end, en) - 1;
  const children: SectionSpec[] = starts.map((line, i) => {
    const enLine = line + 1;
    const enTitle = lineAt(text, enLine)
      .replace(/^\d+\.\s*/u, '')
      .trim();
    const zhTitle = lineAt(text, line)
      .replace(/^[一二三四五六七八九十]+、/u, '')
      .trim();
    return {
      eId: `sec_${i + 1}`,
      title: { zh: zhTitle, en: enTitle },
      heading: { zh: line, en: enLine },
      lines: [enLine + 1, (starts[i + 1] ?? stop + 1) - 1],
      mode: 'bilingual',
    };
  });
  return {
    eId: `chp_${n}`,
    title: { zh: zhHeading.replace(/^第.章\s*/u, ''), en: enHeading },
    heading: { zh, en },
    lines: [en + 1, (starts[0] ?? stop + 1) - 1],
    mode: 'bilingual',
    children,
  };
}

export const strategyId = 'intl-strategy-cyberspace-cooperation-2017';

export function strategy() {
  const text = source(strategyId);
  return documentOf(strategyId, strategyId, [
    strategyChapter(text, 2, '第二章 基本原则', 'Basic Principles', 4, '第三章'),
    strategyChapter(text, 3, '第三章 战略目标', 'Strategic Goals', 6, '第四章'),
    strategyChapter(text, 4, '第四章 行动计划', 'Plan of Action', 9, '结束语'),
  ]);
}

export const enId = 'community-shared-future-cyberspace-2022-en';
export const mtId = 'community-shared-future-cyberspace-2022-mt';
export const work2022 = 'community-shared-future-cyberspace-2022';

/** The official 2022 white paper: I.3 (principles), II.1 (figures), the panels 4 and 6, IV (proposals). */
export function whitePaperEn() {
  const text = source(enId);
  const line = (prefix: string, after = 1) => lineOf(text, prefix, after);
  const p4 = line('Panel 4');
  const p6 = line('Panel 6');
  const iv = line('IV. China’s Proposals');
  const ivSections: SectionSpec[] = [];
  const titles = [
    '1. Respecting network sovereignty',
    '2. Maintaining peace',
    '3. Creating an open',
    '4. Strengthening international cooperation',
    '5. Maintaining the security',
    '6. Cooperation in combating',
    '7. Promote data security',
    '8. Build a fairer',
    '9. Jointly building',
    '10. Sharing the benefits',
  ];
  const starts = titles.map((t) => line(t, iv));
  const conclusion = line('Conclusion', iv);
  starts.forEach((start, i) => {
    ivSections.push({
      eId: `sec_${i + 1}`,
      title: {
        en: lineAt(text, start)
          .replace(/^\d+\.\s*/u, '')
          .trim(),
      },
      heading: start,
      lines: [start + 1, (starts[i + 1] ?? conclusion) - 1],
    });
  });
  return documentOf(enId, work2022, [
    {
      eId: 'chp_1',
      title: { en: 'Building a Community with a Shared Future in Cyberspace Is Essential in the Information Age' },
      children: [
        {
          eId: 'sec_3',
          title: { en: 'Basic principles for building a community with a shared future in cyberspace' },
          heading: line('3. Basic principles'),
          lines: [line('3. Basic principles') + 1, line('II. Development') - 1],
          leads: true,
        },
      ],
    },
    {
      eId: 'chp_2',
      title: { en: 'Development and Management of the Internet in China' },
      children: [{ eId: 'sec_1', title: { en: 'Booming digital economy' }, heading: line('1. Booming'), lines: [line('1. Booming') + 1, line('2. Digital technology benefits') - 1], leads: true }],
    },
    {
      eId: 'chp_3',
      title: { en: 'China’s Contribution to Building a Community with a Shared Future in Cyberspace' },
      children: [
        {
          eId: 'sec_1',
          title: { en: 'Expanding cooperation on the digital economy' },
          children: [
            {
              eId: 'sec_3',
              title: { en: 'Active participation in governing the digital economy' },
              children: [
                {
                  eId: 'panel_4',
                  kind: 'panel',
                  title: { en: 'The Belt and Road Digital Economy International Cooperation Initiative' },
                  heading: p4,
                  lines: [p4 + 2, line('2. Stronger cybersecurity') - 1],
                },
              ],
            },
          ],
        },
        {
          eId: 'sec_3',
          title: { en: 'Actively participating in cyberspace governance' },
          children: [
            {
              eId: 'sec_3',
              title: { en: 'World Internet Conference' },
              children: [
                {
                  eId: 'panel_6',
                  kind: 'panel',
                  title: { en: 'Initiative on Jointly Building a Community with a Shared Future in Cyberspace' },
                  heading: p6,
                  lines: [p6 + 2, line('Over the past eight years') - 1],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      eId: 'chp_4',
      title: { en: 'China’s Proposals on Creating a Community with a Shared Future in Cyberspace' },
      lines: [iv + 2, starts[0]! - 1],
      children: ivSections,
    },
  ]);
}

/** The machine-translated 2022 white paper: 1.(3) (principles) and 2.(1) (figures). */
export function whitePaperMt() {
  const text = source(mtId);
  const line = (prefix: string, after = 1) => lineOf(text, prefix, after);
  const body = line('foreword', 20);
  const sec3 = line('(3) Basic principles', body);
  const chp2 = line('2. China', sec3);
  const sec21 = line('(1) The booming', chp2);
  const sec22 = line('(2) Digital technology', sec21);
  return documentOf(mtId, work2022, [
    {
      eId: 'chp_1',
      title: { en: 'Building a community with a shared future in cyberspace is an inevitable choice in the information age' },
      children: [
        { eId: 'sec_3', title: { en: 'Basic principles for building a community with a shared future in cyberspace' }, heading: sec3, lines: [sec3 + 1, chp2 - 1], mode: 'indent', leads: true },
      ],
    },
    {
      eId: 'chp_2',
      title: { en: "China's Internet Development Governance Practice" },
      children: [{ eId: 'sec_1', title: { en: 'The booming digital economy' }, heading: sec21, lines: [sec21 + 1, sec22 - 1], mode: 'indent', leads: true }],
    },
  ]);
}

export const wsisId = 'wsis-review-submission-2015';

/** The 2015 submission's chapter III, paired with the Chinese 三. */
export function wsis() {
  const text = source(wsisId);
  const en = lineOf(text, 'III. Priorities');
  const zh = lineOf(text, '三、信息社会');
  const firstly = lineOf(text, 'Firstly', en);
  const yi = lineOf(text, '一是', zh);
  const lines = text.split('\n');
  // Paragraphs: blank-line blocks, page-break fragments joined by hand (the parser's job).
  const enBlocks: Array<[number, number]> = [];
  const zhBlocks: Array<[number, number]> = [];
  for (let l = firstly; l < zh; l++) if (/^(?:Firstly|Secondly|Thirdly|Fourthly|Fifthly),/u.test(lines[l - 1]!)) enBlocks.push([l, l]);
  for (let l = yi; l <= lines.length; l++) if (/^[一二三四五]是/u.test(lines[l - 1] ?? '')) zhBlocks.push([l, l]);
  enBlocks[2]![1] = lineOf(text, 'governments should be avoided', firstly);
  zhBlocks[3]![1] = lineOf(text, '际法原则的核心重要性', yi);
  return { text, en, zh, enBlocks, zhBlocks };
}

import { fold } from '../../src/text/fold.js';
import { LineIndex } from '../../src/text/span.js';
import type { Document, Span } from '../../src/extract/types.js';

export function wsisDoc(): { doc: Document; text: string } {
  const { text, en, zh, enBlocks, zhBlocks } = wsis();
  const index = new LineIndex(text);
  const spanOf = ([a, b]: [number, number]): Span => {
    const start = index.offset(a, 1);
    let end = text.indexOf('\n', index.offset(b, 1));
    if (end < 0) end = text.length;
    while (/\s/u.test(text[end - 1]!)) end--;
    return index.span(start, end);
  };
  const id = `${wsisId}/chp_3`;
  const paragraphs = enBlocks.map((block, i) => {
    const e = spanOf(block);
    const z = spanOf(zhBlocks[i]!);
    return { id: `${id}__para_${i + 1}`, text: { en: fold(text, e.start, e.end).text, zh: fold(text, z.start, z.end).text }, spans: { en: e, zh: z } };
  });
  const doc: Document = {
    id: wsisId,
    work: wsisId,
    sections: [
      {
        id,
        kind: 'chapter',
        level: 1,
        label: 'III',
        title: { en: 'Priorities in the review of the implementation of the outcomes of WSIS', zh: '信息社会世界峰会成果审议进程应涉及的主要方面' },
        spans: { en: spanOf([en, en]), zh: spanOf([zh, zh]) },
        paragraphs,
        children: [],
      },
    ],
    principles: [],
    actionItems: [],
    claims: [],
  };
  return { doc, text };
}
