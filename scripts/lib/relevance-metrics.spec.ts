import { describe, expect, it } from '@jest/globals';

import {
  dcg,
  evalBaseUrl,
  mean,
  ndcg,
  parseEvalArgs,
  precisionAt,
  relevanceExitCode,
  relevanceReport,
  seedKeysByTitle,
  levelTable,
  splitCases,
} from './relevance-metrics.js';

describe('relevance metrics', () => {
  it('dcg gains 2^g − 1 discounted by log2(rank + 1), over the first k ranks', () => {
    expect(dcg([3, 2, 0], 10)).toBeCloseTo(7 + 3 / Math.log2(3), 10);
    expect(dcg([3, 2, 0], 1)).toBe(7);
    expect(dcg([], 10)).toBe(0);
  });

  it('ndcg is 1 for the ideal order, less for a worse one, 0 with nothing judged relevant', () => {
    expect(ndcg([3, 2, 1], [1, 3, 2], 10)).toBe(1);
    expect(ndcg([1, 2, 3], [1, 3, 2], 10)).toBeLessThan(1);
    expect(ndcg([0, 0], [0, 0, 0], 10)).toBe(0);
  });

  it('precision@k counts grade 2 and above, and missing ranks as misses', () => {
    expect(precisionAt([3, 2, 1, 0, 2], 5)).toBe(0.6);
    expect(precisionAt([3], 5)).toBe(0.2);
  });

  it('mean of nothing is 0', () => {
    expect(mean([])).toBe(0);
    expect(mean([1, 2])).toBe(1.5);
  });
});

describe('eval arguments and environment', () => {
  it('reads --pool, --verbose and --json <file>', () => {
    expect(parseEvalArgs([])).toEqual({
      pool: false,
      verbose: false,
      jsonOut: undefined,
      part: 'all',
    });
    expect(parseEvalArgs(['--verbose', '--json', 'out.json'])).toEqual({
      pool: false,
      verbose: true,
      jsonOut: 'out.json',
      part: 'all',
    });
    expect(parseEvalArgs(['--pool']).pool).toBe(true);
    expect(parseEvalArgs(['--part', 'held-out']).part).toBe('held-out');
    expect(() => parseEvalArgs(['--part', 'x'])).toThrow('--part');
  });

  it('takes EVAL_BASE_URL without trailing slashes, or none', () => {
    expect(evalBaseUrl({ EVAL_BASE_URL: ' http://x:3000// ' })).toBe('http://x:3000');
    expect(evalBaseUrl({})).toBe('');
    expect(evalBaseUrl({ EVAL_BASE_URL: '  ' })).toBe('');
  });
});

describe('seed keys by title', () => {
  it('maps each title to its seed key', () => {
    const map = seedKeysByTitle([
      { key: 'a', title: 'A' },
      { key: 'b', title: 'B' },
    ]);
    expect([...map]).toEqual([
      ['A', 'a'],
      ['B', 'b'],
    ]);
  });

  it('refuses two offerings with one title (results could not be told apart)', () => {
    expect(() =>
      seedKeysByTitle([
        { key: 'a', title: 'A' },
        { key: 'b', title: 'A' },
      ]),
    ).toThrow('seed titles are not unique: A');
  });
});

describe('the JSON report and the exit code', () => {
  const cases = [
    { id: 'x', ndcg10: 1, precision5: 0.4, breaks: 0 },
    { id: 'y', ndcg10: 0.5, precision5: 0.2, breaks: 2 },
  ];

  it('writes the means, the breaks and every case', () => {
    const report = JSON.parse(
      relevanceReport(cases, 'http://api', new Date('2026-01-02T03:04:05Z')),
    ) as Record<string, unknown>;
    expect(report).toEqual({
      measuredAt: '2026-01-02T03:04:05.000Z',
      baseUrl: 'http://api',
      meanNdcg10: 0.75,
      meanPrecision5: expect.closeTo(0.3, 10),
      breaks: 2,
      cases,
    });
  });

  it('fails the run when any result breaks a hard constraint', () => {
    expect(relevanceExitCode(cases)).toBe(1);
    expect(relevanceExitCode(cases.slice(0, 1))).toBe(0);
  });
});

describe('the split into tuning and held-out parts', () => {
  const cases = [
    ...Array.from({ length: 30 }, (_, i) => ({ id: `a${i}`, level: 1 })),
    ...Array.from({ length: 14 }, (_, i) => ({ id: `b${i}`, level: 2 })),
    ...Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, level: 3 })),
  ];

  it('holds out half of every level (rounded down), the same cases on every run', () => {
    const parts = splitCases(cases, 7);
    const held = (level: number): number =>
      cases.filter((c) => c.level === level && parts.get(c.id) === 'held-out').length;
    expect([held(1), held(2), held(3)]).toEqual([15, 7, 3]);
    expect(parts.size).toBe(cases.length);
    expect(splitCases([...cases].reverse(), 7)).toEqual(parts);
  });

  it('depends on the seed, not on the order of the file', () => {
    const a = [...splitCases(cases, 1)].filter(([, p]) => p === 'held-out').map(([id]) => id);
    const b = [...splitCases(cases, 2)].filter(([, p]) => p === 'held-out').map(([id]) => id);
    expect(a.sort()).not.toEqual(b.sort());
  });

  it('reports means per part and level, and all levels together', () => {
    const rows = levelTable([
      { level: 1, part: 'tuning', ndcg10: 1, precision5: 1, breaks: 0 },
      { level: 2, part: 'tuning', ndcg10: 0.5, precision5: 0.6, breaks: 1 },
      { level: 2, part: 'held-out', ndcg10: 0.8, precision5: 0.4, breaks: 0 },
    ]);
    expect(rows.find((r) => r.part === 'tuning' && r.level === 'all')).toEqual({
      part: 'tuning',
      level: 'all',
      cases: 2,
      ndcg10: 0.75,
      precision5: 0.8,
      breaks: 1,
    });
    expect(rows.find((r) => r.part === 'held-out' && r.level === 1)).toBeUndefined();
    expect(rows.find((r) => r.part === 'all' && r.level === 2)?.ndcg10).toBeCloseTo(0.65, 10);
  });
});
