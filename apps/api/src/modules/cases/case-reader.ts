import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A published case as "cases of firms like you" ranks it for one firm. */
export interface CaseLikeFirm {
  id: string;
  title: string;
  industry: string;
  region: string;
  scenarios: string[];
  offeringIds: string[];
  providerId: string;
  /** The case's industry is the firm's. */
  sameIndustry: boolean;
  /** How many of the firm's scenarios the case lists. */
  sharedScenarios: number;
  publishedAt: string;
}

/** Which firm to find cases for, and optionally one scenario every returned case must list. */
export interface FirmLike {
  industry: string;
  /** The firm's weak scenarios and needs (any order; repeats count once). */
  scenarios: readonly string[];
  /** Only cases listing this scenario (`GET /api/cases/for-me?scenario=`). */
  requireScenario?: string;
}

interface LikeRow {
  id: string;
  title: string;
  industry: string;
  region: string;
  scenarios: string[];
  offering_ids: string[];
  provider_id: string;
  same_industry: boolean;
  shared: number;
  published_at: Date;
}

/**
 * The cases module's read port for other modules (matching adds a `case` reason with it). Reads
 * published cases only; nothing here reveals drafts, pending or rejected cases.
 */
@Injectable()
export class CaseReader {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * How many published cases link each of `offeringIds`: every id given is a key (0 when none).
   */
  async countPublishedByOffering(offeringIds: readonly string[]): Promise<Map<string, number>> {
    const ids = [...new Set(offeringIds)];
    const result = new Map<string, number>(ids.map((id) => [id, 0]));
    if (ids.length === 0) return result;
    const rows = await this.dataSource.query<{ id: string; n: string }[]>(
      `SELECT o.id AS id, count(DISTINCT c.id) AS n
         FROM cases c CROSS JOIN LATERAL unnest(c.offering_ids) AS o(id)
        WHERE c.status = 'published' AND o.id = ANY($1::uuid[])
        GROUP BY o.id`,
      [ids],
    );
    for (const r of rows) result.set(r.id, Number(r.n));
    return result;
  }

  /**
   * Published cases of firms like `firm`: those of the firm's industry first, then by how many
   * of `firm.scenarios` they list, then newest first (ties by id). At most `limit` (1–100).
   */
  async casesLikeFirm(firm: FirmLike, limit: number): Promise<CaseLikeFirm[]> {
    const take = Math.max(1, Math.min(100, Math.floor(limit)));
    const params: unknown[] = [firm.industry, [...new Set(firm.scenarios)], take];
    let where = "c.status = 'published'";
    if (firm.requireScenario !== undefined) {
      params.push(firm.requireScenario);
      where += ` AND $${params.length} = ANY(c.scenarios)`;
    }
    const rows = await this.dataSource.query<LikeRow[]>(
      `SELECT c.id, c.title, c.industry, c.region, c.scenarios, c.offering_ids, c.provider_id,
              c.published_at, (c.industry = $1) AS same_industry,
              cardinality(ARRAY(SELECT unnest(c.scenarios) INTERSECT SELECT unnest($2::text[])))
                AS shared
         FROM cases c
        WHERE ${where}
        ORDER BY same_industry DESC, shared DESC, c.published_at DESC, c.id DESC
        LIMIT $3`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      industry: r.industry,
      region: r.region,
      scenarios: r.scenarios,
      offeringIds: r.offering_ids,
      providerId: r.provider_id,
      sameIndustry: r.same_industry,
      sharedScenarios: Number(r.shared),
      publishedAt: r.published_at.toISOString(),
    }));
  }
}
