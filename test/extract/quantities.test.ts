import { describe, expect, it } from 'vitest';
import { asOfOf, extractQuantities, notFigures } from '../../src/extract/quantities.js';
import { splitSentences } from '../../src/extract/segment.js';
import { foldString } from '../../src/text/fold.js';
import { source } from './helpers.js';
import { enId } from './fixtures.js';

const en = foldString(source(enId));

/** [sentence start, [raw, value, unit, asOf?, qualifier?][]]: figures read from the official 2022 white paper. */
type Row = [string, Array<[string, number, string, (string | undefined)?, (string | undefined)?]>];
const table: Row[] = [
  [
    'According to the statistics provided by research agencies, by 2021',
    [
      ['45.5 trillion', 45500000000000, 'yuan', '2021'],
      ['39.8 percent', 39.8, 'percent', '2021'],
    ],
  ],
  [
    'By June 2022, there were',
    [
      ['1.05 billion', 1050000000, 'internet users', '2022-06'],
      ['74.4 percent', 74.4, 'percent', '2022-06'],
    ],
  ],
  [
    'A total of 1.85 million',
    [
      ['1.85 million', 1850000, '5G cell towers'],
      ['455 million', 455000000, '5G cell phone subscribers'],
    ],
  ],
  ['By July 2022, China had', [['697 million', 697000000, 'active IPv6 users', '2022-07']]],
  ['In 2021 China’s satellite navigation', [['469 billion', 469000000000, 'yuan', '2021']]],
  [
    'By year end there were',
    [
      ['one billion', 1000000000, 'terminal products', undefined, 'more than'],
      ['7.9 million', 7900000, 'automobiles', undefined, 'more than'],
      ['100,000', 100000, 'automatic driving farming vehicles'],
    ],
  ],
  ['Moreover, medical and health devices', [['200 billion', 200000000000, 'yuan', undefined, 'nearly']]],
  ['The big data industry is growing swiftly', [['30 percent', 30, 'percent', undefined, 'exceeding']]],
  [
    'In 2021 large internet companies',
    [
      ['1.55 trillion', 1550000000000, 'yuan', '2021'],
      ['21.2 percent', 21.2, 'percent', '2021'],
    ],
  ],
  [
    'By February 2022, 55.3 percent',
    [
      ['55.3 percent', 55.3, 'percent', '2022-02'],
      ['74.7 percent', 74.7, 'percent', '2022-02'],
    ],
  ],
  [
    'The Action Plan for Industrial Internet Development (2018-2020)',
    [
      ['70 billion', 70000000000, 'yuan', undefined, 'nearly'],
      ['258', 258, 'pilot projects'],
    ],
  ],
  [
    'In 2021, China’s online retail sales',
    [
      ['10.8 trillion', 10800000000000, 'yuan', '2021'],
      ['12 percent', 12, 'percent', '2021'],
      ['24.5 percent', 24.5, 'percent', '2021'],
    ],
  ],
  [
    'The turnover in China’s cross-border',
    [
      ['1.92 trillion', 1920000000000, 'yuan'],
      ['18.6 percent', 18.6, 'percent'],
    ],
  ],
  [
    'In 2021, China’s trade in digitally',
    [
      ['2.33 trillion', 2330000000000, 'yuan', '2021'],
      ['14.4 percent', 14.4, 'percent', '2021'],
    ],
  ],
  [
    'By the end of 2020, 98 percent',
    [
      ['98 percent', 98, 'percent', '2020'],
      ['12 million', 12000000, 'people', '2020', 'more than'],
    ],
  ],
  [
    'By the end of 2020, 454,000',
    [
      ['454,000', 454000, 'information service outlets', '2020'],
      ['99.2 percent', 99.2, 'percent', '2020'],
    ],
  ],
  [
    'To date it has connected',
    [
      ['529,000', 529000, 'schools'],
      ['18.44 million', 18440000, 'teachers'],
      ['291 million', 291000000, 'students'],
    ],
  ],
  [
    'More than 60 universities',
    [
      ['60', 60, 'universities', undefined, 'more than'],
      ['200', 200, 'number', undefined, 'over'],
    ],
  ],
  [
    'More than 210,000 schools',
    [
      ['210,000', 210000, 'schools', undefined, 'more than'],
      ['99.5 percent', 99.5, 'percent'],
    ],
  ],
];

function sentenceStarting(prefix: string): string {
  const at = en.indexOf(prefix);
  if (at < 0) throw new Error(`not in the source: ${prefix}`);
  return splitSentences(en.slice(at, at + 1200), 'en')[0]!.text;
}

describe('extractQuantities on the official 2022 white paper', () => {
  it('covers at least 30 statistics', () => {
    expect(table.flatMap(([, q]) => q).length).toBeGreaterThanOrEqual(30);
  });
  it.each(table)('%s …', (prefix, expected) => {
    const got = extractQuantities(sentenceStarting(prefix), 'en');
    expect(got.map((q) => [q.raw, q.value, q.unit, q.asOf, q.qualifier])).toEqual(expected.map(([r, v, u, a, q]) => [r, v, u, a, q]));
  });
});

describe('what is not a quantity', () => {
  it.each([
    'China is implementing the UN 2030 Agenda for Sustainable Development.',
    'Since the 18th National Congress of the Communist Party of China in 2012, much has changed.',
    'The 13th Five-year Plan period (2016-2020) ended.',
    'On the 20th anniversary of the treaty, the G20 met.',
    'China hosts the world’s largest 5G network and upgraded to IPv6.',
    'See Panel 3 and No. 1 of the list.',
    'Example platforms of Tier 1 and Tier 2 are tested at Stage 3.',
    'In the example process, priority 1 does not always trump priority 2.',
    'For example request #42 the branch is example/42/head.',
    'For example, the label would be for a change to land in Example 10.x.',
    'Assume that you need to backport PR `123` to the example line.',
    'Watching files came in [16.17.0](https://example.org/release/v16.17.0) and is stable as of 20.13.0.',
    'On August 24, 2021, the forum took place.',
  ])('%s', (sentence) => {
    expect(extractQuantities(sentence, 'en')).toEqual([]);
  });
  it('ignores Chinese years, dates and ordinals', () => {
    expect(extractQuantities('2015年12月16日举行第二届世界互联网大会。', 'zh')).toEqual([]);
  });
});

describe('Chinese figures and dates', () => {
  it('expands 亿 and 万亿 from the digit string', () => {
    const got = extractQuantities('截至2022年6月，网民规模达10.51亿，数字经济规模达45.5万亿元，普及率达74.4%。', 'zh');
    expect(got.map((q) => [q.raw, q.value, q.unit, q.asOf])).toEqual([
      ['10.51亿', 1051000000, '网民', '2022-06'],
      ['45.5万亿', 45500000000000, 'yuan', '2022-06'],
      ['74.4%', 74.4, 'percent', '2022-06'],
    ]);
  });
  it('never multiplies floats', () => {
    expect(extractQuantities('It reached 4.35 billion users.', 'en')[0]?.value).toBe(4350000000);
  });
  it('reads asOf', () => {
    expect(asOfOf('As of June 2022, the number rose.', 'en')).toBe('2022-06');
    expect(asOfOf('In 2021, it rose.', 'en')).toBe('2021');
    expect(asOfOf('It rose.', 'en')).toBeUndefined();
  });
});

describe('numbers that are no figures (issue 19)', () => {
  it.each(notFigures.map((n) => [n.name, n.example] as const))('%s: %s', (_, example) => {
    const lang = /\p{Script=Han}/u.test(example) ? 'zh' : 'en';
    for (const digits of ['7', '13873', '3']) expect(extractQuantities(example.replaceAll('#', digits), lang)).toEqual([]);
  });
  it('no figure in a year spelled out (the US Constitution, Article I, Section 9)', () => {
    const text = 'The Migration of such Persons shall not be prohibited by the Congress prior to the Year one thousand eight hundred and eight, but a tax or duty may be imposed.';
    expect(extractQuantities(text, 'en')).toEqual([]);
    expect(extractQuantities('It counted one thousand eight hundred members in the year it began.', 'en').map((q) => q.raw)).not.toEqual([]);
  });
  it('no figure in a date written without a space after its day (`Dec 16,2015`), a whole figure kept whole', () => {
    expect(extractQuantities('—Remarks by the President, Dec 16,2015', 'en')).toEqual([]);
    expect(extractQuantities('It reached 16,201 users.', 'en').map((q) => q.raw)).toEqual(['16,201']);
  });
});
