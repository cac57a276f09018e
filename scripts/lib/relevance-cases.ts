/**
 * The labelled sets of `npm run eval:relevance` (scripts/eval-relevance.ts): which files a run
 * reads, how a case file is parsed and checked, and each case's judging pool. Pure, no stack.
 *
 * - `cases.json` (level-1 SMEs, not assessed) and `cases-levels.json` (assessed at levels 2–4)
 *   are the split set: tuning part + held-out part (`splitCases`).
 * - `cases-heldout-2.json` is held-out set 2: read only by `--part heldout2`, never by the
 *   default run, `--part tuning` or `--part held-out`, and never split.
 */
import path from 'node:path';

import {
  CURRENT_QUESTIONNAIRE,
  matchingLevel,
  offeringServesRegion,
  scoreAssessment,
} from '@toolbox/domain';

import { type EvalArgs, type EvalPart, type ReportPart, splitCases } from './relevance-metrics.js';

/** The split set (tuning + held-out), in this order. */
export const SPLIT_CASE_FILES = ['cases.json', 'cases-levels.json'] as const;
/** Held-out set 2: read once by the lead, never tuned on. */
export const HELDOUT2_CASE_FILE = 'cases-heldout-2.json';

/** The case files (relative to eval/relevance/) a run with this `--part` reads. */
export function caseFilesFor(part: EvalArgs['part']): readonly string[] {
  return part === 'heldout2' ? [HELDOUT2_CASE_FILE] : SPLIT_CASE_FILES;
}

export interface Need {
  code: string;
  priority: number;
}

export interface EvalCase {
  id: string;
  /** The assessed level the case claims (null: not assessed, matched as level 1). */
  level: number | null;
  /** A full questionnaire answer set, submitted through POST /api/assessments; null: none. */
  answers: Record<string, unknown> | null;
  companyName: string;
  industry: string;
  region: string;
  employees: number;
  annualRevenueCents: number | null;
  needs: {
    scenarios: Need[];
    monthlyBudgetCents: number | null;
    deployment: string | null;
    notes: string;
  };
  judgements: Map<string, number>;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Parses one case file's text; errors name the file (`label`) and the case. */
export function parseCaseFile(text: string, label: string): EvalCase[] {
  const err = (message: string): Error => new Error(`${label}: ${message}`);
  const str = (o: Record<string, unknown>, key: string, where: string): string => {
    const v = o[key];
    if (typeof v !== 'string' || v === '') throw err(`${where}.${key} must be a non-empty string`);
    return v;
  };
  const int = (o: Record<string, unknown>, key: string, where: string): number => {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
      throw err(`${where}.${key} must be an integer`);
    }
    return v;
  };
  const intOrNull = (o: Record<string, unknown>, key: string, where: string): number | null =>
    o[key] === null || o[key] === undefined ? null : int(o, key, where);

  const parseCase = (raw: unknown, i: number): EvalCase => {
    const where = `cases[${i}]`;
    if (!isRecord(raw)) throw err(`${where} must be an object`);
    const needs = raw.needs;
    if (!isRecord(needs)) throw err(`${where}.needs must be an object`);
    const scenarios = needs.scenarios;
    if (!Array.isArray(scenarios)) throw err(`${where}.needs.scenarios must be an array`);
    const judgements = raw.judgements;
    if (!isRecord(judgements)) throw err(`${where}.judgements must be an object`);
    const grades = new Map<string, number>();
    for (const [key, grade] of Object.entries(judgements)) {
      if (grade !== 0 && grade !== 1 && grade !== 2 && grade !== 3) {
        throw err(`${where}.judgements.${key} must be 0, 1, 2 or 3`);
      }
      grades.set(key, grade);
    }
    const deployment = needs.deployment;
    if (deployment !== null && deployment !== undefined && typeof deployment !== 'string') {
      throw err(`${where}.needs.deployment must be a string or null`);
    }
    const level = intOrNull(raw, 'level', where);
    const assessment = raw.assessment;
    let answers: Record<string, unknown> | null = null;
    if (assessment !== undefined) {
      if (!isRecord(assessment) || !isRecord(assessment.answers)) {
        throw err(`${where}.assessment.answers must be an object`);
      }
      answers = assessment.answers;
    }
    if ((level === null) !== (answers === null)) {
      throw err(`${where} must have both a level and assessment answers, or neither`);
    }
    return {
      id: str(raw, 'id', where),
      level,
      answers,
      companyName: str(raw, 'companyName', where),
      industry: str(raw, 'industry', where),
      region: str(raw, 'region', where),
      employees: int(raw, 'employees', where),
      annualRevenueCents: intOrNull(raw, 'annualRevenueCents', where),
      needs: {
        scenarios: scenarios.map((s: unknown, j): Need => {
          if (!isRecord(s)) throw err(`${where}.needs.scenarios[${j}] must be an object`);
          return {
            code: str(s, 'code', `${where}.needs.scenarios[${j}]`),
            priority: int(s, 'priority', `${where}.needs.scenarios[${j}]`),
          };
        }),
        monthlyBudgetCents: intOrNull(needs, 'monthlyBudgetCents', `${where}.needs`),
        deployment: typeof deployment === 'string' ? deployment : null,
        notes: typeof needs.notes === 'string' ? needs.notes : '',
      },
      judgements: grades,
    };
  };

  const doc: unknown = JSON.parse(text);
  if (!isRecord(doc) || !Array.isArray(doc.cases)) {
    throw err('must be an object with a "cases" array');
  }
  return doc.cases.map((raw: unknown, i) => parseCase(raw, i));
}

/** Parses several case files (label + text each) and refuses duplicate case ids across them. */
export function parseCaseFiles(files: readonly { label: string; text: string }[]): EvalCase[] {
  const cases = files.flatMap((f) => parseCaseFile(f.text, f.label));
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`duplicate case id ${c.id}`);
    ids.add(c.id);
  }
  return cases;
}

/**
 * The part of each case for a run: held-out set 2 is all `heldout2` (never split); the split set
 * is `splitCases` over exactly its own cases, so held-out set 2 cannot move that split.
 */
export function partsFor(
  part: EvalArgs['part'],
  cases: readonly Pick<EvalCase, 'id' | 'level'>[],
): Map<string, ReportPart> {
  if (part === 'heldout2') return new Map(cases.map((c) => [c.id, 'heldout2' as const]));
  const split: Map<string, EvalPart> = splitCases(
    cases.map((c) => ({ id: c.id, level: matchingLevel(c.level) })),
  );
  return split;
}

/** The judging pool's shape: what `poolOf` reads of a seed offering. */
export interface PoolOffering {
  key: string;
  regions: string[];
  scenarios: readonly string[];
}

/**
 * The judging pool: published, serves the region, lists a needed scenario or (assessed cases)
 * one of the first three weak scenarios of the case's assessment. Throws when the answers do not
 * score the claimed level.
 */
export function poolOf<O extends PoolOffering>(c: EvalCase, published: readonly O[]): O[] {
  const needed = new Set(c.needs.scenarios.map((s) => s.code));
  if (c.answers !== null) {
    const needPriorities = Object.fromEntries(c.needs.scenarios.map((s) => [s.code, s.priority]));
    const result = scoreAssessment(CURRENT_QUESTIONNAIRE, c.answers, { needPriorities });
    if (result.level !== c.level) {
      throw new Error(
        `case ${c.id} claims level ${String(c.level)}, its answers score ${result.level}`,
      );
    }
    for (const s of result.weakScenarios.slice(0, 3)) needed.add(s);
  }
  return published.filter(
    (o) => offeringServesRegion(o.regions, c.region) && o.scenarios.some((s) => needed.has(s)),
  );
}

/** Absolute paths of the case files a run reads. */
export function caseFilePaths(repoRoot: string, part: EvalArgs['part']): string[] {
  return caseFilesFor(part).map((f) => path.join(repoRoot, 'eval', 'relevance', f));
}
