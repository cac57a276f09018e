import { describe, expect, it } from '@jest/globals';

import { percentile, runFixedConcurrency, summarise } from './http.js';

describe('percentile (nearest rank)', () => {
  const sorted = Array.from({ length: 100 }, (_, i) => i + 1);

  it('picks the value at the nearest rank', () => {
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
  });

  it('stays inside the array at the edges', () => {
    expect(percentile(sorted, 0)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarise', () => {
  it('sorts the latencies and derives the percentiles, mean, max and throughput', () => {
    const sut = summarise([30, 10, 20, 40], 2000, 1);
    expect(sut).toEqual({
      n: 4,
      errors: 1,
      p50: 20,
      p95: 40,
      p99: 40,
      mean: 25,
      max: 40,
      rps: 2,
      wallMs: 2000,
    });
  });

  it('reports no throughput without wall time, and NaN statistics without samples', () => {
    const sut = summarise([], 0, 3);
    expect(sut.rps).toBe(0);
    expect(sut.mean).toBeNaN();
    expect(sut.max).toBeNaN();
    expect(sut.errors).toBe(3);
  });
});

describe('runFixedConcurrency', () => {
  it('runs the warm-up unrecorded, then records every measured item once', async () => {
    const calls: number[] = [];
    const sut = await runFixedConcurrency(
      { concurrency: 3, warmup: 4, requests: 10, maxMs: 600_000 },
      async (i) => {
        calls.push(i);
        return { ms: i, ok: true };
      },
    );
    expect(calls).toHaveLength(14);
    expect(sut.samples.map((s) => s.item).sort((a, b) => a - b)).toEqual([...Array(10).keys()]);
    expect(sut.stats.n).toBe(10);
    expect(sut.truncated).toBe(false);
  });

  it('counts failed and throwing operations as errors, not latencies', async () => {
    const sut = await runFixedConcurrency(
      { concurrency: 2, warmup: 0, requests: 6, maxMs: 600_000 },
      async (i) => {
        if (i === 1) throw new Error('connection reset');
        return { ms: 5, ok: i !== 2 };
      },
    );
    expect(sut.stats.n).toBe(4);
    expect(sut.stats.errors).toBe(2);
    expect(sut.samples.find((s) => s.item === 1)).toEqual({ item: 1, ms: Number.NaN, ok: false });
  });

  it('stops with "interrupted" once the signal is aborted', async () => {
    const controller = new AbortController();
    const run = runFixedConcurrency(
      { concurrency: 1, warmup: 0, requests: 100, maxMs: 600_000, signal: controller.signal },
      async (i) => {
        if (i === 3) controller.abort();
        return { ms: 1, ok: true };
      },
    );
    await expect(run).rejects.toThrow('interrupted');
  });
});
