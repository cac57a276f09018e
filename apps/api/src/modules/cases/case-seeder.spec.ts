import { describe, expect, it } from '@jest/globals';
import { validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { CreateCaseRequest } from '@toolbox/contracts';
import { pickCaseOfferings, type SeedCaseOffering } from './case-seeder.js';
import { DEMO_CASES, type DemoCase } from './demo-cases.js';

const DEMO_USER = 'u-demo';

function offering(
  id: string,
  provider: string,
  scenarios: string[],
  extra: Partial<SeedCaseOffering> = {},
): SeedCaseOffering {
  return {
    id,
    providerId: `p-${provider}`,
    providerUserId: provider === 'demo' ? DEMO_USER : `u-${provider}`,
    published: true,
    scenarios,
    industries: [],
    ...extra,
  };
}

const demoCase = (over: Partial<DemoCase>): DemoCase => ({
  key: 'k',
  title: 't',
  story: 's',
  industry: 'C34',
  region: '330100',
  scenarios: ['quality'],
  metrics: [{ code: 'defect_rate_pct', before: 3, after: 1 }],
  status: 'published',
  offerings: 2,
  daysAgo: 1,
  ...over,
});

describe('demo cases', () => {
  it('are valid case bodies: known codes, 1–8 distinct metrics, at least 20 published', () => {
    for (const c of DEMO_CASES) {
      const body = plainToInstance(CreateCaseRequest, {
        title: c.title,
        story: c.story,
        industry: c.industry,
        region: c.region,
        scenarios: c.scenarios,
        offeringIds: ['00000000-0000-4000-8000-000000000000'],
        metrics: c.metrics,
      });
      expect([c.key, validateSync(body).map((e) => e.property)]).toEqual([c.key, []]);
    }
    expect(DEMO_CASES.filter((c) => c.status === 'published').length).toBeGreaterThanOrEqual(20);
    expect(DEMO_CASES.filter((c) => c.status === 'pending')).toHaveLength(2);
    expect(DEMO_CASES.filter((c) => c.status === 'rejected')).toHaveLength(1);
    expect(new Set(DEMO_CASES.map((c) => c.key)).size).toBe(DEMO_CASES.length);
  });
});

describe('pickCaseOfferings', () => {
  it('takes published offerings of one provider listing the first scenario, fitting the industry', () => {
    const offerings = [
      offering('a1', 'a', ['quality']),
      offering('a2', 'a', ['quality', 'energy'], { industries: ['C17'] }),
      offering('b1', 'b', ['quality']),
      offering('b2', 'b', ['quality', 'production_control']),
      offering('b3', 'b', ['quality'], { published: false }),
      offering('d1', 'demo', ['quality']),
    ];
    const used = new Map<string, number>();
    const picked = pickCaseOfferings(
      demoCase({ scenarios: ['quality', 'production_control'] }),
      offerings,
      DEMO_USER,
      used,
    );
    // Provider b has two fitting offerings (a2 is for another industry); the better one first.
    expect(picked.map((o) => o.id)).toEqual(['b2', 'b1']);
    expect(used.get('p-b')).toBe(1);
  });

  it('spreads cases over providers and keeps the demo provider’s cases its own', () => {
    const offerings = [
      offering('a1', 'a', ['quality']),
      offering('b1', 'b', ['quality']),
      offering('d1', 'demo', ['cloud_it']),
    ];
    const used = new Map<string, number>();
    const first = pickCaseOfferings(demoCase({ offerings: 1 }), offerings, DEMO_USER, used);
    const second = pickCaseOfferings(demoCase({ offerings: 1 }), offerings, DEMO_USER, used);
    expect(new Set([first[0]?.providerId, second[0]?.providerId])).toEqual(new Set(['p-a', 'p-b']));
    const own = pickCaseOfferings(
      demoCase({ demoProvider: true, status: 'pending', offerings: 1 }),
      offerings,
      DEMO_USER,
      used,
    );
    expect(own.map((o) => o.id)).toEqual(['d1']);
  });
});
