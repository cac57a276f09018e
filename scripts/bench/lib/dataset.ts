/**
 * The benchmark catalogue: N published offerings, deterministic, with realistic bilingual text.
 *
 * It reuses the demo seed generator (libs/demo-catalogue): every synthetic
 * provider is a variant of one of the 42 seed providers (same portfolio of product archetypes,
 * same kind and pitch) with its own brand, industry focus and service regions, and
 * `providerOfferings()` writes its offerings exactly as the seed does (titles with the brand and
 * industry edition, summaries, descriptions with features, pains and results, plans, tags). All
 * randomness comes from seeded PRNGs and ids are hashes of stable keys, so two runs produce
 * identical documents.
 */
import { createHash } from 'node:crypto';

import {
  type BillingPeriod,
  type Deployment,
  minMonthlyPriceCents,
  type OfferingKind,
  REGION_CODES,
  regionByCode,
  type ScenarioCode,
} from '@toolbox/domain';

import { FLAVOUR_CODES } from '@toolbox/demo-catalogue';
import { providerOfferings } from '@toolbox/demo-catalogue';
import { createRng, hashString, type Rng } from '@toolbox/demo-catalogue';
import { PROVIDER_ROWS } from '@toolbox/demo-catalogue';
import type { Bi, ProviderRow } from '@toolbox/demo-catalogue';
import type { OfferingSource } from '@toolbox/search';

export const BENCH_SEED = 0x5eed_2026;
/** Dates are relative to a fixed day, so the documents do not depend on when the run happens. */
export const REFERENCE_DATE = new Date('2026-11-01T00:00:00Z');
const DAY = 24 * 3600 * 1000;

/** Brand syllables: two of them make a brand ("智联", "Zhilian"). */
const SYLLABLES: readonly Bi[] = [
  ['智', 'Zhi'],
  ['云', 'Yun'],
  ['数', 'Shu'],
  ['联', 'Lian'],
  ['创', 'Chuang'],
  ['达', 'Da'],
  ['恒', 'Heng'],
  ['信', 'Xin'],
  ['博', 'Bo'],
  ['启', 'Qi'],
  ['迅', 'Xun'],
  ['睿', 'Rui'],
  ['科', 'Ke'],
  ['华', 'Hua'],
  ['易', 'Yi'],
  ['众', 'Zhong'],
  ['通', 'Tong'],
  ['精', 'Jing'],
  ['诚', 'Cheng'],
  ['卓', 'Zhuo'],
  ['远', 'Yuan'],
  ['优', 'You'],
  ['汇', 'Hui'],
  ['新', 'Xin'],
  ['安', 'An'],
  ['泰', 'Tai'],
  ['鼎', 'Ding'],
  ['盛', 'Sheng'],
  ['捷', 'Jie'],
  ['同', 'Tong'],
  ['明', 'Ming'],
  ['海', 'Hai'],
  ['立', 'Li'],
  ['和', 'He'],
  ['金', 'Jin'],
  ['星', 'Xing'],
  ['宇', 'Yu'],
  ['嘉', 'Jia'],
  ['瀚', 'Han'],
  ['峰', 'Feng'],
];

/** One provider of the benchmark catalogue (a row of `users` and one of `providers`). */
export interface BenchProvider {
  id: string;
  userId: string;
  email: string;
  name: string;
  kind: string;
  description: string;
  website: string | null;
}

/** One offering, with the columns the seeder writes (all published). */
export interface BenchOffering {
  id: string;
  providerId: string;
  providerName: string;
  title: string;
  titleEn: string;
  summary: string;
  summaryEn: string;
  description: string;
  descriptionEn: string;
  kind: OfferingKind;
  scenarios: ScenarioCode[];
  industries: string[];
  stages: number[];
  regions: string[];
  deployment: Deployment;
  deliveryDays: number;
  plans: { name: string; billingPeriod: BillingPeriod; priceCents: number; trialDays: number }[];
  tags: string[];
  minMonthlyPriceCents: number;
  rating: number | null;
  reviewCount: number;
  publishedAt: Date;
  createdAt: Date;
}

/** The offering the API would load for a generated row, published (what toOfferingDocument reads). */
export function offeringSource(o: BenchOffering): OfferingSource {
  return {
    id: o.id,
    version: 1,
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
    minMonthlyPriceCents: o.minMonthlyPriceCents,
    rating: o.rating,
    reviewCount: o.reviewCount,
    publishedAt: o.publishedAt,
    updatedAt: o.createdAt,
  };
}

/**
 * A deterministic UUID (version-4 layout) from a stable key: SHA-256, not the 32-bit PRNG, whose
 * state is too small for 100 000 ids without collisions.
 */
export function uuidFor(key: string): string {
  const h = createHash('sha256').update(`bench/${key}`).digest();
  h[6] = (h[6] & 0x0f) | 0x40;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function rngFor(key: string): Rng {
  return createRng((hashString(key) ^ BENCH_SEED) >>> 0);
}

/** The v-th synthetic provider: a re-branded variant of seed provider v mod 42. */
function variantRow(v: number): ProviderRow {
  const base = PROVIDER_ROWS[v % PROVIDER_ROWS.length];
  const rng = rngFor(`provider/${v}`);
  const [a, b] = rng.sample(SYLLABLES, 2);
  const brand: Bi = [`${a[0]}${b[0]}`, `${a[1]}${b[1].toLowerCase()}`];
  const rebrand = (text: string, lang: 0 | 1): string =>
    text.replaceAll(base.brand[lang], brand[lang]);
  const name = base.name.startsWith(base.brand[0])
    ? `${brand[0]}${base.name.slice(base.brand[0].length)}`
    : `${brand[0]}${base.name}`;
  const focus =
    base.focus.length === 0
      ? []
      : rng.sample(FLAVOUR_CODES, rng.int(1, Math.min(3, base.focus.length + 1)));
  const serves =
    base.serves.length === 0 && rng.chance(0.5)
      ? []
      : rng.sample(REGION_CODES, rng.int(1, 3)).sort();
  const seat = regionByCode(serves[0] ?? rng.pick(REGION_CODES));
  const city = [
    (seat?.nameZh ?? '').replace(/(市|省|自治区|壮族|回族|维吾尔)+$/u, ''),
    (seat?.nameEn ?? '').replace(/ \(.*\)$/, ''),
  ];
  return {
    ...base,
    key: `${base.key}-v${v}`,
    name: `${name}（${city[0]}）`.slice(0, 100),
    nameEn: `${rebrand(base.nameEn, 1)} (${city[1]})`,
    brand,
    description: rebrand(base.description, 0),
    descriptionEn: rebrand(base.descriptionEn, 1),
    focus,
    serves,
  };
}

export interface BenchChunk {
  providers: BenchProvider[];
  offerings: BenchOffering[];
}

/**
 * Generates the catalogue chunk by chunk (about `chunkSize` offerings each, whole providers), so
 * callers can insert as they go. Deterministic: the same `total` always yields the same rows.
 */
export function* generateBenchCatalogue(total: number, chunkSize = 2000): Generator<BenchChunk> {
  let produced = 0;
  let chunk: BenchChunk = { providers: [], offerings: [] };
  for (let v = 0; produced < total; v += 1) {
    const row = variantRow(v);
    const provider: BenchProvider = {
      id: uuidFor(`provider/${v}`),
      userId: uuidFor(`user/${v}`),
      email: `provider-${v}@bench.toolbox.local`,
      name: row.name,
      kind: row.kind,
      description: row.description.slice(0, 2000),
      website: row.website ? `https://${row.key}.example.com` : null,
    };
    chunk.providers.push(provider);
    for (const d of providerOfferings(row, v)) {
      if (produced >= total) break;
      const r = rngFor(`${d.key}/published`);
      const rating = r.chance(0.6) ? Math.round((3.5 + 1.5 * Math.sqrt(r.next())) * 10) / 10 : null;
      const createdAt = new Date(REFERENCE_DATE.getTime() - r.int(20, 400) * DAY);
      const plans = d.plans.map((p) => ({
        name: p.name,
        billingPeriod: p.billingPeriod,
        priceCents: p.priceCents,
        trialDays: p.trialDays,
      }));
      chunk.offerings.push({
        id: uuidFor(`offering/${produced}`),
        providerId: provider.id,
        providerName: provider.name,
        // Longer synthetic brands can push a title past the column limits: cut like a form would.
        title: d.title.slice(0, 80),
        titleEn: d.titleEn.slice(0, 80),
        summary: d.summary.slice(0, 200),
        summaryEn: d.summaryEn.slice(0, 200),
        description: d.description,
        descriptionEn: d.descriptionEn,
        kind: d.kind,
        scenarios: d.scenarios,
        industries: d.industries,
        stages: d.stages,
        regions: d.regions,
        deployment: d.deployment,
        deliveryDays: d.deliveryDays,
        plans,
        tags: d.tags,
        minMonthlyPriceCents: minMonthlyPriceCents(plans) ?? 0,
        rating,
        reviewCount: rating === null ? 0 : 3 + (d.key.length % 17),
        publishedAt: new Date(createdAt.getTime() + 2 * DAY),
        createdAt,
      });
      produced += 1;
    }
    if (chunk.offerings.length >= chunkSize || produced >= total) {
      yield chunk;
      chunk = { providers: [], offerings: [] };
    }
  }
}
