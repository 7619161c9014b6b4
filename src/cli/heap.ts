/**
 * How far V8 lets the heap grow while the dataset is streamed (`build`,
 * `check`).
 *
 * A streamed build keeps little: the heap in use after a full collection
 * stays at about 20 MiB whatever the size of the corpus. But each document's
 * parse and extraction state lives long enough to be promoted to the old
 * generation, where it dies; V8 collects the old generation only once it has
 * grown by a factor of what was live after the last full collection, and
 * where the heap may grow large (a limit of 2 GiB or more, the default on a
 * machine with more than about 16 GB of memory) that factor is up to 4. A
 * build of a hundred documents or more so settled at about four times its
 * live heap (peak RSS 1.5× that of the 5 documents at 20×, 1.6–2.1× at 100×).
 *
 * `--heap-growing-percent=150` makes the factor 2.5: full collections come
 * more often (about 5–8 % more CPU time on a hundred documents or more,
 * nothing measurable on five), and nothing limits the heap itself, so the
 * largest source accepted (10 MB) builds as before. V8 reads the flag at each
 * full collection, so it can be set at run time: it is set for the streamed
 * build only and reset after, and left alone when the process was started
 * with it (`node --heap-growing-percent=…`; Node 20 refuses the flag in
 * `NODE_OPTIONS`, which is still looked at in case a later version allows it).
 */
import { setFlagsFromString } from 'node:v8';

/** The growth of the old generation allowed after a full collection, in percent of what was live. */
const buildHeapGrowingPercent = 150;

const flag = /(?:^|\s)--heap[-_]growing[-_]percent\b/u;

/** Whether the process was started with its own `--heap-growing-percent` (on the command line or in `NODE_OPTIONS`). */
export function heapGrowthGiven(execArgv: readonly string[] = process.execArgv, nodeOptions: string | undefined = process.env['NODE_OPTIONS']): boolean {
  return execArgv.some((arg) => flag.test(arg)) || flag.test(nodeOptions ?? '');
}

/** Run `fn` with the old generation's growth set to `buildHeapGrowingPercent` (unless the process was started with its own), then reset it. */
export async function withBuildHeapGrowth<T>(fn: () => Promise<T>): Promise<T> {
  if (heapGrowthGiven()) return fn();
  setFlagsFromString(`--heap-growing-percent=${buildHeapGrowingPercent}`);
  try {
    return await fn();
  } finally {
    // 0 is V8's default: the factor computed from the collector's speed.
    setFlagsFromString('--heap-growing-percent=0');
  }
}
