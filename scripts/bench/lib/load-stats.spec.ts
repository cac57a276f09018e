import { describe, expect, it } from '@jest/globals';

import { type RunResult, summarise } from './http.js';
import { baselineLine, groupStats, loadLine, perItemP50 } from './load-stats.js';
import type { QueryGroup } from './workload.js';

function run(samples: RunResult['samples']): RunResult {
  return { samples, stats: summarise([], 0, 0), truncated: false };
}

describe('load statistics', () => {
  const sut = run([
    { item: 0, ms: 10, ok: true },
    { item: 1, ms: 100, ok: true },
    { item: 2, ms: 30, ok: true },
    { item: 3, ms: 20, ok: true },
    { item: 4, ms: 999, ok: false },
    { item: 5, ms: 200, ok: true },
  ]);

  it('groups successful samples by the group of their item', () => {
    const groupOf = (i: number): QueryGroup | null =>
      i % 3 === 0 ? 'zh' : i % 3 === 1 ? 'en' : null;
    expect(groupStats(sut, groupOf)).toEqual({
      zh: { n: 2, p50: 10, p95: 20 },
      en: { n: 1, p50: 100, p95: 100 },
    });
  });

  it('takes the p50 of each item of the mix over every pass', () => {
    const p50 = perItemP50(sut, 3);
    expect([...p50].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 10],
      [1, 100],
      [2, 30],
    ]);
  });

  it('reports a run with its errors and throughput, and says when it was cut short', () => {
    const stats = summarise([1, 2, 3, 4], 1000, 2);
    expect(loadLine(stats, false)).toBe('  n=4 errors=2 p50=2.0 p95=4.0 p99=4.0 ms, 4 req/s');
    expect(baselineLine(stats, true)).toBe(
      '  n=4 p50=2.0 p95=4.0 p99=4.0 ms (cut short by the time bound)',
    );
  });
});
