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
    expect(parseEvalArgs([])).toEqual({ pool: false, verbose: false, jsonOut: undefined });
    expect(parseEvalArgs(['--verbose', '--json', 'out.json'])).toEqual({
      pool: false,
      verbose: true,
      jsonOut: 'out.json',
    });
    expect(parseEvalArgs(['--pool']).pool).toBe(true);
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
