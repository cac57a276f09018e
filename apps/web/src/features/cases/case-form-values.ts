import type { CreateCaseRequest } from '@toolbox/contracts';
import type { FieldErrorMapping } from '../../shared';
import type { CaseMetricData, CaseStoryData } from './case-data';

/** One metric row of the editor (numbers are empty until typed). */
export interface CaseMetricRow {
  code?: string | null;
  before?: number | null;
  after?: number | null;
}

/** The editor's form. */
export interface CaseFormValues {
  title: string;
  story: string;
  industry: string | null;
  region: string | null;
  scenarios: string[];
  offeringIds: string[];
  metrics: CaseMetricRow[];
}

/** The saved case the editor starts from. */
export interface CaseSource {
  title: string;
  story: string;
  industry: string | null;
  region: string | null;
  scenarios: readonly string[];
  offeringIds: readonly string[];
  metrics: readonly CaseMetricData[];
}

export function emptyCaseFormValues(): CaseFormValues {
  return {
    title: '',
    story: '',
    industry: null,
    region: null,
    scenarios: [],
    offeringIds: [],
    metrics: [{ code: null, before: null, after: null }],
  };
}

export function toCaseFormValues(source: CaseSource): CaseFormValues {
  return {
    title: source.title,
    story: source.story,
    industry: source.industry,
    region: source.region,
    scenarios: [...source.scenarios],
    offeringIds: [...source.offeringIds],
    metrics:
      source.metrics.length > 0
        ? source.metrics.map((metric) => ({ ...metric }))
        : emptyCaseFormValues().metrics,
  };
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The rows that are complete (a code and both numbers): what the preview shows. */
export function completeMetrics(rows: readonly (CaseMetricRow | undefined)[]): CaseMetricData[] {
  return rows.flatMap((row) =>
    row &&
    typeof row.code === 'string' &&
    row.code !== '' &&
    isNumber(row.before) &&
    isNumber(row.after)
      ? [{ code: row.code, before: row.before, after: row.after }]
      : [],
  );
}

/**
 * The request body (POST /api/cases, PATCH /api/cases/:id): text trimmed; an industry or region
 * not chosen is left out, and rows left wholly empty are dropped, but a half-filled row is sent
 * as it is, so the server names what is missing (`industry`, `metrics.1.after`).
 */
export function toCaseBody(values: CaseFormValues): CreateCaseRequest {
  const rows = (values.metrics ?? []).filter(
    (row) =>
      row !== undefined &&
      ((typeof row.code === 'string' && row.code !== '') ||
        isNumber(row.before) ||
        isNumber(row.after)),
  );
  const body = {
    title: (values.title ?? '').trim(),
    story: (values.story ?? '').trim(),
    ...(values.industry ? { industry: values.industry } : {}),
    ...(values.region ? { region: values.region } : {}),
    scenarios: values.scenarios ?? [],
    offeringIds: values.offeringIds ?? [],
    // A missing number stays absent (not null), so the 400 says it is required.
    metrics: rows.map(
      (row) =>
        ({
          code: row.code ?? '',
          ...(isNumber(row.before) ? { before: row.before } : {}),
          ...(isNumber(row.after) ? { after: row.after } : {}),
        }) as CaseMetricData,
    ),
  };
  // Codes and numbers the form could not complete are for the server to reject by field.
  return body as CreateCaseRequest;
}

/** Codes chosen on more than one row (each metric may appear once). */
export function duplicateMetricCodes(rows: readonly (CaseMetricRow | undefined)[]): Set<string> {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const row of rows) {
    const code = row?.code;
    if (typeof code !== 'string' || code === '') continue;
    if (seen.has(code)) duplicates.add(code);
    seen.add(code);
  }
  return duplicates;
}

/**
 * The live preview of the form: what the public page would show, with the titles of the chosen
 * offerings (ids without a known title are left out).
 */
export function previewStoryData(
  values: Partial<CaseFormValues>,
  offeringTitles: ReadonlyMap<string, string>,
  provider: { id: string; name: string } | null,
): CaseStoryData {
  return {
    title: values.title ?? '',
    story: values.story ?? '',
    industry: values.industry ?? null,
    region: values.region ?? null,
    scenarios: values.scenarios ?? [],
    offerings: (values.offeringIds ?? []).flatMap((id) => {
      const title = offeringTitles.get(id);
      return title === undefined ? [] : [{ id, title }];
    }),
    metrics: completeMetrics(values.metrics ?? []),
    provider,
  };
}

/** Where the API's field errors land in the editor. */
export const CASE_FIELD_ERRORS: FieldErrorMapping = {
  fields: {
    title: 'title',
    story: 'story',
    industry: 'industry',
    region: 'region',
    scenarios: 'scenarios',
    offeringIds: 'offeringIds',
    metrics: 'metrics',
  },
  lists: { metrics: { code: 'code', before: 'before', after: 'after' } },
};
