/**
 * Copies of the development corpus as other sources would give the same texts, to score the parser on shapes the
 * corpus lacks (`../shared/corpus/score-each.sh GOLD EXTRACT DIR` scores a folder of copies):
 *
 * - `crlf`: CRLF line ends and doubled blank lines (a file saved on Windows, a page with spaced paragraphs);
 * - `wrapped`: English lines longer than 100 characters hard-wrapped at 78 (front matter, headings, tables, HTML
 *   and images left as they are);
 * - `copied`: the Chinese texts as a page copied without blank lines, each paragraph opening with an ideographic
 *   indent (front matter kept);
 * - `bold`: Markdown headings (`## Title`) printed as bold lines (`**Title**`), as other converters give them, the
 *   lines around them as they were.
 *
 * `npx tsx scripts/corpus-variants.ts [OUT] [CORPUS]` (defaults: /tmp/corpus-variants, ../shared/corpus). The
 * texts are written outside the project: the corpus never enters it but through `import`.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** YAML front matter at the start of a text, if any (left as it is by every variant). */
function frontMatter(text: string): string {
  return /^---\n[\s\S]*?\n---\n/u.exec(text)?.[0] ?? '';
}

/** Words of a line up to `width` characters a line. */
function wrapLine(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + word.length + 1 > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return out;
}

/** The variants: a text in, its copy out (undefined where a variant does not apply). */
export const corpusVariants: Record<string, (text: string, name: string) => string | undefined> = {
  crlf: (t) => t.replace(/\n\n/gu, '\n\n\n').replace(/\n/gu, '\r\n'),
  wrapped: (t) => {
    const front = frontMatter(t);
    const lines = t
      .slice(front.length)
      .split('\n')
      .flatMap((l) => (l.length > 100 && !/^\s*[|#<![]/u.test(l) && /\p{Script=Latin}/u.test(l) && !/\p{Script=Han}/u.test(l) ? wrapLine(l, 78) : [l]));
    return `${front}${lines.join('\n')}`;
  },
  bold: (t) => {
    const front = frontMatter(t);
    return `${front}${t.slice(front.length).replace(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gmu, (_, title: string) => `**${title.trim()}**`)}`;
  },
  copied: (t, name) => {
    if (!name.startsWith('zh-')) return undefined;
    const front = frontMatter(t);
    const lines = t
      .slice(front.length)
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (/^[\p{Script=Han}“（]/u.test(l.trim()) && l.trim().length > 30 ? `\u3000\u3000${l.trim()}` : l));
    return `${front}${lines.join('\n')}\n`;
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = process.argv[2] ?? '/tmp/corpus-variants';
  const corpus = process.argv[3] ?? join(import.meta.dirname, '../../shared/corpus');
  if (!existsSync(corpus)) {
    process.stderr.write(`${corpus}: no corpus there; pass the corpus folder as the second argument\n`);
    process.exit(1);
  }
  for (const [variant, copy] of Object.entries(corpusVariants)) {
    mkdirSync(join(out, variant), { recursive: true });
    let n = 0;
    for (const name of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
      const text = copy(readFileSync(join(corpus, name), 'utf8'), name);
      if (text === undefined) continue;
      writeFileSync(join(out, variant, name), text);
      n++;
    }
    process.stdout.write(`${join(out, variant)}: ${n} texts\n`);
  }
}
