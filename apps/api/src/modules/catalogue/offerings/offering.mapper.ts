import type {
  CreateOfferingRequest,
  OfferingContent,
  OfferingView,
  UpdateOfferingRequest,
} from '@toolbox/contracts';
import { minMonthlyPriceCents } from '@toolbox/domain';
import type { ProviderEntity } from '../providers/entities/provider.entity.js';
import type { OfferingEntity } from './entities/offering.entity.js';

export const CONTENT_FIELDS = [
  'title',
  'titleEn',
  'summary',
  'summaryEn',
  'description',
  'descriptionEn',
  'kind',
  'scenarios',
  'industries',
  'stages',
  'regions',
  'deployment',
  'deliveryDays',
  'plans',
  'tags',
] as const satisfies readonly (keyof OfferingContent)[];

const emptyToNull = (v: string | undefined | null): string | null =>
  v === undefined || v === null || v.trim() === '' ? null : v;

const sortedUnique = <T extends string | number>(values: readonly T[]): T[] =>
  [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Applies a validated request onto content, field by field (never the DTO itself: no mass
 * assignment), normalising optional translations and code lists.
 */
export function applyToContent(
  base: OfferingContent | null,
  input: CreateOfferingRequest | UpdateOfferingRequest,
): OfferingContent {
  const pick = <K extends keyof OfferingContent>(
    key: K,
    value: OfferingContent[K] | undefined,
  ): OfferingContent[K] => {
    if (value !== undefined) return value;
    if (base === null) throw new Error(`missing ${key}`);
    return base[key];
  };
  return {
    title: pick('title', input.title),
    titleEn: input.titleEn !== undefined ? emptyToNull(input.titleEn) : (base?.titleEn ?? null),
    summary: pick('summary', input.summary),
    summaryEn:
      input.summaryEn !== undefined ? emptyToNull(input.summaryEn) : (base?.summaryEn ?? null),
    description: pick('description', input.description),
    descriptionEn:
      input.descriptionEn !== undefined
        ? emptyToNull(input.descriptionEn)
        : (base?.descriptionEn ?? null),
    kind: pick('kind', input.kind),
    scenarios: pick('scenarios', input.scenarios && sortedUnique(input.scenarios)),
    industries: pick('industries', input.industries && sortedUnique(input.industries)),
    stages: pick('stages', input.stages && sortedUnique(input.stages)),
    regions: pick('regions', input.regions && sortedUnique(input.regions)),
    deployment: pick('deployment', input.deployment),
    deliveryDays: pick('deliveryDays', input.deliveryDays),
    plans: pick(
      'plans',
      input.plans?.map((p) => ({
        name: p.name,
        billingPeriod: p.billingPeriod,
        priceCents: p.priceCents,
        trialDays: p.trialDays,
      })),
    ),
    tags: input.tags !== undefined ? [...new Set(input.tags)] : (base?.tags ?? []),
  };
}

export function contentOf(o: OfferingEntity): OfferingContent {
  return {
    title: o.title,
    titleEn: o.titleEn,
    summary: o.summary,
    summaryEn: o.summaryEn,
    description: o.description,
    descriptionEn: o.descriptionEn,
    kind: o.kind,
    scenarios: o.scenarios,
    industries: o.industries,
    stages: o.stages,
    regions: o.regions,
    deployment: o.deployment,
    deliveryDays: o.deliveryDays,
    plans: o.plans,
    tags: o.tags,
  };
}

/** Column values of the content, including the derived cheapest monthly price. */
export function contentColumns(c: OfferingContent): Partial<OfferingEntity> {
  return { ...c, minMonthlyPriceCents: minMonthlyPriceCents(c.plans) ?? 0 };
}

export function toOfferingView(
  o: OfferingEntity,
  provider: Pick<ProviderEntity, 'id' | 'name' | 'kind'>,
  /** withRevision: the viewer is the owner or an admin (pending revision and status reason). */
  opts: { withRevision: boolean },
): OfferingView {
  return {
    id: o.id,
    status: o.status,
    // The reason of a rejection or suspension is between the provider and the admins: a
    // published offering whose revision was rejected must not show it to the public.
    statusReason: opts.withRevision ? o.statusReason : null,
    provider: { id: provider.id, name: provider.name, kind: provider.kind },
    ...contentOf(o),
    minMonthlyPriceCents: o.minMonthlyPriceCents,
    rating: o.rating,
    reviewCount: o.reviewCount,
    pendingRevision: o.pendingRevision !== null,
    version: o.version,
    ...(opts.withRevision
      ? {
          revision:
            o.pendingRevision === null
              ? null
              : { ...o.pendingRevision.content, submittedAt: o.pendingRevision.submittedAt },
        }
      : {}),
    publishedAt: o.publishedAt?.toISOString() ?? null,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}
