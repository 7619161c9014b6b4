/**
 * Property-based tests (fast-check, issue 21): Markdown texts generated from the constructs real pages hold —
 * numbered and inline-HTML headings, links and anchors, emphasis across line breaks, nested lists and quotes,
 * tables, footnotes, front matter, Chinese and Latin text, CRLF, a byte order mark, no-break spaces — either give
 * a document that validates (schema and integrity, items included) with every character in exactly one place, or
 * a message naming the file. Never a crash, never an invalid document. `FC_RUNS` sets the number of cases (the
 * slow suite runs more).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceMetadata } from '../../generated/types/index.js';
import { toDocument } from '../../src/dataset/document.js';
import { readSourceBytes } from '../../src/dataset/sources.js';
import { extractItems } from '../../src/extract/index.js';
import { parseSource } from '../../src/parse/index.js';
import { fold } from '../../src/text/fold.js';
import { validateDocument } from '../../src/validator.js';
import { coverageProblems } from './markdown-helpers.js';

const runs = Number(process.env['FC_RUNS'] ?? 150);
const concepts = JSON.parse(readFileSync(new URL('../../schemas/concepts.json', import.meta.url), 'utf8'));
const metadata = {
  id: 'generated-text',
  work: 'generated-text',
  title: { en: 'Generated' },
  kind: 'law',
  issuer: [{ en: 'Example' }],
  date: { value: '2024', basis: 'stated' },
  languages: ['en', 'zh'],
  origin: { publisher: 'Example' },
  rights: { status: 'public-domain', basis: 'a text written for this test' },
  format: 'markdown',
} as SourceMetadata;

const latinWord = fc.constantFrom(
  'data',
  'security',
  'Each',
  'Party',
  'shall',
  'may',
  'not',
  'the',
  'cyberspace',
  'will',
  'support',
  '5G',
  '39.8',
  'percent',
  'U.S.',
  'Article',
  '14',
  'means',
  '"term"',
);
const hanWord = fc.constantFrom('国家', '网络', '应当', '不得', '可以', '数据', '安全', '保护', '个人信息', '是指', '本法', '第十二条', '10.51亿', '倡议');
const words = fc.array(fc.oneof(latinWord, hanWord), { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' '));
const inline = fc.oneof(
  words,
  words.map((w) => `**${w}**`),
  words.map((w) => `*${w}*`),
  words.map((w) => `<u>${w}</u>`),
  words.map((w) => `[${w}](https://example.org/a/1)`),
  fc.constant('<a id="anchor"></a>'),
  fc.constant('[^1]'),
  fc.constant('<sup>2</sup>'),
);
const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
const label = fc.constantFrom('第一章 ', '第三条 ', '一、', '（二）', '1. ', '2.1 ', 'Article 3 ', 'CHAPTER II ', 'Sec. 4. ', '(a) ', '——', '- ', '');

const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 4 }), label, line).map(([depth, l, t]) => `${'#'.repeat(depth)} ${l}${t}`),
  fc.tuple(label, line).map(([l, t]) => `**${l}${t}**`),
  fc.tuple(label, line, line).map(([l, a, b]) => `${l}${a}\n${b}`),
  fc.tuple(line, line).map(([a, b]) => `*${a}\n${b}*`),
  fc.tuple(fc.integer({ min: 1, max: 4 }), line).map(([depth, t]) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- ${t}`).join('\n')),
  fc.tuple(fc.integer({ min: 1, max: 4 }), line).map(([depth, t]) => `${'> '.repeat(depth)}${t}`),
  fc.tuple(line, line).map(([a, b]) => `| ${a.replaceAll('|', '')} | x |\n| --- | --- |\n| ${b.replaceAll('|', '')} | 1 |`),
  line.map((t) => `[^1]: ${t}`),
  fc.constant('<!-- comment -->'),
  fc.constant('---'),
  fc.constant('![image](https://example.org/a.png)'),
);

const text = fc.tuple(fc.boolean(), fc.array(block, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean()).map(([front, blocks, eol, bom, nbsp]) => {
  let t = `${front ? '---\ntitle: "A generated text"\ndate: 2024-01-02\n---\n\n' : ''}${blocks.join('\n\n')}\n`;
  if (nbsp) t = t.replace(/ (?=\S)/u, '\u00a0');
  t = t.replace(/\n/gu, eol);
  return bom ? `\uFEFF${t}` : t;
});

describe('generated Markdown texts', () => {
  it(`validate and keep every character in one place, or get a message naming the file (${runs} cases)`, () => {
    fc.assert(
      fc.property(text, (source) => {
        const bytes = Buffer.from(source, 'utf8');
        const read = readSourceBytes(bytes, 'data/sources/generated-text.md');
        if (!read.source) {
          expect(read.messages.length).toBeGreaterThan(0);
          expect(read.messages.every((m) => m.file === 'data/sources/generated-text.md')).toBe(true);
          return;
        }
        const parsed = parseSource(read.source.text, { format: 'markdown' });
        const doc = toDocument(metadata, { text: read.source.text, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }, parsed.sections, parsed.skip, parsed.omitted);
        Object.assign(doc, extractItems(doc, { source: read.source.text, concepts, textAt: (span) => fold(read.source!.text, span.start, span.end, parsed.skip) }));
        expect(coverageProblems(read.source.text, doc, parsed.skip)).toEqual([]);
        expect(validateDocument(doc, { source: bytes, format: 'markdown' }).filter((m) => m.severity === 'error')).toEqual([]);
      }),
      { numRuns: runs, seed: Number(process.env['FC_SEED'] ?? 20261204) },
    );
  });
});
