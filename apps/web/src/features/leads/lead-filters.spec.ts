import { describe, expect, it } from '@jest/globals';
import type { InquirySummaryView } from '@toolbox/contracts';
import { filterLeads, isLeadAge, offeringOptions, pageOf } from './lead-filters';

const NOW = Date.parse('2027-03-31T12:00:00Z');
const DAY = 86_400_000;

function lead(id: string, offering: [string, string], daysAgo: number): InquirySummaryView {
  const at = new Date(NOW - daysAgo * DAY).toISOString();
  return {
    id,
    kind: 'trial',
    status: 'open',
    offering: { id: offering[0], title: offering[1] },
    provider: { id: 'p', name: '云智' },
    sme: {
      id: 's',
      companyName: '甬江机械',
      industry: 'C34',
      region: '330200',
      sizeClass: 'small',
      level: 2,
    },
    planName: null,
    messageCount: 1,
    lastMessageAt: at,
    createdAt: at,
    updatedAt: at,
  };
}

const MES: [string, string] = ['o-mes', '云 MES'];
const CRM: [string, string] = ['o-crm', '客户管理 CRM'];
const leads = [lead('a', MES, 1), lead('b', CRM, 10), lead('c', MES, 40), lead('d', CRM, 100)];

describe('lead inbox filters', () => {
  it('keeps every lead, in order, without filters', () => {
    expect(filterLeads(leads, {}, NOW).map((l) => l.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by offering', () => {
    expect(filterLeads(leads, { offeringId: 'o-mes' }, NOW).map((l) => l.id)).toEqual(['a', 'c']);
  });

  it('filters by age of the last activity (inclusive bound)', () => {
    expect(filterLeads(leads, { age: '7' }, NOW).map((l) => l.id)).toEqual(['a']);
    expect(filterLeads(leads, { age: '30' }, NOW).map((l) => l.id)).toEqual(['a', 'b']);
    expect(filterLeads(leads, { age: '90' }, NOW).map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(filterLeads([lead('x', MES, 7)], { age: '7' }, NOW)).toHaveLength(1);
  });

  it('combines offering and age', () => {
    expect(filterLeads(leads, { offeringId: 'o-crm', age: '30' }, NOW).map((l) => l.id)).toEqual([
      'b',
    ]);
  });

  it('accepts only the known ages', () => {
    expect(isLeadAge('30')).toBe(true);
    expect(isLeadAge('31')).toBe(false);
    expect(isLeadAge(null)).toBe(false);
  });

  it('lists each offering once, by title (pinyin order: 客 kè before 云 yún)', () => {
    expect(offeringOptions(leads)).toEqual([
      { value: 'o-crm', label: '客户管理 CRM' },
      { value: 'o-mes', label: '云 MES' },
    ]);
  });

  it('pages, and a page past the end shows the last one', () => {
    const items = [1, 2, 3, 4, 5];
    expect(pageOf(items, 1, 2)).toEqual({ items: [1, 2], page: 1 });
    expect(pageOf(items, 3, 2)).toEqual({ items: [5], page: 3 });
    expect(pageOf(items, 9, 2)).toEqual({ items: [5], page: 3 });
    expect(pageOf([], 2, 20)).toEqual({ items: [], page: 1 });
  });
});
