/**
 * The PostgreSQL full-text baseline: what the search page would cost without Meilisearch.
 *
 * Built once per run (`bench_fts`, dropped with the temporary database): one row per published
 * offering with the display columns, the filter arrays, `body` = the same searchable fields as
 * the Meilisearch document (title, titleEn, tags, scenario names zh/en, summary, summaryEn,
 * provider name, description, descriptionEn — descriptions cut at 4000 characters like the
 * document) and `tsv = to_tsvector('simple', body)`. Indexes: GIN on `tsv`, GIN `gin_trgm_ops`
 * on `body` when pg_trgm is available, GIN on the filter arrays.
 *
 * A query answers what the API answers: total, page 1 (20 items with the display columns) and
 * the four facet distributions, in one statement. Text terms come from the API's own
 * `normaliseQuery` and must all match (like `matchingStrategy: 'all'`; when nothing matches,
 * trailing terms are dropped one by one like `'last'`): a term with Chinese characters matches
 * `body ILIKE '%term%'` (substring; pg_trgm accelerates terms of three or more characters),
 * any other term matches `tsv @@ to_tsquery('simple', 'part:*' & …)` (prefix). Filters are the
 * API's, in SQL (region uses `regionsThatServe`, industry and region also keep "all" rows).
 * Ranking: number of terms found in the title, then rating and review count; explicit sorts as
 * the API's.
 */
import { regionsThatServe, SCENARIOS } from '@toolbox/domain';
import type { SearchOfferingsQuery } from '@toolbox/contracts';
import type pg from 'pg';

import { normaliseQuery } from '@toolbox/search';

export interface PgBaselineBuild {
  trgm: boolean;
  trgmError: string | null;
  buildMs: number;
  tableMb: number;
  indexMb: number;
}

export async function buildPgBaseline(db: pg.ClientBase): Promise<PgBaselineBuild> {
  const started = performance.now();
  let trgm = true;
  let trgmError: string | null = null;
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  } catch (error) {
    trgm = false;
    trgmError = error instanceof Error ? error.message : String(error);
  }
  await db.query(`SET maintenance_work_mem = '512MB'`);
  await db.query('DROP TABLE IF EXISTS bench_fts, bench_scenario_names');
  await db.query('CREATE TABLE bench_scenario_names (code text PRIMARY KEY, names text NOT NULL)');
  await db.query(
    `INSERT INTO bench_scenario_names (code, names) SELECT * FROM unnest($1::text[], $2::text[])`,
    [SCENARIOS.map((s) => s.code), SCENARIOS.map((s) => `${s.nameZh} ${s.nameEn}`)],
  );
  await db.query(`
    CREATE TABLE bench_fts AS
    SELECT x.*, to_tsvector('simple', x.body) AS tsv FROM (
      SELECT o.id, o.title, o.title_en, o.summary, o.summary_en, o.kind, o.scenarios,
             o.industries, o.stages, o.regions, o.deployment, o.delivery_days,
             o.min_monthly_price_cents, o.rating, o.review_count, o.tags, o.published_at,
             p.id AS provider_id, p.name AS provider_name,
             concat_ws(' ', o.title, o.title_en, array_to_string(o.tags, ' '),
               (SELECT string_agg(n.names, ' ') FROM unnest(o.scenarios) s(code)
                  JOIN bench_scenario_names n USING (code)),
               o.summary, o.summary_en, p.name,
               left(o.description, 4000), left(o.description_en, 4000)) AS body
      FROM offerings o JOIN providers p ON p.id = o.provider_id
      WHERE o.status = 'published'
    ) x`);
  await db.query('ALTER TABLE bench_fts ADD PRIMARY KEY (id)');
  await db.query('CREATE INDEX bench_fts_tsv ON bench_fts USING gin (tsv)');
  if (trgm)
    await db.query('CREATE INDEX bench_fts_trgm ON bench_fts USING gin (body gin_trgm_ops)');
  await db.query('CREATE INDEX bench_fts_scenarios ON bench_fts USING gin (scenarios)');
  await db.query('CREATE INDEX bench_fts_industries ON bench_fts USING gin (industries)');
  await db.query('CREATE INDEX bench_fts_regions ON bench_fts USING gin (regions)');
  await db.query('ANALYZE bench_fts');
  const size = await db.query<{ t: string; i: string }>(
    `SELECT pg_table_size('bench_fts')::text AS t, pg_indexes_size('bench_fts')::text AS i`,
  );
  const row = size.rows[0];
  return {
    trgm,
    trgmError,
    buildMs: performance.now() - started,
    tableMb: Number(row?.t ?? 0) / 1024 ** 2,
    indexMb: Number(row?.i ?? 0) / 1024 ** 2,
  };
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function tsPrefixQuery(term: string): string | null {
  const parts = term
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((p) => p !== '');
  return parts.length === 0 ? null : parts.map((p) => `${p}:*`).join(' & ');
}

const ORDER: Record<NonNullable<SearchOfferingsQuery['sort']>, string> = {
  relevance: 'score DESC, rating DESC NULLS LAST, review_count DESC, id',
  price_asc: 'min_monthly_price_cents ASC, id',
  price_desc: 'min_monthly_price_cents DESC, id',
  rating: 'rating DESC NULLS LAST, id',
  newest: 'published_at DESC, id',
};

/** The one SQL statement for a query with the given text terms. */
export function pgSearchSql(
  query: SearchOfferingsQuery,
  terms: readonly string[],
): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (v: unknown): string => {
    values.push(v);
    return `$${values.length}`;
  };
  const where: string[] = [];
  const scoreParts: string[] = [];
  for (const term of terms) {
    const like = param(likePattern(term));
    scoreParts.push(`(CASE WHEN title ILIKE ${like} OR title_en ILIKE ${like} THEN 1 ELSE 0 END)`);
    if (CJK.test(term)) {
      where.push(`body ILIKE ${like}`);
    } else {
      const ts = tsPrefixQuery(term);
      if (ts !== null) where.push(`tsv @@ to_tsquery('simple', ${param(ts)})`);
    }
  }
  if (query.scenario?.length) where.push(`scenarios && ${param(query.scenario)}::text[]`);
  if (query.industry?.length)
    where.push(`(cardinality(industries) = 0 OR industries && ${param(query.industry)}::text[])`);
  if (query.stage?.length) where.push(`stages && ${param(query.stage)}::smallint[]`);
  if (query.kind?.length) where.push(`kind = ANY(${param(query.kind)}::text[])`);
  if (query.region !== undefined)
    where.push(
      `(cardinality(regions) = 0 OR regions && ${param(regionsThatServe(query.region))}::text[])`,
    );
  if (query.maxMonthlyPriceCents !== undefined)
    where.push(`min_monthly_price_cents <= ${param(query.maxMonthlyPriceCents)}`);
  const score = scoreParts.length > 0 ? scoreParts.join(' + ') : '0';
  const order = ORDER[query.sort ?? 'relevance'];
  const pageSize = query.pageSize ?? 20;
  const offset = ((query.page ?? 1) - 1) * pageSize;
  const facet = (expr: string): string =>
    `(SELECT coalesce(json_object_agg(k, n), '{}') FROM (SELECT ${expr} AS k, count(*) AS n FROM m GROUP BY 1) f)`;
  const text = `
    WITH m AS MATERIALIZED (
      SELECT id, scenarios, industries, stages, kind, rating, review_count,
             min_monthly_price_cents, published_at, ${score} AS score
      FROM bench_fts
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ), top AS (
      SELECT id, row_number() OVER (ORDER BY ${order}) AS rn FROM m
      ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}
    )
    SELECT
      (SELECT count(*) FROM m)::int AS total,
      (SELECT coalesce(json_agg(t ORDER BY t.rn), '[]') FROM (
         SELECT top.rn, b.id, b.title, b.title_en, b.summary, b.summary_en, b.kind, b.scenarios,
                b.industries, b.stages, b.regions, b.deployment, b.delivery_days,
                b.min_monthly_price_cents, b.rating, b.tags, b.provider_id, b.provider_name
         FROM top JOIN bench_fts b USING (id)) t) AS items,
      ${facet('unnest(scenarios)')} AS scenarios,
      ${facet('unnest(industries)')} AS industries,
      ${facet('unnest(stages)::text')} AS stages,
      ${facet('kind')} AS kinds`;
  return { text, values };
}

export interface PgSearchResult {
  total: number;
  ids: string[];
  /** Statements run (more than one when trailing terms were dropped). */
  statements: number;
}

/** Runs a search like the API does (all terms; drop trailing terms while nothing matches). */
export async function pgSearch(
  db: pg.ClientBase,
  query: SearchOfferingsQuery,
): Promise<PgSearchResult> {
  const text = normaliseQuery(query.q);
  let terms = text === '' ? [] : text.split(' ');
  let statements = 0;
  for (;;) {
    const sql = pgSearchSql(query, terms);
    const res = await db.query<{ total: number; items: { id: string }[] }>(sql.text, sql.values);
    statements += 1;
    const row = res.rows[0];
    const total = row?.total ?? 0;
    if (total > 0 || terms.length <= 1 || (query.page ?? 1) !== 1) {
      return { total, ids: (row?.items ?? []).map((i) => i.id), statements };
    }
    terms = terms.slice(0, -1);
  }
}
