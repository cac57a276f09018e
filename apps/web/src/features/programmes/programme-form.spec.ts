import { describe, expect, it } from '@jest/globals';
import dayjs from 'dayjs';
import {
  amountProblem,
  emptyProgrammeFormValues,
  isoToWindow,
  regionChoicePath,
  regionChoices,
  toProgrammeFormValues,
  toProgrammeRequest,
  windowToIso,
} from './programme-form';
import type { ProgrammeView } from './api/types';

describe('regionChoices', () => {
  it('limits a province gov to its province and its cities', () => {
    const choices = regionChoices('330000', 'zh-CN');
    expect(choices).toHaveLength(1);
    expect(choices[0]?.value).toBe('330000');
    expect(choices[0]?.children?.map((c) => c.value)).toContain('330100');
    expect(choices[0]?.children?.every((c) => c.value.startsWith('33'))).toBe(true);
  });

  it('limits a city gov to that city alone', () => {
    expect(regionChoices('330100', 'en')).toEqual([{ value: '330100', label: 'Hangzhou' }]);
  });

  it('gives an admin every province', () => {
    expect(regionChoices(null, 'zh-CN').length).toBeGreaterThan(30);
  });
});

describe('regionChoicePath', () => {
  it('is [province, city] for a city under a province scope, [city] under a city scope', () => {
    expect(regionChoicePath('330100', '330000')).toEqual(['330000', '330100']);
    expect(regionChoicePath('330100', null)).toEqual(['330000', '330100']);
    expect(regionChoicePath('330100', '330100')).toEqual(['330100']);
    expect(regionChoicePath('330000', '330000')).toEqual(['330000']);
  });
});

describe('amountProblem', () => {
  it('accepts yuan with up to two decimals and separators', () => {
    expect(amountProblem('100000')).toBeNull();
    expect(amountProblem('1,000.50')).toBeNull();
    expect(amountProblem('0.01')).toBeNull();
  });

  it('names the problem of anything else', () => {
    expect(amountProblem('')).toBe('required');
    expect(amountProblem(undefined)).toBe('required');
    expect(amountProblem('0')).toBe('min');
    expect(amountProblem('1.234')).toBe('precision');
    expect(amountProblem('-5')).toBe('format');
    expect(amountProblem('abc')).toBe('format');
    expect(amountProblem('10000000000.01')).toBe('tooLarge');
  });
});

describe('window', () => {
  it('opens at the first day and closes right after the last day (exclusive)', () => {
    const first = dayjs('2026-03-01T10:00:00');
    const last = dayjs('2026-03-31T08:00:00');
    const { opensAt, closesAt } = windowToIso([first, last]);
    expect(new Date(opensAt).getTime()).toBe(dayjs('2026-03-01T00:00:00').valueOf());
    expect(new Date(closesAt).getTime()).toBe(dayjs('2026-04-01T00:00:00').valueOf());
    const [back0, back1] = isoToWindow(opensAt, closesAt);
    expect(back0.format('YYYY-MM-DD')).toBe('2026-03-01');
    expect(back1.format('YYYY-MM-DD')).toBe('2026-03-31');
  });
});

describe('toProgrammeRequest', () => {
  it('turns the form into the contract body with money in fen', () => {
    const values = {
      ...emptyProgrammeFormValues('330000'),
      name: '  数字化改造补贴 ',
      description: '说明',
      region: ['330000', '330100'],
      levels: [3, 1],
      subsidyPercent: 30,
      cap: '2,000',
      budget: '100000.5',
      window: [dayjs('2026-01-01'), dayjs('2026-12-31')] as [dayjs.Dayjs, dayjs.Dayjs],
    };
    const body = toProgrammeRequest(values);
    expect(body).toMatchObject({
      name: '数字化改造补贴',
      region: '330100',
      levels: [1, 3],
      subsidyPercent: 30,
      capCents: 200_000,
      budgetCents: 10_000_050,
    });
  });

  it('round-trips a stored draft', () => {
    const view: ProgrammeView = {
      id: 'p1',
      name: 'N',
      description: 'D',
      region: '330100',
      industries: ['C34'],
      scenarios: [],
      levels: [2],
      subsidyPercent: 40,
      capCents: 123_456,
      budgetCents: 10_000_000,
      committedCents: 0,
      remainingCents: 10_000_000,
      opensAt: dayjs('2026-02-01').toISOString(),
      closesAt: dayjs('2026-03-01').toISOString(),
      status: 'draft',
      publishedAt: null,
      closedAt: null,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    const values = toProgrammeFormValues(view, '330000');
    expect(values.cap).toBe('1234.56');
    expect(values.region).toEqual(['330000', '330100']);
    const body = toProgrammeRequest(values);
    expect(body.capCents).toBe(123_456);
    expect(body.budgetCents).toBe(10_000_000);
    expect(body.opensAt).toBe(view.opensAt);
    expect(body.closesAt).toBe(view.closesAt);
  });
});
