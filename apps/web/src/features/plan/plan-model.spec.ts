import { describe, expect, it } from '@jest/globals';
import type { PlanItem } from './api/types';
import {
  adjacentPhase,
  boardColumns,
  isOverdue,
  itemTitle,
  localToday,
  nextStatuses,
} from './plan-model';

function item(overrides: Partial<PlanItem>): PlanItem {
  return {
    id: 'id',
    offering: null,
    title: '上线 MES',
    scenario: 'production_control',
    priority: 3,
    phase: 'now',
    targetDate: null,
    status: 'planned',
    planIndex: null,
    notes: null,
    monthlyCents: 0,
    yearlyCents: 0,
    netMonthlyCents: 0,
    netYearlyCents: 0,
    subsidy: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('boardColumns', () => {
  const items = [
    item({ id: 'a', phase: 'now', priority: 2 }),
    item({ id: 'b', phase: 'now', priority: 5 }),
    item({ id: 'c', phase: 'later', status: 'adopted' }),
    item({ id: 'd', phase: 'next', status: 'dropped' }),
    item({ id: 'e', phase: 'now', priority: 2, targetDate: '2025-03-01' }),
  ];
  const ids = (columns: ReturnType<typeof boardColumns>) =>
    Object.fromEntries(columns.map((c) => [c.key, c.items.map((i) => i.id)]));

  it('groups by phase, most urgent first, hiding dropped items unless asked', () => {
    expect(ids(boardColumns(items, 'phase', false))).toEqual({
      now: ['b', 'e', 'a'],
      next: [],
      later: ['c'],
    });
    expect(ids(boardColumns(items, 'phase', true)).next).toEqual(['d']);
  });

  it('groups by status in workflow order, with a dropped column on request', () => {
    expect(Object.keys(ids(boardColumns(items, 'status', false)))).toEqual([
      'planned',
      'trial',
      'adopted',
      'reviewed',
    ]);
    expect(ids(boardColumns(items, 'status', true)).dropped).toEqual(['d']);
  });
});

describe('nextStatuses', () => {
  it('follows the API transition rules', () => {
    expect(nextStatuses('planned')).toEqual(['trial', 'adopted', 'dropped']);
    expect(nextStatuses('trial')).toEqual(['planned', 'adopted', 'dropped']);
    expect(nextStatuses('adopted')).toEqual(['reviewed', 'dropped']);
    expect(nextStatuses('reviewed')).toEqual(['dropped']);
    expect(nextStatuses('dropped')).toEqual(['planned']);
  });
});

describe('adjacentPhase', () => {
  it('moves between now, next and later and stops at the ends', () => {
    expect(adjacentPhase('now', 1)).toBe('next');
    expect(adjacentPhase('later', -1)).toBe('next');
    expect(adjacentPhase('now', -1)).toBeUndefined();
    expect(adjacentPhase('later', 1)).toBeUndefined();
  });
});

describe('itemTitle and isOverdue', () => {
  it('names offering items by the offering in the UI language', () => {
    const offering = {
      id: 'o',
      title: '云MES',
      titleEn: 'Cloud MES',
      providerName: 'P',
      plans: [],
      minMonthlyPriceCents: 0,
    };
    expect(itemTitle(item({ offering }), 'en')).toBe('Cloud MES');
    expect(itemTitle(item({ offering }), 'zh-CN')).toBe('云MES');
    expect(itemTitle(item({ offering: { ...offering, titleEn: null } }), 'en')).toBe('云MES');
    expect(itemTitle(item({}), 'en')).toBe('上线 MES');
  });

  it('flags open items past their target date only', () => {
    expect(isOverdue(item({ targetDate: '2025-01-01' }), '2025-02-01')).toBe(true);
    expect(isOverdue(item({ targetDate: '2025-03-01' }), '2025-02-01')).toBe(false);
    expect(isOverdue(item({ targetDate: '2025-01-01', status: 'adopted' }), '2025-02-01')).toBe(
      false,
    );
    expect(localToday(new Date(2025, 0, 5))).toBe('2025-01-05');
  });
});
