import { describe, expect, it } from '@jest/globals';

import { levelSummary, needsBody, profileBody, registrationBody } from './sme-requests.js';
import { benchSmes, type BenchSme } from './workload.js';

describe('SME request bodies', () => {
  const [first] = benchSmes(1);

  it('register an SME account with the SME role', () => {
    expect(JSON.parse(registrationBody(first, 7))).toEqual({
      email: first.email,
      password: first.password,
      name: 'Bench SME 7',
      role: 'sme',
    });
  });

  it('carry the company profile fields', () => {
    expect(Object.keys(JSON.parse(profileBody(first)) as object)).toEqual([
      'companyName',
      'creditCode',
      'industry',
      'region',
      'employees',
      'annualRevenueCents',
    ]);
  });

  it('leave out needs that are not set instead of sending null or empty values', () => {
    const bare: BenchSme = {
      ...first,
      needs: { scenarios: [], monthlyBudgetCents: null, deployment: null, notes: '' },
    };
    expect(JSON.parse(needsBody(bare))).toEqual({ scenarios: [] });
    const full: BenchSme = {
      ...first,
      needs: {
        scenarios: [{ code: 'production_control', priority: 1 }],
        monthlyBudgetCents: 50_000,
        deployment: 'public_cloud',
        notes: '排产',
      },
    };
    expect(JSON.parse(needsBody(full))).toEqual({
      scenarios: [{ code: 'production_control', priority: 1 }],
      monthlyBudgetCents: 50_000,
      deployment: 'public_cloud',
      notes: '排产',
    });
  });
});

describe('levelSummary', () => {
  it('counts SMEs per level in level order, no level as L-1', () => {
    expect(levelSummary([2, 0, 2, null, 4, 0, 2])).toBe('L-1×1 L0×2 L2×3 L4×1');
    expect(levelSummary([])).toBe('');
  });
});
