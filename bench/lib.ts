/**
 * Measuring fairly: both sides warmed the same number of times, then run
 * interleaved (A B, then B A, so a drift of the machine's speed falls on both),
 * every sample kept; min and median reported, and the ratio as the median of
 * the pairwise ratios (each pair ran back to back).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, platform, release, arch, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

export interface Stats {
  min: number;
  median: number;
  samples: number[];
}

export interface Pair {
  a: Stats;
  b: Stats;
  /** Median of a/b over the pairs. */
  ratio: number;
  /** Min and max of a/b over the pairs. */
  ratioMin: number;
  ratioMax: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function stats(samples: number[]): Stats {
  return { min: Math.min(...samples), median: median(samples), samples };
}

/** Interleaved A/B of two measurements (each returns one sample), after the same warm-up for both. */
export function compare(a: () => number, b: () => number, runs: number, warmup: number): Pair {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      as.push(a());
      bs.push(b());
    } else {
      bs.push(b());
      as.push(a());
    }
  }
  const ratios = as.map((x, i) => x / bs[i]!);
  return { a: stats(as), b: stats(bs), ratio: median(ratios), ratioMin: Math.min(...ratios), ratioMax: Math.max(...ratios) };
}

/** Time a function in process (ms). */
export function timed(fn: () => void): () => number {
  return () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  };
}

/** Repeated runs of one measurement after a warm-up. */
export function repeat(fn: () => number, runs: number, warmup: number): Stats {
  for (let i = 0; i < warmup; i++) fn();
  return stats(Array.from({ length: runs }, fn));
}

interface ProcessSample {
  /** Wall time, ms. */
  wall: number;
  /** Peak resident set size of the process, MiB (undefined where /usr/bin/time is missing). */
  rss: number | undefined;
  /** CPU time of the process and its threads, user and system, ms (undefined where /usr/bin/time is missing). */
  cpu: number | undefined;
  status: number | null;
  stdout: string;
}

const gnuTime = '/usr/bin/time';

/** Run a process to its end: wall time measured here, peak RSS from GNU time's accounting of the finished child. */
export function runProcess(command: string, args: readonly string[], options: { cwd?: string } = {}): ProcessSample {
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const out = join(dir, 'time');
  const useTime = existsSync(gnuTime);
  const start = performance.now();
  const result = useTime
    ? spawnSync(gnuTime, ['-f', '%M %U %S', '-o', out, command, ...args], { cwd: options.cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command, args, { cwd: options.cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = performance.now() - start;
  let rss: number | undefined;
  let cpu: number | undefined;
  if (useTime && existsSync(out)) {
    const [kib, user, system] = (readFileSync(out, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
    if (Number.isFinite(kib)) rss = kib! / 1024;
    if (Number.isFinite(user) && Number.isFinite(system)) cpu = (user! + system!) * 1000;
  }
  rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return { wall, rss, cpu, status: result.status, stdout: result.stdout };
}

/** The machine, in one line. */
export function machine(): string {
  const list = cpus();
  const model = list[0]?.model.trim() ?? 'unknown CPU';
  return `${list.length} × ${model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} GiB free at start), ${platform()} ${release()} ${arch()}, Node ${process.version}`;
}

export const fmt = (n: number, digits = 2): string => n.toFixed(digits);

/** The package root, the dataset's sources and their file names (the sources of every synthetic corpus). */
const packageRoot = join(import.meta.dirname, '..');
const sourcesDir = join(packageRoot, 'data/sources');
export const sourceNames = readdirSync(sourcesDir)
  .filter((f) => /\.(?:txt|md)$/u.test(f))
  .sort();

/**
 * A repository holding `copies` copies of every source under distinct ids (and
 * works), no corrections, and the generated types as a checkout has them (so
 * every run reuses them, as a build does until the schemas change; without
 * them the first run of each corpus would also load prettier to generate them).
 */
export function syntheticRepository(copies: number): string {
  const root = mkdtempSync(join(tmpdir(), `bench-corpus-${copies}x-`));
  mkdirSync(join(root, 'data/sources'), { recursive: true });
  mkdirSync(join(root, 'data/corrections'), { recursive: true });
  symlinkSync(join(packageRoot, 'schemas'), join(root, 'schemas'));
  cpSync(join(packageRoot, 'package.json'), join(root, 'package.json'));
  cpSync(join(packageRoot, 'generated/types'), join(root, 'generated/types'), { recursive: true });
  for (const name of sourceNames) {
    const [, id, ext] = /^(.+)\.(txt|md)$/u.exec(name)!;
    const text = readFileSync(join(sourcesDir, name));
    const yaml = readFileSync(join(sourcesDir, `${id}.yaml`), 'utf8');
    for (let k = 0; k < copies; k++) {
      const suffix = k === 0 ? '' : `-copy${k}`;
      writeFileSync(join(root, `data/sources/${id}${suffix}.${ext}`), text);
      writeFileSync(
        join(root, `data/sources/${id}${suffix}.yaml`),
        k === 0 ? yaml : yaml.replaceAll(`${id}`, `${id}${suffix}`).replace(/^work: (.+)$/mu, (line, work: string) => (work.endsWith(suffix) ? line : `work: ${work}${suffix}`)),
      );
    }
  }
  return root;
}
