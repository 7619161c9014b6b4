/**
 * The layout's import rules (.dependency-cruiser.cjs): no cycles, and imports
 * one way, entry points → pipeline → stages → text utilities.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

const fixture = 'test/fixtures/layout-cycle';
let violations: Violation[] | undefined;

/** The violations found under a path: src/ and the fixture are cruised in one run (its start-up is most of its cost). */
function cruise(path: string): Violation[] {
  if (!violations) {
    const bin = join(packageRoot, 'node_modules/.bin/depcruise');
    const out = execFileSync(bin, ['src', fixture, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: packageRoot, encoding: 'utf8', maxBuffer: 1 << 26 });
    violations = (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
  }
  return violations.filter((v) => v.from.startsWith(`${path}/`));
}

describe('imports', () => {
  it('src/ has no import cycle and imports only downwards', () => {
    expect(cruise('src').map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 60_000);

  it('the rules see a cycle (a fixture of two modules importing each other)', () => {
    expect(cruise(fixture).map((v) => v.rule.name)).toContain('no-circular');
  }, 60_000);
});
