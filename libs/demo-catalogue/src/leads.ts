/**
 * The demo marketplace's live leads: inquiries of the last 60 days that are still open, answered,
 * lost or withdrawn, with short Chinese threads (trials, quotes, deployment, ERP integration,
 * training), spread over many offerings; several on every published offering of the demo
 * provider and on offerings the demo SME asked about. Also the offering views of the last 30 days
 * and the demo accounts' notifications about those leads. Pure and deterministic.
 *
 * Each lead uses an SME/offering pair no other demo inquiry uses, so the API's invariant (one
 * unfinished inquiry per SME, offering and kind) holds and no lead collides with a trial.
 */
import {
  type InquiryKind,
  type InquiryStatus,
  offeringServesRegion,
  scenarioByCode,
} from '@toolbox/domain';
import { type Rng, rngFor } from './prng.js';
import type { SeedInquiry, SeedNotification, SeedOffering, SeedSme, SeedView } from './types.js';

type LeadStatus = Extract<InquiryStatus, 'open' | 'responded' | 'lost' | 'withdrawn'>;
export const LEAD_STATUSES: readonly LeadStatus[] = ['open', 'responded', 'lost', 'withdrawn'];

const HOUR = 1 / 24;
const ERPS = ['用友U8', '金蝶云星空', '鼎捷ERP', '管家婆'];

const ASKS: Record<InquiryKind, readonly string[]> = {
  question: [
    '您好，请问「{t}」能和我们在用的{erp}对接吗？订单和库存数据需要双向同步。',
    '想了解一下「{t}」的部署方式：支持私有化部署吗？我们车间网络不太稳定。',
    '请问「{t}」上线后有现场培训吗？我们一线员工年纪偏大，担心学不会。',
  ],
  trial: [
    '您好，我们想申请试用「{t}」，主要想解决{s}方面的问题，请问试用期多长？',
    '我们是{n}人左右的工厂，想先试用「{t}」一个月，看看{s}能不能改善。',
  ],
  quote: [
    '您好，我们大约{n}人规模，想要「{t}」的报价，含实施和一年运维大概多少钱？',
    '麻烦发一份「{t}」的报价，需要和{erp}对接，另外培训是否单独收费？',
  ],
};

const REPLIES: Record<InquiryKind, readonly string[]> = {
  question: [
    '您好，我们有{erp}的标准接口，一般一到两周完成联调。方便的话约个时间线上演示？',
    '您好，支持私有化部署，也可以先用云端版本；断网时本地缓存数据，恢复后自动同步。',
    '您好，上线时实施顾问驻场两天做培训，另有操作视频，老师傅也能很快上手。',
  ],
  trial: [
    '您好，试用期 14 天，实施顾问会远程协助部署并做一次线上培训，请留个联系电话。',
    '感谢关注！试用账号今天就能开通，建议先选一条产线试点，我们每周回访一次。',
  ],
  quote: [
    '您好，按贵司规模，标准版首年约 {p} 万元（含实施、培训和一年运维），正式报价单稍后发您邮箱。',
    '您好，软件 {p} 万元/年，{erp}对接按实施工作量一次性收费，培训免费，详细报价单已发邮箱。',
  ],
};

const FOLLOW_UPS = [
  '好的，我们内部讨论一下，下周给您答复。',
  '收到，能否先安排一次线上演示？我们生产主管也想看看。',
  '价格方面还有优惠空间吗？我们想分两期上线。',
];

const LOST_REASONS = [
  '客户预算不足，今年暂缓采购',
  '客户选择了其他服务商',
  '需求与产品定位不符，建议客户先做流程梳理',
  '多次联系客户未回复',
];

const WITHDRAWN_REASONS = [
  '公司内部调整，项目暂停',
  '已选择其他方案',
  '预算未获批准，明年再考虑',
  '先完成内部流程梳理再考虑上系统',
];

/** Typical first-response delays, in hours (minutes to a day and a half). */
const RESPONSE_HOURS = [0.3, 0.7, 1, 1.5, 2, 3, 4, 6, 9, 20, 30];

const fill = (text: string, vars: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

function servedBy(o: SeedOffering, smes: readonly SeedSme[]): SeedSme[] {
  const served = smes.filter((s) => offeringServesRegion(o.regions, s.region));
  const fit = served.filter((s) => o.industries.length === 0 || o.industries.includes(s.industry));
  return fit.length >= 3 ? fit : served.length > 0 ? served : [...smes];
}

/** One lead with its thread; `createdDaysAgo` is clamped below the offering's age. */
function lead(
  o: SeedOffering,
  sme: SeedSme,
  status: LeadStatus,
  createdDaysAgo: number,
  rng: Rng,
): SeedInquiry {
  const trialPlan = o.plans.find((p) => p.trialDays > 0);
  const kinds: InquiryKind[] =
    trialPlan !== undefined ? ['question', 'trial', 'quote'] : ['question', 'quote'];
  const kind = rng.pick(kinds);
  const plan = kind === 'trial' ? trialPlan : kind === 'quote' ? o.plans[0] : undefined;
  const scenario = o.scenarios[0];
  const vars = {
    t: o.title,
    s: scenario === undefined ? '生产管理' : (scenarioByCode(scenario)?.nameZh ?? '生产管理'),
    n: String(sme.employees),
    erp: rng.pick(ERPS),
    p: String(rng.int(2, 12)),
  };
  const created = Math.max(0.2, Math.min(createdDaysAgo, o.createdDaysAgo - 0.5));
  const messages: SeedInquiry['messages'] = [
    { author: 'sme', body: fill(rng.pick(ASKS[kind]), vars), daysAgo: created },
  ];
  const answered = status === 'responded' || status === 'lost' || rng.chance(0.5);
  const delay = Math.min(created * 0.5, rng.pick(RESPONSE_HOURS) * HOUR + rng.next() * 0.2 * HOUR);
  const replyAt = created - delay;
  if (status !== 'open' && answered) {
    messages.push({
      author: 'provider',
      body: fill(rng.pick(REPLIES[kind]), vars),
      daysAgo: replyAt,
    });
    if (status !== 'responded' || rng.chance(0.5)) {
      const at = replyAt - Math.min(replyAt * 0.5, rng.int(2, 30) * HOUR);
      messages.push({ author: 'sme', body: rng.pick(FOLLOW_UPS), daysAgo: at });
    }
  }
  const lastAt = messages[messages.length - 1]?.daysAgo ?? created;
  // Lost: some after a trial (trial request), the rest after the talks; withdrawn: by the SME.
  const trialDaysAgo =
    status === 'lost' && kind === 'trial' && rng.chance(0.6) ? lastAt - lastAt * 0.3 : null;
  const closedDaysAgo =
    status === 'lost' || status === 'withdrawn'
      ? (trialDaysAgo ?? lastAt) - (trialDaysAgo ?? lastAt) * (0.3 + rng.next() * 0.5)
      : null;
  return {
    key: `${sme.key}/${o.key}`,
    smeKey: sme.key,
    offeringKey: o.key,
    kind,
    status,
    planName: plan?.name ?? null,
    createdDaysAgo: created,
    trialDaysAgo,
    closedDaysAgo,
    reason:
      status === 'lost'
        ? rng.pick(LOST_REASONS)
        : status === 'withdrawn'
          ? rng.pick(WITHDRAWN_REASONS)
          : null,
    messages,
  };
}

/**
 * Leads in every unfinished-or-lost status: two to four on each published offering of the demo
 * provider (statuses in turn, within the last 30 days), one per status on offerings the demo SME
 * asked about, and one or two on about a third of the other published offerings (last 60 days).
 * `taken` holds the `sme/offering` keys other demo inquiries already use.
 */
export function buildLeads(
  offerings: readonly SeedOffering[],
  smes: readonly SeedSme[],
  taken: ReadonlySet<string>,
  demo: { providerKey: string; smeKey: string },
): SeedInquiry[] {
  const published = offerings.filter((o) => o.status === 'published' && o.createdDaysAgo >= 2);
  const used = new Set(taken);
  const leads: SeedInquiry[] = [];
  const add = (o: SeedOffering, sme: SeedSme, status: LeadStatus, days: number, rng: Rng) => {
    const key = `${sme.key}/${o.key}`;
    if (used.has(key)) return false;
    used.add(key);
    leads.push(lead(o, sme, status, days, rng));
    return true;
  };
  const daysFor = (status: LeadStatus, rng: Rng, span: number): number =>
    status === 'open' || status === 'responded'
      ? 0.2 + rng.next() * (span / 2)
      : 4 + rng.next() * (span - 5);

  let turn = 0;
  for (const o of published.filter((x) => x.providerKey === demo.providerKey)) {
    const rng = rngFor(`${o.key}/leads`);
    const pool = rng.sample(servedBy(o, smes), 12);
    const n = rng.int(2, 4);
    let added = 0;
    for (const sme of pool) {
      if (added >= n) break;
      const status = LEAD_STATUSES[turn % LEAD_STATUSES.length] ?? 'open';
      if (add(o, sme, status, daysFor(status, rng, 30), rng)) {
        added++;
        turn++;
      }
    }
  }

  const demoSme = smes.find((s) => s.key === demo.smeKey);
  if (demoSme !== undefined) {
    const rng = rngFor(`${demo.smeKey}/leads`);
    const needs = new Set(demoSme.needs.scenarios.map((n) => n.code));
    const options = published.filter(
      (o) =>
        o.providerKey !== demo.providerKey &&
        offeringServesRegion(o.regions, demoSme.region) &&
        o.scenarios.some((c) => needs.has(c)),
    );
    rng.sample(options, 8).forEach((o, i) => {
      const status = LEAD_STATUSES[i % LEAD_STATUSES.length] ?? 'open';
      add(o, demoSme, status, daysFor(status, rng, 45), rng);
    });
  }

  for (const o of published.filter((x) => x.providerKey !== demo.providerKey)) {
    const rng = rngFor(`${o.key}/leads`);
    if (!rng.chance(0.35)) continue;
    const n = rng.int(1, 2);
    const pool = rng.sample(servedBy(o, smes), 6);
    let added = 0;
    for (const sme of pool) {
      if (added >= n) break;
      const status = rng.pick(LEAD_STATUSES);
      if (add(o, sme, status, daysFor(status, rng, 60), rng)) added++;
    }
  }
  return leads;
}

const ADDRESSES = Array.from({ length: 120 }, (_, i) =>
  i < 60 ? `203.0.113.${i + 10}` : `198.51.100.${i - 50}`,
);

/**
 * Views of the last 30 days: anonymous visitors on every published offering of the demo provider
 * each day, and each lead's SME viewing the offering shortly before asking.
 */
export function buildViews(
  offerings: readonly SeedOffering[],
  leads: readonly SeedInquiry[],
  demoProviderKey: string,
): SeedView[] {
  const views: SeedView[] = [];
  for (const o of offerings) {
    if (o.status !== 'published' || o.providerKey !== demoProviderKey) continue;
    const rng = rngFor(`${o.key}/views`);
    for (let day = 0; day < Math.min(30, o.createdDaysAgo); day++) {
      for (const address of rng.sample(ADDRESSES, rng.int(1, 7))) {
        views.push({ offeringKey: o.key, smeKey: null, address, daysAgo: day + rng.next() * 0.9 });
      }
    }
  }
  for (const q of leads) {
    if (q.createdDaysAgo > 30) continue;
    views.push({
      offeringKey: q.offeringKey,
      smeKey: q.smeKey,
      address: null,
      daysAgo: q.createdDaysAgo + 0.02,
    });
  }
  return views;
}

/** How many of each demo account's newest notifications are unread. */
const UNREAD = 4;

/**
 * The notifications the API would have written to the demo provider and the demo SME on the
 * latest action of each of their leads; each account's newest few are unread.
 */
export function buildNotifications(
  leads: readonly SeedInquiry[],
  offerings: readonly SeedOffering[],
  smes: readonly SeedSme[],
  demo: { providerKey: string; smeKey: string },
): SeedNotification[] {
  const offeringsByKey = new Map(offerings.map((o) => [o.key, o]));
  const smesByKey = new Map(smes.map((s) => [s.key, s]));
  const out: Omit<SeedNotification, 'read'>[] = [];
  for (const q of leads) {
    const o = offeringsByKey.get(q.offeringKey);
    const sme = smesByKey.get(q.smeKey);
    if (o === undefined || sme === undefined) continue;
    const toProvider = o.providerKey === demo.providerKey;
    const toSme = q.smeKey === demo.smeKey;
    const provider = { role: 'provider', providerKey: o.providerKey } as const;
    const smeRecipient = { role: 'sme', smeKey: q.smeKey } as const;
    const last = q.messages[q.messages.length - 1];
    if (last === undefined) continue;
    const base = { inquiryKey: q.key, offeringTitle: o.title };
    const fromStatus = (): InquiryStatus =>
      q.trialDaysAgo !== null
        ? 'trialing'
        : q.messages.some((m) => m.author === 'provider')
          ? 'responded'
          : 'open';
    if (q.status === 'open' && toProvider && q.messages.length === 1) {
      out.push({
        recipient: provider,
        inquiryKey: q.key,
        kind: 'inquiry_created',
        payload: {
          offeringTitle: base.offeringTitle,
          kind: q.kind,
          companyName: sme.companyName,
          excerpt: last.body,
        },
        daysAgo: q.createdDaysAgo,
      });
    } else if (
      (q.status === 'open' || q.status === 'responded') &&
      (last.author === 'provider' ? toSme : toProvider)
    ) {
      out.push({
        recipient: last.author === 'provider' ? smeRecipient : provider,
        inquiryKey: q.key,
        kind: 'inquiry_message',
        payload: { offeringTitle: base.offeringTitle, author: last.author, excerpt: last.body },
        daysAgo: last.daysAgo,
      });
    } else if ((q.status === 'lost' && toSme) || (q.status === 'withdrawn' && toProvider)) {
      out.push({
        recipient: q.status === 'lost' ? smeRecipient : provider,
        inquiryKey: q.key,
        kind: 'inquiry_status',
        payload: {
          offeringTitle: base.offeringTitle,
          from: fromStatus(),
          to: q.status,
          reason: q.reason,
        },
        daysAgo: q.closedDaysAgo ?? last.daysAgo,
      });
    }
  }
  const who = (n: Omit<SeedNotification, 'read'>): string =>
    n.recipient.role === 'sme' ? `s:${n.recipient.smeKey}` : `p:${n.recipient.providerKey}`;
  const sorted = [...out].sort((a, b) => a.daysAgo - b.daysAgo);
  const seen = new Map<string, number>();
  return sorted.map((n) => {
    const k = who(n);
    const rank = seen.get(k) ?? 0;
    seen.set(k, rank + 1);
    return { ...n, read: rank >= UNREAD };
  });
}
