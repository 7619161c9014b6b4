/**
 * The package passes publint and @arethetypeswrong/cli (ESM-only profile,
 * every document subpath, a document's JSON subpath and a schema included as
 * entry points).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { documentIds } from '../../generated/types/ids.js';
import { bin, ensureBuilt, run } from './helpers.js';

describe('package lint', () => {
  beforeAll(() => ensureBuilt());

  it('passes publint without warnings', () => {
    const out = run(bin('publint'), ['--strict']);
    expect(out).toContain('All good!');
  });

  it('passes attw --profile esm-only, document subpaths included', () => {
    const entrypoints = [...documentIds.map((id) => `./documents/${id}`), './documents/intl-strategy-cyberspace-cooperation-2017.json', './schemas/document.schema.json'];
    // attw exits non-zero on any problem the profile does not ignore (run throws then).
    const out = run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--no-color', '--include-entrypoints', ...entrypoints]);
    for (const id of documentIds) expect(out).toMatch(new RegExp(`"cyberspace-policy-data/documents/${id}"\\s+node16 \\(from ESM\\): 🟢 \\(ESM\\)\\s+bundler: 🟢`, 'u'));
    expect(out).toMatch(/"cyberspace-policy-data"\s+node16 \(from ESM\): 🟢 \(ESM\)\s+bundler: 🟢/u);
    expect(out).toMatch(/"cyberspace-policy-data\/documents\/intl-strategy-cyberspace-cooperation-2017\.json"\s+node16 \(from ESM\): 🟢 \(JSON\)\s+bundler: 🟢 \(JSON\)/u);
    expect(out).toMatch(/"cyberspace-policy-data\/validate"\s+node16 \(from ESM\): 🟢 \(ESM\)\s+bundler: 🟢/u);
  });
});
