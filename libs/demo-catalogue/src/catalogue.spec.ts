import { describe, expect, it, jest } from '@jest/globals';
import {
  BILLING_PERIODS,
  DEPLOYMENTS,
  INDUSTRY_CODES,
  OFFERING_KINDS,
  PROVIDER_KINDS,
  REGIONS,
  SCENARIO_CODES,
  deriveSizeClass,
  isValidCreditCode,
  minMonthlyPriceCents,
  monthlyEquivalentCents,
} from '@toolbox/domain';
import { generateCatalogue, type SeedOffering } from './index.js';

const sut = generateCatalogue;
const catalogue = sut();
const { providers, offerings, smes } = catalogue;
const published = offerings.filter((o) => o.status === 'published');
const regionCodes = new Set(REGIONS.map((r) => r.code));
const WAN = 1_000_000;

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function texts(o: SeedOffering): string[] {
  return [o.title, o.titleEn, o.summary, o.summaryEn, o.description, o.descriptionEn];
}

describe('generateCatalogue', () => {
  it('is deterministic and uses neither Math.random nor the clock', () => {
    const random = jest.spyOn(Math, 'random');
    const now = jest.spyOn(Date, 'now');
    try {
      const again = sut();
      expect(again).toEqual(catalogue);
      expect(again.offerings).not.toBe(catalogue.offerings);
      expect(random).not.toHaveBeenCalled();
      expect(now).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });
});

describe('providers', () => {
  it('has at least 40 providers with every kind well represented', () => {
    expect(providers.length).toBeGreaterThanOrEqual(40);
    const kinds = countBy(providers, (p) => p.kind);
    expect(Object.keys(kinds).sort()).toEqual([...PROVIDER_KINDS].sort());
    expect(kinds.internet_platform).toBeGreaterThanOrEqual(6);
    expect(kinds.industrial_internet_platform).toBeGreaterThanOrEqual(8);
    expect(kinds.service_provider).toBeGreaterThanOrEqual(15);
    expect(kinds.large_enterprise).toBeGreaterThanOrEqual(5);
  });

  it('has unique keys, names and demo emails, .example.com websites and valid regions', () => {
    expect(new Set(providers.map((p) => p.key)).size).toBe(providers.length);
    expect(new Set(providers.map((p) => p.name)).size).toBe(providers.length);
    expect(new Set(providers.map((p) => p.nameEn)).size).toBe(providers.length);
    for (const p of providers) {
      expect(p.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.email).toBe(`${p.key}@provider.demo.toolbox.local`);
      if (p.website !== null) expect(p.website).toBe(`https://${p.key}.example.com`);
      expect(regionCodes.has(p.region)).toBe(true);
    }
  });

  it('describes each provider in two to four sentences per language', () => {
    for (const p of providers) {
      const zh = p.description.split('。').filter((s) => s.trim() !== '').length;
      const en = p.descriptionEn.split(/(?<=\.)\s+/).filter((s) => s.trim() !== '').length;
      expect([p.key, zh >= 2 && zh <= 4]).toEqual([p.key, true]);
      expect([p.key, en >= 2 && en <= 4]).toEqual([p.key, true]);
    }
  });

  it('uses no real company names or trademarks', () => {
    const banned = [
      '阿里',
      '腾讯',
      '华为',
      '用友',
      '金蝶',
      '海尔',
      '百度',
      '京东',
      '美的',
      '格力',
      '浪潮',
      '徐工',
      '三一',
      '树根',
      '卡奥斯',
      '中兴',
      '小米',
      '钉钉',
      '飞书',
      'Alibaba',
      'Tencent',
      'Huawei',
      'Haier',
      'Kingdee',
      'Yonyou',
      'DingTalk',
      'Feishu',
    ];
    const all = [
      ...providers.flatMap((p) => [p.name, p.nameEn, p.description, p.descriptionEn]),
      ...offerings.flatMap(texts),
    ].join('\n');
    for (const word of banned) expect([word, all.includes(word)]).toEqual([word, false]);
  });

  it('gives every provider at least three offerings, three of them published', () => {
    const keys = new Set(providers.map((p) => p.key));
    for (const o of offerings) expect(keys.has(o.providerKey)).toBe(true);
    const all = countBy(offerings, (o) => o.providerKey);
    const live = countBy(published, (o) => o.providerKey);
    for (const p of providers) {
      expect([p.key, all[p.key] >= 3]).toEqual([p.key, true]);
      expect([p.key, live[p.key] >= 3]).toEqual([p.key, true]);
    }
  });
});

describe('offerings: review states', () => {
  it('publishes at least 300 and keeps a realistic review queue', () => {
    const statuses = countBy(offerings, (o) => o.status);
    expect(statuses.published).toBeGreaterThanOrEqual(300);
    expect(statuses.pending).toBeGreaterThanOrEqual(15);
    expect(statuses.pending).toBeLessThanOrEqual(25);
    expect(statuses.rejected).toBeGreaterThanOrEqual(8);
    expect(statuses.rejected).toBeLessThanOrEqual(12);
    expect(statuses.draft).toBeGreaterThanOrEqual(3);
    expect(statuses.draft).toBeLessThanOrEqual(7);
    expect(statuses.suspended).toBeGreaterThanOrEqual(2);
    expect(statuses.suspended).toBeLessThanOrEqual(5);
  });

  it('gives a concrete reason exactly for rejected and suspended offerings', () => {
    for (const o of offerings) {
      if (o.status === 'rejected' || o.status === 'suspended') {
        expect(o.statusReason).toMatch(/^.{10,}$/);
      } else {
        expect(o.statusReason).toBeNull();
      }
    }
    const reasons = offerings.filter((o) => o.status === 'rejected').map((o) => o.statusReason);
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it('rates about 60% of published offerings between 3.5 and 5.0 with one decimal', () => {
    const rated = published.filter((o) => o.rating !== null);
    expect(rated.length / published.length).toBeGreaterThan(0.5);
    expect(rated.length / published.length).toBeLessThan(0.7);
    for (const o of rated) {
      const rating = o.rating as number;
      expect(rating).toBeGreaterThanOrEqual(3.5);
      expect(rating).toBeLessThanOrEqual(5);
      expect(Math.round(rating * 10)).toBeCloseTo(rating * 10, 9);
    }
    for (const o of offerings.filter((x) => x.status !== 'published')) expect(o.rating).toBeNull();
  });

  it('dates every offering 1–400 days ago', () => {
    for (const o of offerings) {
      expect(Number.isInteger(o.createdDaysAgo)).toBe(true);
      expect(o.createdDaysAgo).toBeGreaterThanOrEqual(1);
      expect(o.createdDaysAgo).toBeLessThanOrEqual(400);
    }
  });
});

describe('offerings: taxonomy and coverage', () => {
  it('uses only valid codes and value sets', () => {
    for (const o of offerings) {
      expect(OFFERING_KINDS).toContain(o.kind);
      expect(DEPLOYMENTS).toContain(o.deployment);
      expect(o.scenarios.length).toBeGreaterThanOrEqual(1);
      expect(new Set(o.scenarios).size).toBe(o.scenarios.length);
      for (const s of o.scenarios) expect(SCENARIO_CODES).toContain(s);
      expect(new Set(o.industries).size).toBe(o.industries.length);
      for (const i of o.industries) expect(INDUSTRY_CODES).toContain(i);
      for (const r of o.regions) expect(regionCodes.has(r)).toBe(true);
    }
  });

  it('lists sensible stages: a non-empty run of consecutive levels within 1..4', () => {
    for (const o of offerings) {
      expect(o.stages.length).toBeGreaterThanOrEqual(1);
      expect(o.stages[0]).toBeGreaterThanOrEqual(1);
      expect(o.stages[o.stages.length - 1]).toBeLessThanOrEqual(4);
      o.stages.forEach((stage, i) => {
        if (i > 0) expect(stage).toBe(o.stages[i - 1] + 1);
      });
    }
    const stages = new Set(published.flatMap((o) => o.stages));
    expect([...stages].sort()).toEqual([1, 2, 3, 4]);
  });

  it('covers all 22 scenarios with at least 8 published offerings each', () => {
    for (const code of SCENARIO_CODES) {
      const n = published.filter((o) => o.scenarios.includes(code)).length;
      expect([code, n >= 8]).toEqual([code, true]);
    }
  });

  it('covers at least 25 industries, the key manufacturing ones included', () => {
    const industries = new Set(published.flatMap((o) => o.industries));
    expect(industries.size).toBeGreaterThanOrEqual(25);
    for (const code of ['C13', 'C14', 'C18', 'C26', 'C29', 'C33', 'C34', 'C36', 'C38', 'C39']) {
      expect(industries.has(code)).toBe(true);
    }
    const generic = published.filter((o) => o.industries.length === 0).length;
    expect(generic / published.length).toBeGreaterThan(0.3);
  });

  it('is about 60% nationwide; regional offerings name one or two regions', () => {
    const nationwide = published.filter((o) => o.regions.length === 0).length / published.length;
    expect(nationwide).toBeGreaterThan(0.5);
    expect(nationwide).toBeLessThan(0.7);
    for (const o of offerings) expect(o.regions.length).toBeLessThanOrEqual(2);
  });

  it('offers all three kinds', () => {
    const kinds = countBy(published, (o) => o.kind);
    expect(kinds.saas).toBeGreaterThan(100);
    expect(kinds.service).toBeGreaterThan(30);
    expect(kinds.hardware).toBeGreaterThan(10);
  });
});

describe('offerings: prices and plans', () => {
  it('has 1–4 plans with non-negative integer prices and usual trial periods', () => {
    for (const o of offerings) {
      expect(o.plans.length).toBeGreaterThanOrEqual(1);
      expect(o.plans.length).toBeLessThanOrEqual(4);
      for (const plan of o.plans) {
        expect(BILLING_PERIODS).toContain(plan.billingPeriod);
        expect(Number.isSafeInteger(plan.priceCents)).toBe(true);
        expect(plan.priceCents).toBeGreaterThanOrEqual(0);
        expect([0, 7, 14, 30]).toContain(plan.trialDays);
        expect(plan.name.length).toBeGreaterThan(0);
        expect(plan.nameEn.length).toBeGreaterThan(0);
      }
      expect(new Set(o.plans.map((p) => p.name)).size).toBe(o.plans.length);
    }
  });

  it('keeps every plan at ¥0–¥5,000 a month equivalent, with some free tiers', () => {
    for (const o of offerings) {
      for (const plan of o.plans) expect(monthlyEquivalentCents(plan)).toBeLessThanOrEqual(500_000);
    }
    const free = published.filter((o) => minMonthlyPriceCents(o.plans) === 0).length;
    expect(free).toBeGreaterThan(10);
  });

  it('bills services and hardware once (or yearly) without trials, SaaS monthly or yearly', () => {
    for (const o of offerings) {
      if (o.kind === 'saas') {
        for (const p of o.plans) expect(p.billingPeriod).not.toBe('once');
      }
      if (o.kind === 'service') {
        for (const p of o.plans) {
          expect(p.billingPeriod).not.toBe('month');
          expect(p.trialDays).toBe(0);
        }
      }
      if (o.kind === 'hardware') expect(o.plans.some((p) => p.billingPeriod === 'once')).toBe(true);
    }
  });

  it('delivers within 0–60 days, SaaS faster than services', () => {
    for (const o of offerings) {
      expect(Number.isInteger(o.deliveryDays)).toBe(true);
      expect(o.deliveryDays).toBeGreaterThanOrEqual(0);
      expect(o.deliveryDays).toBeLessThanOrEqual(60);
    }
    const mean = (kind: string): number => {
      const days = published.filter((o) => o.kind === kind).map((o) => o.deliveryDays);
      return days.reduce((a, b) => a + b, 0) / days.length;
    };
    expect(mean('saas')).toBeLessThan(mean('service'));
  });
});

describe('offerings: texts', () => {
  it('has unique keys, mostly unique titles and no two identical descriptions', () => {
    expect(new Set(offerings.map((o) => o.key)).size).toBe(offerings.length);
    expect(new Set(published.map((o) => o.title)).size / published.length).toBeGreaterThanOrEqual(
      0.9,
    );
    expect(new Set(published.map((o) => o.titleEn)).size / published.length).toBeGreaterThanOrEqual(
      0.9,
    );
    expect(new Set(offerings.map((o) => o.description)).size).toBe(offerings.length);
    expect(new Set(offerings.map((o) => o.descriptionEn)).size).toBe(offerings.length);
  });

  it('respects the length limits in both languages', () => {
    for (const o of offerings) {
      for (const title of [o.title, o.titleEn]) {
        expect(title.length).toBeGreaterThan(0);
        expect(title.length).toBeLessThanOrEqual(80);
      }
      for (const summary of [o.summary, o.summaryEn]) {
        expect(summary.length).toBeGreaterThan(10);
        expect(summary.length).toBeLessThanOrEqual(200);
      }
      for (const description of [o.description, o.descriptionEn]) {
        expect(description.length).toBeGreaterThanOrEqual(300);
        expect(description.length).toBeLessThanOrEqual(1500);
        expect(description.split('\n\n').length).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('leaves no template placeholders or missing values in the texts', () => {
    for (const o of offerings) {
      for (const text of texts(o)) expect(text).not.toMatch(/\{n\}|undefined|null|NaN|\[object/);
    }
  });

  it('writes Chinese in Chinese and English in English', () => {
    for (const o of offerings) {
      expect(o.description).toMatch(/[\u4e00-\u9fff]/);
      expect(o.descriptionEn).not.toMatch(/[\u4e00-\u9fff]/);
      expect(o.titleEn).not.toMatch(/[\u4e00-\u9fff]/);
      expect(o.summaryEn).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('does not repeat any sentence across many published offerings', () => {
    const limit = published.length * 0.1;
    const seen = new Map<string, number>();
    for (const o of published) {
      const sentences = [
        ...o.description.split(/[。\n]/),
        ...o.descriptionEn.split(/(?<=\.)\s+|\n/),
      ].map((s) => s.trim());
      for (const s of new Set(sentences.filter((x) => x.length >= 15))) {
        seen.set(s, (seen.get(s) ?? 0) + 1);
      }
    }
    const repeated = [...seen].filter(([, n]) => n > limit);
    expect(repeated).toEqual([]);
  });

  it('tags each offering with 2–7 distinct tags from a realistic vocabulary', () => {
    const vocabulary = new Set(offerings.flatMap((o) => o.tags));
    for (const tag of [
      '小快轻准',
      '免部署',
      '按年订阅',
      '7天上线',
      '支持上云券',
      '等保合规',
      '移动端',
    ]) {
      expect(vocabulary.has(tag)).toBe(true);
    }
    for (const o of offerings) {
      expect(o.tags.length).toBeGreaterThanOrEqual(2);
      expect(o.tags.length).toBeLessThanOrEqual(7);
      expect(new Set(o.tags).size).toBe(o.tags.length);
      if (o.tags.includes('7天上线')) expect(o.deliveryDays).toBeLessThanOrEqual(7);
      if (o.tags.includes('免费试用')) expect(o.plans.some((p) => p.trialDays > 0)).toBe(true);
    }
  });
});

describe('SMEs', () => {
  it('has at least 24 demo manufacturers with unique keys and demo emails', () => {
    expect(smes.length).toBeGreaterThanOrEqual(24);
    expect(new Set(smes.map((s) => s.key)).size).toBe(smes.length);
    expect(new Set(smes.map((s) => s.companyName)).size).toBe(smes.length);
    for (const s of smes) {
      expect(s.email).toBe(`${s.key}@sme.demo.toolbox.local`);
      expect(s.contactName.length).toBeGreaterThan(1);
    }
  });

  it('gives each a valid, unique credit code that matches its region', () => {
    expect(new Set(smes.map((s) => s.creditCode)).size).toBe(smes.length);
    for (const s of smes) {
      expect(isValidCreditCode(s.creditCode)).toBe(true);
      expect(s.creditCode.slice(0, 2)).toBe('91');
      expect(s.creditCode.slice(2, 8)).toBe(s.region);
    }
  });

  it('spans at least 10 industries and 8 regions, provinces and capital cities alike', () => {
    expect(new Set(smes.map((s) => s.industry)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(smes.map((s) => s.region)).size).toBeGreaterThanOrEqual(8);
    for (const s of smes) {
      expect(INDUSTRY_CODES).toContain(s.industry);
      expect(regionCodes.has(s.region)).toBe(true);
    }
    const parents = smes.map((s) => REGIONS.find((r) => r.code === s.region)?.parent);
    expect(parents.some((p) => p === null)).toBe(true);
    expect(parents.some((p) => typeof p === 'string')).toBe(true);
  });

  it('represents every target level 0–4 at least three times', () => {
    const levels = countBy(smes, (s) => String(s.targetLevel));
    for (const level of ['0', '1', '2', '3', '4']) expect(levels[level]).toBeGreaterThanOrEqual(3);
  });

  it('keeps size and revenue plausible for SMEs', () => {
    for (const s of smes) {
      expect(s.employees).toBeGreaterThanOrEqual(8);
      expect(s.employees).toBeLessThanOrEqual(900);
      const perHead = s.annualRevenueCents / s.employees;
      expect(perHead).toBeGreaterThanOrEqual(15 * WAN);
      expect(perHead).toBeLessThanOrEqual(150 * WAN);
      expect(deriveSizeClass(s)).not.toBe('large');
    }
    const mean = (level: number): number => {
      const staff = smes.filter((s) => s.targetLevel === level).map((s) => s.employees);
      return staff.reduce((a, b) => a + b, 0) / staff.length;
    };
    expect(mean(0)).toBeLessThan(mean(4));
  });

  it('states needs: 1–4 prioritised scenarios, a budget mostly ¥300–¥8,000 a month, notes in Chinese', () => {
    for (const s of smes) {
      const codes = s.needs.scenarios.map((x) => x.code);
      expect(codes.length).toBeGreaterThanOrEqual(1);
      expect(codes.length).toBeLessThanOrEqual(4);
      expect(new Set(codes).size).toBe(codes.length);
      for (const { code, priority } of s.needs.scenarios) {
        expect(SCENARIO_CODES).toContain(code);
        expect([1, 2, 3, 4, 5]).toContain(priority);
      }
      const budget = s.needs.monthlyBudgetCents;
      if (budget !== null) {
        expect(budget).toBeGreaterThanOrEqual(30_000);
        expect(budget).toBeLessThanOrEqual(800_000);
      }
      if (s.needs.deployment !== null) expect(DEPLOYMENTS).toContain(s.needs.deployment);
      expect((s.needs.notes.match(/[\u4e00-\u9fff]/g) ?? []).length).toBeGreaterThanOrEqual(15);
    }
    const withBudget = smes.filter((s) => s.needs.monthlyBudgetCents !== null).length;
    expect(withBudget / smes.length).toBeGreaterThan(0.8);
    expect(withBudget).toBeLessThan(smes.length);
  });

  it('gives every SME something published to match in its region', () => {
    for (const s of smes) {
      const province = `${s.region.slice(0, 2)}0000`;
      const serving = published.filter(
        (o) =>
          (o.regions.length === 0 ||
            o.regions.includes(s.region) ||
            o.regions.includes(province)) &&
          o.scenarios.some((code) => s.needs.scenarios.some((n) => n.code === code)),
      );
      expect([s.key, serving.length >= 3]).toEqual([s.key, true]);
    }
  });
});
