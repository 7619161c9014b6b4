/**
 * The heap growth set for a streamed build (src/cli/heap.ts): left alone when
 * the process was started with its own, and the build's result passed through.
 */
import { describe, expect, it } from 'vitest';
import { heapGrowthGiven, withBuildHeapGrowth } from '../../src/cli/heap.js';

describe('heap growth of a streamed build', () => {
  it('sees a --heap-growing-percent given on the command line or in NODE_OPTIONS', () => {
    expect(heapGrowthGiven([], undefined)).toBe(false);
    expect(heapGrowthGiven(['--import', 'tsx'], '--max-old-space-size=4096')).toBe(false);
    expect(heapGrowthGiven(['--heap-growing-percent=50'], undefined)).toBe(true);
    expect(heapGrowthGiven(['--heap_growing_percent=50'], undefined)).toBe(true);
    expect(heapGrowthGiven([], '--max-semi-space-size=2 --heap-growing-percent=300')).toBe(true);
  });

  it('passes the result and the errors of the build through', async () => {
    await expect(withBuildHeapGrowth(async () => 42)).resolves.toBe(42);
    await expect(
      withBuildHeapGrowth(async () => {
        throw new Error('failed');
      }),
    ).rejects.toThrow('failed');
  });
});
