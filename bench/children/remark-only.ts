/**
 * The whole-process baselines: read every source of `<root>/data/sources/` and
 * parse it, nothing else, loaded the same way as the CLI. `node --import tsx
 * bench/children/remark-only.ts <root>` parses with bare remark-parse;
 * `… <root> gfm` parses Markdown sources with the parser the project must use
 * (remark-parse, remark-gfm, remark-frontmatter) and plain texts with
 * remark-parse.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const [root, mode] = process.argv.slice(2);
const dir = join(root!, 'data/sources');
const bare = unified().use(remarkParse);
const markdown: { parse: (text: string) => { children: unknown[] } } =
  mode === 'gfm'
    ? unified()
        .use(remarkParse)
        .use((await import('remark-gfm')).default)
        .use((await import('remark-frontmatter')).default, ['yaml'])
    : bare;
let nodes = 0;
for (const name of readdirSync(dir)
  .filter((f) => /\.(?:txt|md)$/u.test(f))
  .sort())
  nodes += (name.endsWith('.md') ? markdown : bare).parse(readFileSync(join(dir, name), 'utf8')).children.length;
process.stdout.write(`${nodes}\n`);
