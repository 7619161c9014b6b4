/**
 * Parse warnings are VFileMessages with a place and a rule (issue 24), in `file.messages`, which `build`, `import`
 * and `outline` report like every other message.
 */
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/parse/index.js';
import { cli, tempRepo } from '../helpers.js';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

describe('parse warnings', () => {
  it.each(['text', 'markdown'] as const)('a %s text without headings: a warning with file, place and rule', (format) => {
    const parsed = parseSource('just some text\n\nmore text here.\n', { format }, 'data/sources/x.txt');
    expect(parsed.file.messages.map((m) => [m.file, m.line, m.column, m.ruleId, m.fatal])).toEqual([['data/sources/x.txt', 1, 1, 'no-headings', false]]);
    expect(parsed.warnings).toHaveLength(1);
  });
  it('a text with headings has none', () => {
    expect(parseSource('# Title\n\n## Chapter 1 Scope\n\nText.\n\n## Chapter 2 Rules\n\nMore text.\n', { format: 'markdown' }).file.messages).toEqual([]);
  });
  it('import reports it, placed, and still imports', async () => {
    const repo = tempRepo();
    try {
      const file = join(repo, 'plain.txt');
      writeFileSync(file, 'just some text without any heading at all\n\nmore text here.\n');
      const result = await cli(repo, 'import', file, '--id', 'plain-text-test');
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/^data\/sources\/plain-text-test\.txt:1:1: warning no headings recognised.*\[no-headings\]/m);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
