import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Filters of a regional statistic; each optional (no region = the whole country). */
export interface SmeSlice {
  region?: string;
  industry?: string;
}

/** One industry's SMEs in a slice: how many, and the assessed ones per level 0–4. */
export interface IndustryLevelCounts {
  industry: string;
  smes: number;
  /** Index = level; only SMEs with a level (≥ 1 submitted assessment) are counted. */
  levels: [number, number, number, number, number];
}

/** Per scenario code: how many SMEs of the slice are weak in it / list it in their needs. */
export interface ScenarioDemandCounts {
  weak: Record<string, number>;
  needing: Record<string, number>;
}

/**
 * SQL for "the SME's region lies inside `region`" (libs/domain `regionContains`): a province
 * holds every code starting with its two digits, a city every code starting with its four, any
 * other code only itself.
 */
function sliceWhere(slice: SmeSlice): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (slice.region !== undefined) {
    const r = slice.region;
    if (r.endsWith('0000')) {
      params.push(r.slice(0, 2));
      conditions.push(`left(s.region, 2) = $${params.length}`);
    } else if (r.endsWith('00')) {
      params.push(r.slice(0, 4));
      conditions.push(`left(s.region, 4) = $${params.length}`);
    } else {
      params.push(r);
      conditions.push(`s.region = $${params.length}`);
    }
  }
  if (slice.industry !== undefined) {
    params.push(slice.industry);
    conditions.push(`s.industry = $${params.length}`);
  }
  return { sql: conditions.length === 0 ? 'TRUE' : conditions.join(' AND '), params };
}

/**
 * Aggregate statistics over SME profiles for the regional dashboards: counted in PostgreSQL
 * (GROUP BY), never by loading the profiles. `smes.level` and `smes.weak_scenarios` are the
 * newest submitted assessment's (the assessments module records them at every submission and
 * when a profile is created after an assessment), so `level IS NOT NULL` ⇔ assessed.
 */
@Injectable()
export class SmeStats {
  constructor(private readonly dataSource: DataSource) {}

  /** Per industry present in the slice: SMEs and assessed SMEs per level, industry code order. */
  async levelsByIndustry(slice: SmeSlice): Promise<IndustryLevelCounts[]> {
    const where = sliceWhere(slice);
    const rows = await this.dataSource.query<
      {
        industry: string;
        smes: number;
        l0: number;
        l1: number;
        l2: number;
        l3: number;
        l4: number;
      }[]
    >(
      `SELECT s.industry AS industry, count(*)::int AS smes,
              count(*) FILTER (WHERE s.level = 0)::int AS l0,
              count(*) FILTER (WHERE s.level = 1)::int AS l1,
              count(*) FILTER (WHERE s.level = 2)::int AS l2,
              count(*) FILTER (WHERE s.level = 3)::int AS l3,
              count(*) FILTER (WHERE s.level = 4)::int AS l4
         FROM smes s
        WHERE ${where.sql}
        GROUP BY s.industry
        ORDER BY s.industry`,
      where.params,
    );
    return rows.map((r) => ({
      industry: r.industry,
      smes: r.smes,
      levels: [r.l0, r.l1, r.l2, r.l3, r.l4],
    }));
  }

  /**
   * Per scenario: assessed SMEs whose newest assessment is weak in it, and SMEs listing it in
   * their needs (each SME once per scenario).
   */
  async scenarioDemand(slice: SmeSlice): Promise<ScenarioDemandCounts> {
    const where = sliceWhere(slice);
    const [weak, needing] = await Promise.all([
      this.dataSource.query<{ code: string; n: number }[]>(
        `SELECT w.code AS code, count(DISTINCT s.id)::int AS n
           FROM smes s CROSS JOIN LATERAL unnest(s.weak_scenarios) AS w(code)
          WHERE s.level IS NOT NULL AND ${where.sql}
          GROUP BY w.code`,
        where.params,
      ),
      this.dataSource.query<{ code: string; n: number }[]>(
        `SELECT n.item->>'code' AS code, count(DISTINCT s.id)::int AS n
           FROM smes s CROSS JOIN LATERAL jsonb_array_elements(s.need_scenarios) AS n(item)
          WHERE ${where.sql}
          GROUP BY n.item->>'code'`,
        where.params,
      ),
    ]);
    return {
      weak: Object.fromEntries(weak.map((r) => [r.code, r.n])),
      needing: Object.fromEntries(needing.map((r) => [r.code, r.n])),
    };
  }

  /** The user ids of the slice's SMEs (to count their activity in another module). */
  async userIds(slice: SmeSlice): Promise<string[]> {
    const where = sliceWhere(slice);
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT s.user_id AS id FROM smes s WHERE ${where.sql}`,
      where.params,
    );
    return rows.map((r) => r.id);
  }
}
