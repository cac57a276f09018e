import { archetypeById } from './archetypes.js';
import { FLAVOUR_CODES, GENERIC_FIRMS, GENERIC_SAMPLES, flavourFor } from './industries.js';
import { buildPlans } from './plans.js';
import { createRng, rngFor, CATALOGUE_SEED, type Rng } from './prng.js';
import { describe, summarise, type TextContext } from './text.js';
import type {
  Archetype,
  Bi,
  IndustryFlavour,
  ProviderRow,
  SeedOffering,
  SeedPlan,
  SeedStatus,
} from './types.js';

export const TITLE_MAX = 80;
export const SUMMARY_MAX = 200;
export const DESCRIPTION_MIN = 300;
export const DESCRIPTION_MAX = 1500;

/** How many offerings leave the published state, and why (review decisions are data too). */
export const STATUS_QUOTAS: readonly (readonly [SeedStatus, number])[] = [
  ['pending', 20],
  ['rejected', 10],
  ['draft', 5],
  ['suspended', 3],
];

type Draft = Omit<
  SeedOffering,
  'status' | 'statusReason' | 'rating' | 'reviewCount' | 'createdDaysAgo'
>;

/** Review comments an admin might write, each with the offerings it fits. */
export const REJECT_REASONS: readonly (readonly [(o: Draft) => string | null])[] = [
  [
    (o) =>
      o.plans.some((p) => p.billingPeriod === 'year')
        ? '价格说明不完整：请补充年付方案的服务范围和包含的用户数。'
        : null,
  ],
  [
    (o) =>
      o.plans.some((p) => p.trialDays > 0)
        ? '试用条款不清楚：请说明试用期结束后是否自动扣费。'
        : null,
  ],
  [(o) => (o.kind === 'hardware' ? '硬件产品缺少质保期限和售后服务网点说明，请补充。' : null)],
  [
    (o) =>
      o.kind === 'service'
        ? '服务交付物不明确：请列出诊断报告、培训课时等具体交付内容和验收标准。'
        : null,
  ],
  [
    (o) =>
      o.kind !== 'saas' && o.regions.length === 0
        ? '服务地区填写为全国，但现场服务仅覆盖部分省份，请调整服务地区。'
        : null,
  ],
  [(o) => (o.kind === 'saas' ? '请补充数据存储位置、备份策略和数据安全措施说明。' : null)],
  [
    (o) =>
      o.deliveryDays > 7
        ? `交付周期与描述不一致：描述称“开通即用”，交付天数却填写为 ${o.deliveryDays} 天。`
        : null,
  ],
  [
    (o) =>
      o.industries.length === 0
        ? '适用行业选择过宽：描述只涉及离散制造场景，请调整适用行业或补充流程行业的说明。'
        : null,
  ],
  [
    (o) =>
      o.plans.length >= 2
        ? '套餐配置有误：高版本套餐的功能列表少于低版本，请核对各套餐包含的功能。'
        : null,
  ],
  [() => '产品描述中的效果数据缺少依据，请提供客户案例或删除相关表述。'],
  [() => '标题中含有“全国第一”“最好用”等绝对化用语，请修改。'],
];

export const SUSPEND_REASONS: readonly string[] = [
  '近 30 天收到多起客户投诉：售后响应严重超时且未按约定上门，整改完成前暂停展示。',
  '服务商资质文件已过期，请上传有效的营业执照和相关资质后重新提交。',
  '产品官网与客服电话长期无法联系，暂停展示待核实。',
];

interface Edition {
  flavour: IndustryFlavour | null;
  nameVariant: number;
  /** Distinguishes repeated generic editions of one archetype. */
  round: number;
}

/** The k-th edition of an archetype in a provider's catalogue, or null when there is none. */
function editionFor(
  row: ProviderRow,
  providerIndex: number,
  arch: Archetype,
  k: number,
): Edition | null {
  const nameVariant = (providerIndex + k) % arch.names.length;
  if (arch.fit === 'generic') {
    return k < arch.names.length ? { flavour: null, nameVariant, round: k } : null;
  }
  const fit = arch.fit.length > 0 ? arch.fit : FLAVOUR_CODES.filter((code) => code.startsWith('C'));
  const focus = row.focus.filter((code) => arch.fit.length === 0 || arch.fit.includes(code));
  const rest = rngFor(`${row.key}/${arch.id}/editions`).sample(
    fit.filter((code) => !focus.includes(code)),
    fit.length,
  );
  const order: (string | null)[] = focus.length > 0 ? [...focus, null, ...rest] : [null, ...rest];
  if (k >= order.length) return null;
  const code = order[k];
  return { flavour: code === null ? null : flavourFor(code), nameVariant, round: k };
}

function fillResult(
  template: { zh: string; en: string; range: readonly [number, number] },
  rng: Rng,
): Bi {
  const n = String(rng.int(template.range[0], template.range[1]));
  return [template.zh.replaceAll('{n}', n), template.en.replaceAll('{n}', n)];
}

function regionsFor(row: ProviderRow, arch: Archetype, rng: Rng): string[] {
  if (row.serves.length === 0) return [];
  const regionalShare = arch.kind === 'saas' ? 0.3 : 0.8;
  if (!rng.chance(regionalShare)) return [];
  return rng.sample(row.serves, rng.int(1, Math.min(2, row.serves.length))).sort();
}

function tagsFor(
  arch: Archetype,
  o: { deployment: SeedOffering['deployment']; deliveryDays: number; plans: SeedPlan[] },
  edition: Edition,
  rng: Rng,
): string[] {
  const tags: string[] = [...arch.tags];
  const add = (tag: string, when: boolean): void => {
    if (when && !tags.includes(tag)) tags.push(tag);
  };
  const easy = arch.stages[0] <= 2;
  add('小快轻准', easy && rng.chance(0.6));
  add('免部署', arch.kind === 'saas' && o.deployment === 'public_cloud' && rng.chance(0.6));
  add('7天上线', o.deliveryDays > 1 && o.deliveryDays <= 7);
  add('当天开通', o.deliveryDays <= 1 && arch.kind === 'saas');
  add(
    '免费版',
    o.plans.some((p) => p.priceCents === 0),
  );
  add(
    '免费试用',
    o.plans.some((p) => p.trialDays > 0),
  );
  add(
    '按年订阅',
    o.plans.some((p) => p.billingPeriod === 'year'),
  );
  add(
    '按月订阅',
    o.plans.some((p) => p.billingPeriod === 'month' && p.priceCents > 0) && rng.chance(0.4),
  );
  add('支持上云券', arch.kind === 'saas' && o.deployment !== 'private' && rng.chance(0.3));
  add('私有化可选', o.deployment !== 'public_cloud' && arch.deployments.includes('private'));
  add('行业专版', edition.flavour !== null);
  add('国产化适配', rng.chance(0.12));
  add('专家驻场', arch.kind === 'service' && rng.chance(0.5));
  add('开箱即用', arch.price === 'tool' && rng.chance(0.5));
  return tags.slice(0, 7);
}

export type DraftOffering = Omit<
  SeedOffering,
  'status' | 'statusReason' | 'rating' | 'reviewCount' | 'createdDaysAgo'
>;

function buildOffering(row: ProviderRow, arch: Archetype, edition: Edition): DraftOffering {
  const suffix =
    edition.flavour !== null
      ? `.${edition.flavour.codes[0].toLowerCase()}`
      : edition.round > 0
        ? `.v${edition.round + 1}`
        : '';
  const key = `${row.key}.${arch.id}${suffix}`;
  const rng = rngFor(key);
  const name = arch.names[edition.nameVariant];
  const flavour = edition.flavour;
  const product: Bi =
    flavour === null
      ? name
      : [`${name[0]}（${flavour.edition[0]}）`, `${name[1]} (${flavour.edition[1]})`];
  const deployment = rng.pick(arch.deployments);
  const deliveryDays = rng.int(arch.delivery[0], arch.delivery[1]);
  const plans = buildPlans(arch.price, rng, arch.priceStart);
  const regions = regionsFor(row, arch, rng);
  const industries =
    flavour === null ? [] : rng.chance(0.5) ? [flavour.codes[0]] : [...flavour.codes];

  const context = (featureCount: number, resultCount: number): TextContext => ({
    brand: row.brand,
    product,
    lead: arch.lead,
    pitch: row.pitch,
    firms: flavour?.firms ?? rng.pick(GENERIC_FIRMS),
    flavour,
    features: rng.sample(arch.features, featureCount),
    pains: arch.pains,
    results: rng.sample(arch.results, resultCount).map((r) => fillResult(r, rng)),
    sample: flavour?.sample ?? rng.pick(GENERIC_SAMPLES),
    stages: arch.stages,
    kind: arch.kind,
    deployment,
    deliveryDays,
    plans,
    regional: regions.length > 0,
  });

  // Longer texts first; fall back to fewer features and results until both languages fit.
  let ctx = context(rng.int(3, 4), rng.int(2, 3));
  let [description, descriptionEn] = describe(ctx, rng);
  for (const [f, r] of [
    [3, 3],
    [3, 2],
    [2, 2],
  ] as const) {
    if (descriptionEn.length <= DESCRIPTION_MAX && description.length <= DESCRIPTION_MAX) break;
    ctx = context(f, r);
    [description, descriptionEn] = describe(ctx, rng);
  }
  const [summary, summaryEn] = summarise(ctx, rng, SUMMARY_MAX);

  return {
    key,
    providerKey: row.key,
    title: `${row.brand[0]} ${product[0]}`,
    titleEn: `${row.brand[1]} ${product[1]}`,
    summary,
    summaryEn,
    description,
    descriptionEn,
    kind: arch.kind,
    scenarios: [...arch.scenarios],
    industries,
    stages: [...arch.stages],
    regions,
    deployment,
    deliveryDays,
    plans,
    tags: tagsFor(arch, { deployment, deliveryDays, plans }, edition, rng),
  };
}

/** A provider's offerings: editions of its portfolio, round-robin, until its count is reached. */
export function providerOfferings(row: ProviderRow, providerIndex: number): DraftOffering[] {
  const out: DraftOffering[] = [];
  for (let k = 0; out.length < row.count && k < 12; k += 1) {
    for (const id of row.portfolio) {
      if (out.length >= row.count) break;
      const arch = archetypeById(id);
      const edition = editionFor(row, providerIndex, arch, k);
      if (edition !== null) out.push(buildOffering(row, arch, edition));
    }
  }
  if (out.length < row.count) {
    throw new RangeError(
      `Provider ${row.key}: only ${out.length} of ${row.count} offerings possible`,
    );
  }
  return out;
}

/**
 * Review states: most offerings are published; the quotas above are spread over providers that
 * keep at least three published offerings. Ratings and ages follow the state.
 */
export function assignStatuses(drafts: readonly DraftOffering[]): SeedOffering[] {
  const rng = createRng(CATALOGUE_SEED);
  const published = new Map<string, number>();
  for (const d of drafts) published.set(d.providerKey, (published.get(d.providerKey) ?? 0) + 1);
  const statusOf = new Map<string, SeedStatus>();
  const queue = STATUS_QUOTAS.flatMap(([status, n]) => Array.from({ length: n }, () => status));
  for (const d of rng.sample(drafts, drafts.length)) {
    if (queue.length === 0) break;
    const left = published.get(d.providerKey) ?? 0;
    if (left <= 3) continue;
    published.set(d.providerKey, left - 1);
    statusOf.set(d.key, queue.shift() as SeedStatus);
  }
  const usedReasons = new Set<number>();
  let suspended = 0;
  const rejectReason = (d: Draft): string => {
    const i = REJECT_REASONS.findIndex(([reason], j) => !usedReasons.has(j) && reason(d) !== null);
    const index = i >= 0 ? i : REJECT_REASONS.length - 1;
    usedReasons.add(index);
    return REJECT_REASONS[index][0](d) ?? '';
  };
  return drafts.map((d) => {
    const status = statusOf.get(d.key) ?? 'published';
    const r = rngFor(`${d.key}/status`);
    let statusReason: string | null = null;
    if (status === 'rejected') statusReason = rejectReason(d);
    if (status === 'suspended')
      statusReason = SUSPEND_REASONS[suspended++ % SUSPEND_REASONS.length];
    const rating =
      status === 'published' && r.chance(0.6)
        ? Math.round((3.5 + 1.5 * Math.sqrt(r.next())) * 10) / 10
        : null;
    const createdDaysAgo =
      status === 'published'
        ? r.int(20, 400)
        : status === 'pending'
          ? r.int(1, 14)
          : status === 'draft'
            ? r.int(1, 30)
            : status === 'rejected'
              ? r.int(5, 60)
              : r.int(90, 360);
    // The target rating; generateCatalogue replaces it with the mean of the seeded reviews.
    return { ...d, status, statusReason, rating, reviewCount: 0, createdDaysAgo };
  });
}
