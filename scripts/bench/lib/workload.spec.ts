import { describe, expect, it } from '@jest/globals';

import { apiPath, benchSmes, matchingFilters, QUERY_MIX, type QueryGroup } from './workload.js';

describe('QUERY_MIX', () => {
  it('covers every query group with distinct labels', () => {
    const groups = new Set<QueryGroup>(QUERY_MIX.map((q) => q.group));
    expect([...groups].sort()).toEqual(['en', 'filters', 'filters+text', 'zh']);
    expect(new Set(QUERY_MIX.map((q) => q.label)).size).toBe(QUERY_MIX.length);
  });
});

describe('apiPath', () => {
  it('repeats repeatable parameters and leaves out unset ones', () => {
    expect(
      apiPath({
        q: '云MES',
        kind: ['saas'],
        stage: [1, 2],
        region: '440100',
        maxMonthlyPriceCents: 9900,
      }),
    ).toBe(
      '/api/search/offerings?q=%E4%BA%91MES&stage=1&stage=2&kind=saas&region=440100&maxMonthlyPriceCents=9900',
    );
    expect(apiPath({})).toBe('/api/search/offerings');
  });
});

describe('benchSmes', () => {
  it('makes the requested number of SMEs, the same ones every run, with distinct logins', () => {
    const sut = benchSmes(200);
    expect(sut).toHaveLength(200);
    expect(JSON.stringify(benchSmes(200))).toBe(JSON.stringify(sut));
    expect(new Set(sut.map((s) => s.email)).size).toBe(200);
    expect(new Set(sut.map((s) => s.creditCode)).size).toBe(200);
  });

  it('leaves some SMEs without notes, so matching also runs its one-query path', () => {
    const sut = benchSmes(200);
    expect(sut.some((s) => s.needs.notes === '')).toBe(true);
    expect(sut.some((s) => s.needs.notes !== '')).toBe(true);
  });
});

describe('matchingFilters', () => {
  const profile = {
    industry: 'C13',
    region: '440100',
    level: 1,
    needs: ['production_control' as const],
    weakScenarios: ['production_control' as const, 'quality' as const],
    monthlyBudgetCents: 10_000,
  };

  it('asks for the needed and weak scenarios once each, within twice the budget', () => {
    const sut = matchingFilters(profile);
    expect(sut.byScenario.scenario).toEqual(['production_control', 'quality']);
    expect(sut.byScenario.maxMonthlyPriceCents).toBe(20_000);
    expect(sut.byText).not.toHaveProperty('scenario');
  });

  it('has no price cap without a budget', () => {
    expect(matchingFilters({ ...profile, monthlyBudgetCents: null }).byText).not.toHaveProperty(
      'maxMonthlyPriceCents',
    );
  });
});
