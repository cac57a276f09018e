import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { CURRENT_QUESTIONNAIRE, matchingLevel, scoreAssessment } from '@toolbox/domain';
import { generateCatalogue } from '@toolbox/demo-catalogue';

import { REPO_ROOT } from './launcher.js';
import {
  caseFilePaths,
  caseFilesFor,
  type EvalCase,
  HELDOUT2_CASE_FILE,
  parseCaseFile,
  parseCaseFiles,
  partsFor,
  poolOf,
  SPLIT_CASE_FILES,
} from './relevance-cases.js';
import {
  bestPrecisionAt,
  ceilingTable,
  levelTable,
  parseEvalArgs,
  splitCases,
} from './relevance-metrics.js';

const load = (files: readonly string[]): EvalCase[] =>
  parseCaseFiles(
    files.map((f) => ({
      label: f,
      text: readFileSync(path.join(REPO_ROOT, 'eval', 'relevance', f), 'utf8'),
    })),
  );

describe('which case files a run reads', () => {
  it('--part heldout2 reads held-out set 2 alone', () => {
    expect(parseEvalArgs(['--part', 'heldout2']).part).toBe('heldout2');
    expect(caseFilesFor('heldout2')).toEqual([HELDOUT2_CASE_FILE]);
    expect(caseFilePaths('/repo', 'heldout2')).toEqual([
      path.join('/repo', 'eval', 'relevance', 'cases-heldout-2.json'),
    ]);
  });

  it('the default run, --part tuning and --part held-out read the split set as before, never set 2', () => {
    for (const part of ['all', 'tuning', 'held-out'] as const) {
      expect(caseFilesFor(part)).toEqual(['cases.json', 'cases-levels.json']);
      expect(caseFilesFor(part)).not.toContain(HELDOUT2_CASE_FILE);
    }
    expect(SPLIT_CASE_FILES).not.toContain(HELDOUT2_CASE_FILE);
  });
});

describe('parts', () => {
  const split = load(SPLIT_CASE_FILES);
  const set2 = load([HELDOUT2_CASE_FILE]);

  it('held-out set 2 is all heldout2, never split into a tuning part', () => {
    const parts = partsFor('heldout2', set2);
    expect(parts.size).toBe(42);
    expect(new Set(parts.values())).toEqual(new Set(['heldout2']));
  });

  it('the split set keeps exactly the split it had (72 cases, 36 held out)', () => {
    const parts = partsFor('all', split);
    expect(parts).toEqual(
      splitCases(split.map((c) => ({ id: c.id, level: matchingLevel(c.level) }))),
    );
    expect(partsFor('tuning', split)).toEqual(parts);
    expect(split).toHaveLength(72);
    expect([...parts.values()].filter((p) => p === 'held-out')).toHaveLength(36);
    expect([...parts.keys()].some((id) => set2.some((c) => c.id === id))).toBe(false);
  });
});

describe('the summary of a held-out set 2 run', () => {
  it('reports heldout2 rows per level and all levels, and no tuning or held-out rows', () => {
    const rows = levelTable([
      { level: 2, part: 'heldout2', ndcg10: 1, precision5: 0.8, breaks: 0 },
      { level: 4, part: 'heldout2', ndcg10: 0.5, precision5: 0.4, breaks: 1 },
    ]);
    expect(rows.map((r) => [r.part, r.level, r.cases])).toEqual([
      ['heldout2', 2, 1],
      ['heldout2', 4, 1],
      ['heldout2', 'all', 2],
      ['all', 2, 1],
      ['all', 4, 1],
      ['all', 'all', 2],
    ]);
    expect(rows.find((r) => r.part === 'heldout2' && r.level === 'all')).toMatchObject({
      ndcg10: 0.75,
      breaks: 1,
    });
  });
});

describe('the case file loader', () => {
  const one = (patch: Record<string, unknown>): string =>
    JSON.stringify({
      cases: [
        {
          id: 'x',
          level: null,
          companyName: 'X',
          industry: 'C13',
          region: '110000',
          employees: 10,
          needs: { scenarios: [{ code: 'quality', priority: 5 }], notes: '' },
          judgements: { 'a.b': 3 },
          ...patch,
        },
      ],
    });

  it('reads a minimal case', () => {
    const [c] = parseCaseFile(one({}), 'f.json');
    expect(c).toMatchObject({ id: 'x', level: null, answers: null, annualRevenueCents: null });
    expect(c?.needs).toEqual({
      scenarios: [{ code: 'quality', priority: 5 }],
      monthlyBudgetCents: null,
      deployment: null,
      notes: '',
    });
    expect([...(c?.judgements ?? [])]).toEqual([['a.b', 3]]);
  });

  it('names the file and the field of a bad case', () => {
    expect(() => parseCaseFile(one({ judgements: { 'a.b': 4 } }), 'f.json')).toThrow(
      'f.json: cases[0].judgements.a.b must be 0, 1, 2 or 3',
    );
    expect(() => parseCaseFile(one({ level: 2 }), 'f.json')).toThrow(
      'f.json: cases[0] must have both a level and assessment answers, or neither',
    );
    expect(() => parseCaseFile(one({ employees: 'ten' }), 'f.json')).toThrow(
      'cases[0].employees must be an integer',
    );
    expect(() => parseCaseFile('{}', 'f.json')).toThrow('f.json: must be an object');
  });

  it('refuses one case id twice across files', () => {
    expect(() =>
      parseCaseFiles([
        { label: 'a.json', text: one({}) },
        { label: 'b.json', text: one({}) },
      ]),
    ).toThrow('duplicate case id x');
  });
});

describe('held-out set 2 (no ranking: pure scoring and pools only)', () => {
  const set2 = load([HELDOUT2_CASE_FILE]);
  const raw = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'eval', 'relevance', HELDOUT2_CASE_FILE), 'utf8'),
  ) as {
    cases: {
      id: string;
      assessment: { expected: { level: number; totalScore: number; weakScenarios: string[] } };
    }[];
  };
  const published = generateCatalogue().offerings.filter((o) => o.status === 'published');

  it('has 14 assessed SMEs at each of the levels 2, 3 and 4, none of them in the split set', () => {
    expect(set2.filter((c) => c.level === 2)).toHaveLength(14);
    expect(set2.filter((c) => c.level === 3)).toHaveLength(14);
    expect(set2.filter((c) => c.level === 4)).toHaveLength(14);
    expect(() => load([...SPLIT_CASE_FILES, HELDOUT2_CASE_FILE])).not.toThrow();
  });

  it('every case scores the level it claims, with the stored total and weak scenarios', () => {
    for (const c of set2) {
      const needPriorities = Object.fromEntries(c.needs.scenarios.map((s) => [s.code, s.priority]));
      const result = scoreAssessment(CURRENT_QUESTIONNAIRE, c.answers ?? {}, { needPriorities });
      const expected = raw.cases.find((r) => r.id === c.id)?.assessment.expected;
      expect({ id: c.id, level: result.level }).toEqual({ id: c.id, level: c.level });
      expect(expected).toEqual({
        level: result.level,
        totalScore: result.totalScore,
        weakScenarios: result.weakScenarios,
      });
    }
  });

  it('judges every pooled offering and nothing else', () => {
    for (const c of set2) {
      const pool = poolOf(c, published).map((o) => o.key);
      expect({ id: c.id, judged: [...c.judgements.keys()].sort() }).toEqual({
        id: c.id,
        judged: [...pool].sort(),
      });
    }
  });

  it('its P@5 ceiling per level is what docs/relevance.md records', () => {
    const rows = ceilingTable(
      set2.map((c) => ({ level: c.level ?? 1, judged: [...c.judgements.values()] })),
    );
    expect(rows.map((r) => [r.level, r.cases, r.bestPrecision5.toFixed(3)])).toEqual([
      [2, 14, '0.971'],
      [3, 14, '0.886'],
      [4, 14, '0.771'],
      ['all', 42, '0.876'],
    ]);
  });
});

describe('the P@5 ceiling', () => {
  it('counts grades ≥ 2 up to k', () => {
    expect(bestPrecisionAt([3, 3, 2, 2, 2, 2, 1], 5)).toBe(1);
    expect(bestPrecisionAt([3, 1, 2, 0], 5)).toBe(0.4);
    expect(bestPrecisionAt([], 5)).toBe(0);
  });

  it('is averaged per level and over all levels', () => {
    expect(
      ceilingTable([
        { level: 2, judged: [3, 3] },
        { level: 2, judged: [2, 2, 2, 2, 2] },
        { level: 3, judged: [1] },
      ]),
    ).toEqual([
      { level: 2, cases: 2, bestPrecision5: 0.7 },
      { level: 3, cases: 1, bestPrecision5: 0 },
      { level: 'all', cases: 3, bestPrecision5: expect.closeTo(1.4 / 3, 10) },
    ]);
  });
});
