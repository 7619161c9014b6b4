/**
 * The whole-process baseline: read every source of `<root>/data/sources/` and
 * parse it with bare remark-parse, nothing else (`node --import tsx
 * bench/children/remark-only.ts <root>`), loaded the same way as the CLI.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const dir = join(process.argv[2]!, 'data/sources');
const parser = unified().use(remarkParse);
let nodes = 0;
for (const name of readdirSync(dir)
  .filter((f) => /\.(?:txt|md)$/u.test(f))
  .sort())
  nodes += parser.parse(readFileSync(join(dir, name), 'utf8')).children.length;
process.stdout.write(`${nodes}\n`);
