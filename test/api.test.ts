import { describe, expect, it } from 'vitest';
import * as parse from '../src/parse/index.js';
import * as extract from '../src/extract/index.js';
import { run } from '../src/cli/commands.js';

describe('public api', () => {
  it('should expose the parser, the extraction and the command line', () => {
    expect(Object.keys(parse).sort()).toEqual(['markupOf', 'parseSource']);
    expect(typeof extract.extractItems).toBe('function');
    expect(typeof extract.linkExpressions).toBe('function');
    expect(typeof run).toBe('function');
  });

  it('prints usage and exits non-zero for an unknown command', async () => {
    let err = '';
    const code = await run(['frobnicate'], { stdout: () => undefined, stderr: (s) => (err += s) });
    expect(code).toBe(2);
    expect(err).toContain('unknown command "frobnicate"');
  });

  it('import without --id is a usage error: exit 2 and the usage line, nothing written', async () => {
    let err = '';
    const code = await run(['import', 'package.json'], { stdout: () => undefined, stderr: (s) => (err += s) });
    expect(code).toBe(2);
    expect(err).toMatch(/missing --id <id>[\s\S]*usage: cyberspace-policy-data import <file> --id <id>/);
  });
});
