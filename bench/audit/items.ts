/**
 * Every item extracted from a folder of texts, one line each (tab-separated), read as \`sample.ts\` reads them:
 * to see what a change of rules adds or removes on texts from outside (run it before and after, then \`diff\`).
 *
 *   npx tsx bench/audit/items.ts <folder> [<kind>|-] [def|action|claim] > items.tsv
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceMetadata } from '../../generated/types/index.js';
import { toDocument } from '../../src/dataset/document.js';
import { extractItems } from '../../src/extract/index.js';
import { inferMetadata } from '../../src/metadata/infer.js';
import { parseSource } from '../../src/parse/index.js';
import { fold } from '../../src/text/fold.js';
const [folder, kind, type] = process.argv.slice(2);
const concepts = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/concepts.json'), 'utf8'));
for (const name of readdirSync(folder!)
  .filter((f) => /\.(?:txt|md)$/u.test(f))
  .sort()) {
  const text = readFileSync(join(folder!, name), 'utf8');
  try {
    const meta = inferMetadata(text);
    const parsed = parseSource(text, { format: meta.format });
    const metadata = {
      id: 'audit',
      work: 'audit',
      title: meta.title.en || meta.title.zh ? meta.title : { en: name },
      kind: kind && kind !== '-' ? kind : meta.kind,
      issuer: [{ en: 'unknown' }],
      date: { value: '2000', basis: 'inferred' },
      languages: meta.languages.length ? meta.languages : ['en'],
      origin: { publisher: 'unknown' },
      rights: { status: 'unclear', basis: 'x' },
    } as SourceMetadata;
    const doc = toDocument(metadata, { text, sha256: '', bytes: text.length }, parsed.sections, parsed.skip, parsed.omitted);
    const items = extractItems(doc, { source: text, concepts, textAt: (span) => fold(text, span.start, span.end, parsed.skip) });
    const t = (x: { en?: string; zh?: string }) => (x.en ?? x.zh ?? '').replace(/\s+/gu, ' ');
    if (!type || type === 'def') for (const d of items.definitions) console.log(`${name}\tdef\t${t(d.term)}\t${t(d.definition).slice(0, 160)}`);
    if (!type || type === 'action') for (const a of items.actionItems) console.log(`${name}\taction\t${a.modality}\t${a.actor}\t${t(a.text).slice(0, 200)}`);
    if (!type || type === 'claim') for (const c of items.claims) console.log(`${name}\tclaim\t${c.kind}\t${t(c.text).slice(0, 200)}`);
  } catch (e) {
    console.log(`${name}\tERROR\t${(e as Error).message}`);
  }
}
