/**
 * Bulk-loads the benchmark catalogue straight into PostgreSQL with multi-row INSERTs (no
 * outbox rows: the index is then built by a full reindex through the API).
 */
import type pg from 'pg';

import type { BenchChunk, BenchOffering, BenchProvider } from './dataset.js';

/** Not an argon2 hash: these provider accounts cannot log in, and need not. */
const NO_LOGIN = '!bench-account-without-login';
const ROWS_PER_INSERT = 1000;

type Value = string | number | boolean | Date | null | string[] | number[];

async function insertRows(
  db: pg.ClientBase,
  table: string,
  columns: readonly string[],
  rows: readonly Value[][],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const slice = rows.slice(i, i + ROWS_PER_INSERT);
    const params: Value[] = [];
    const tuples = slice.map((row) => {
      const marks = row.map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    await db.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
      params,
    );
  }
}

function providerRows(providers: readonly BenchProvider[]): { users: Value[][]; rows: Value[][] } {
  return {
    users: providers.map((p) => [p.userId, p.email, p.name.slice(0, 100), 'provider', NO_LOGIN]),
    rows: providers.map((p) => [p.id, p.userId, p.name, p.kind, p.description, p.website]),
  };
}

const OFFERING_COLUMNS = [
  'id',
  'provider_id',
  'status',
  'title',
  'title_en',
  'summary',
  'summary_en',
  'description',
  'description_en',
  'kind',
  'scenarios',
  'industries',
  'stages',
  'regions',
  'deployment',
  'delivery_days',
  'plans',
  'tags',
  'min_monthly_price_cents',
  'rating',
  'review_count',
  'published_at',
  'created_at',
  'updated_at',
] as const;

function offeringRow(o: BenchOffering): Value[] {
  return [
    o.id,
    o.providerId,
    'published',
    o.title,
    o.titleEn,
    o.summary,
    o.summaryEn,
    o.description,
    o.descriptionEn,
    o.kind,
    o.scenarios,
    o.industries,
    o.stages,
    o.regions,
    o.deployment,
    o.deliveryDays,
    // jsonb: serialised here, or pg would send a JS array as a PostgreSQL array literal.
    JSON.stringify(o.plans),
    o.tags,
    o.minMonthlyPriceCents,
    o.rating,
    o.reviewCount,
    o.publishedAt,
    o.createdAt,
    o.createdAt,
  ];
}

/** Inserts one chunk (users, providers, offerings) in one transaction. */
export async function insertChunk(db: pg.ClientBase, chunk: BenchChunk): Promise<void> {
  const { users, rows } = providerRows(chunk.providers);
  await db.query('BEGIN');
  try {
    await insertRows(db, 'users', ['id', 'email', 'name', 'role', 'password_hash'], users);
    await insertRows(
      db,
      'providers',
      ['id', 'user_id', 'name', 'kind', 'description', 'website'],
      rows,
    );
    await insertRows(db, 'offerings', OFFERING_COLUMNS, chunk.offerings.map(offeringRow));
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
