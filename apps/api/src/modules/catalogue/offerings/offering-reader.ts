import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { PlanView } from '@toolbox/contracts';
import { regionsThatServe } from '@toolbox/domain';
import { DOCUMENT_COLUMNS, type OfferingSource, type ProviderSource } from '@toolbox/search';
import { OfferingEntity } from './entities/offering.entity.js';

/** A published offering with its provider, as the search index needs it. */
export interface IndexableOffering {
  offering: Pick<OfferingSource, (typeof DOCUMENT_COLUMNS)[number]>;
  provider: ProviderSource;
}

/** What a plan item shows of its offering (its live content). */
export interface OfferingSummary {
  id: string;
  title: string;
  titleEn: string | null;
  providerName: string;
  plans: PlanView[];
  minMonthlyPriceCents: number;
}

/** Who owns an offering and whether the public sees it (reviews, replies). */
export interface OfferingOwnership {
  id: string;
  published: boolean;
  providerUserId: string;
}

/** Who is on the other side of an offering: its live title and its provider (engagement). */
export interface OfferingParty {
  id: string;
  title: string;
  status: OfferingEntity['status'];
  providerId: string;
  providerName: string;
  providerUserId: string;
}

/**
 * The catalogue's read port: what other modules (search, plans) may know of offerings, without
 * touching the catalogue's tables. Methods that take an EntityManager read inside the caller's
 * transaction (the search relay reads while it holds its lock).
 */
@Injectable()
export class OfferingReader {
  constructor(private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(OfferingEntity);
  }

  /** The published offerings among `ids`, with their providers; the others are not public. */
  async indexable(ids: readonly string[], em?: EntityManager): Promise<IndexableOffering[]> {
    if (ids.length === 0) return [];
    const rows = await this.repo(em).find({
      where: { id: In([...ids]), status: 'published' },
      relations: { provider: true },
    });
    return rows.flatMap((o) =>
      o.provider === undefined
        ? []
        : [{ offering: o, provider: { id: o.provider.id, name: o.provider.name } }],
    );
  }

  /** Published offerings after `afterId` in id order, reading only the document's columns. */
  async indexablePage(afterId: string, limit: number): Promise<IndexableOffering[]> {
    const rows = await this.repo()
      .createQueryBuilder('o')
      .select(DOCUMENT_COLUMNS.map((c) => `o.${c}`))
      .innerJoin('o.provider', 'p')
      .addSelect(['p.id', 'p.name'])
      .where("o.status = 'published' AND o.id > :afterId", { afterId })
      .orderBy('o.id', 'ASC')
      .take(limit)
      .getMany();
    return rows.map((o) => ({
      offering: o,
      provider: { id: o.provider!.id, name: o.provider!.name },
    }));
  }

  countPublished(): Promise<number> {
    return this.repo().count({ where: { status: 'published' } });
  }

  /** Every published offering's id and version (what reconcile compares with the index). */
  async publishedVersions(): Promise<{ id: string; version: number }[]> {
    const rows = await this.repo()
      .createQueryBuilder('o')
      .select(['o.id', 'o.version'])
      .where("o.status = 'published'")
      .getMany();
    return rows.map((r) => ({ id: r.id, version: r.version }));
  }

  /** Ids of a provider's published offerings (their documents carry the provider's name). */
  async publishedIdsOfProvider(providerId: string, em?: EntityManager): Promise<string[]> {
    const rows = await this.repo(em).find({
      select: { id: true },
      where: { providerId, status: 'published' },
    });
    return rows.map((r) => r.id);
  }

  /** A published offering's summary, or null when there is none. */
  async publishedSummary(id: string): Promise<OfferingSummary | null> {
    const o = await this.repo().findOne({
      where: { id, status: 'published' },
      relations: { provider: true },
    });
    return o === null ? null : toSummary(o);
  }

  /**
   * The plans of an offering in any status (a plan item keeps its offering after changes), as
   * plan items show them (the last published plans of an offering that is not published).
   */
  async plansOf(id: string, em?: EntityManager): Promise<PlanView[] | null> {
    const o = await this.repo(em).findOne({
      select: {
        id: true,
        status: true,
        publishedSummary: true,
        title: true,
        titleEn: true,
        plans: true,
        minMonthlyPriceCents: true,
      },
      where: { id },
    });
    return o === null ? null : shownContent(o).plans;
  }

  /** An offering's owner (the provider's user) and whether it is published; null when none. */
  async ownership(id: string): Promise<OfferingOwnership | null> {
    const o = await this.repo().findOne({
      select: { id: true, status: true, provider: { id: true, userId: true } },
      where: { id },
      relations: { provider: true },
    });
    if (o?.provider === undefined || o === null) return null;
    return { id: o.id, published: o.status === 'published', providerUserId: o.provider.userId };
  }

  /**
   * Per scenario among `scenarios`: how many published offerings list it and serve `region`
   * (nationwide, the region itself or its province; api-v1.md "Serves") and, when `industry` is
   * given, fit it (list it or fit every industry). No region: every published offering counts.
   */
  async countServing(
    scenarios: readonly string[],
    region: string | undefined,
    industry: string | undefined,
  ): Promise<Record<string, number>> {
    if (scenarios.length === 0) return {};
    const params: unknown[] = [[...scenarios]];
    let where = "o.status = 'published' AND s.code = ANY($1)";
    if (region !== undefined) {
      params.push(regionsThatServe(region));
      where += ` AND (o.regions = '{}' OR o.regions && $${params.length}::text[])`;
    }
    if (industry !== undefined) {
      params.push(industry);
      where += ` AND (o.industries = '{}' OR $${params.length} = ANY(o.industries))`;
    }
    const rows = await this.dataSource.query<{ code: string; n: string }[]>(
      `SELECT s.code AS code, count(DISTINCT o.id) AS n
         FROM offerings o CROSS JOIN LATERAL unnest(o.scenarios) AS s(code)
        WHERE ${where}
        GROUP BY s.code`,
      params,
    );
    return Object.fromEntries(rows.map((r) => [r.code, Number(r.n)]));
  }

  /** Summaries of the given offerings in any status, by id. */
  async summaries(ids: readonly string[]): Promise<Map<string, OfferingSummary>> {
    if (ids.length === 0) return new Map();
    const rows = await this.repo().find({
      where: { id: In([...new Set(ids)]) },
      relations: { provider: true },
    });
    return new Map(rows.map((o) => [o.id, toSummary(o)]));
  }

  /** An offering in any status with its provider (who owns it, what it is called), or null. */
  async party(id: string, em?: EntityManager): Promise<OfferingParty | null> {
    const o = await this.repo(em).findOne({ where: { id }, relations: { provider: true } });
    return o === null ? null : toParty(o);
  }

  /** `party` for many offerings at once, by id. */
  async parties(ids: readonly string[]): Promise<Map<string, OfferingParty>> {
    if (ids.length === 0) return new Map();
    const rows = await this.repo().find({
      where: { id: In([...new Set(ids)]) },
      relations: { provider: true },
    });
    return new Map(
      rows.flatMap((o) => {
        const p = toParty(o);
        return p === null ? [] : [[o.id, p] as const];
      }),
    );
  }

  /** The offerings of the provider that `userId` runs, any status (id, title, status). */
  async ofProviderUser(
    userId: string,
  ): Promise<{ id: string; title: string; status: OfferingEntity['status'] }[]> {
    const rows = await this.repo()
      .createQueryBuilder('o')
      .select(['o.id', 'o.title', 'o.status'])
      .innerJoin('o.provider', 'p')
      .where('p.user_id = :userId', { userId })
      .orderBy('o.created_at', 'ASC')
      .getMany();
    return rows.map((o) => ({ id: o.id, title: o.title, status: o.status }));
  }
}

function toParty(o: OfferingEntity): OfferingParty | null {
  if (o.provider === undefined) return null;
  return {
    id: o.id,
    title: o.title,
    status: o.status,
    providerId: o.provider.id,
    providerName: o.provider.name,
    providerUserId: o.provider.userId,
  };
}

/**
 * What a plan item shows: a published offering as it is; any other as it was last published
 * (a suspended or rejected offering is edited in place, unreviewed), or as it is when it never
 * had a recorded published version.
 */
function shownContent(
  o: Pick<
    OfferingEntity,
    'status' | 'publishedSummary' | 'title' | 'titleEn' | 'plans' | 'minMonthlyPriceCents'
  >,
): Omit<OfferingSummary, 'id' | 'providerName'> {
  const s = o.status !== 'published' ? o.publishedSummary : null;
  return s !== null
    ? {
        title: s.title,
        titleEn: s.titleEn,
        plans: s.plans,
        minMonthlyPriceCents: s.minMonthlyPriceCents,
      }
    : {
        title: o.title,
        titleEn: o.titleEn,
        plans: o.plans,
        minMonthlyPriceCents: o.minMonthlyPriceCents,
      };
}

function toSummary(o: OfferingEntity): OfferingSummary {
  return { id: o.id, providerName: o.provider?.name ?? '', ...shownContent(o) };
}
