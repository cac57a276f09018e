import { describe, expect, it } from '@jest/globals';
import { budgetShare, moneyText, windowState } from './budget';

describe('budgetShare', () => {
  it('is empty for a fresh budget', () => {
    expect(budgetShare(100_000_00, 0)).toEqual({
      committedPercent: 0,
      remainingCents: 100_000_00,
      state: 'ok',
    });
  });

  it('rounds the committed share down to one decimal', () => {
    // 1/3 committed → 33.3 %, never 33.4 %.
    expect(budgetShare(300, 100).committedPercent).toBe(33.3);
    // 2/3 → 66.6 %.
    expect(budgetShare(300, 200).committedPercent).toBe(66.6);
  });

  it('never shows 100 % while a single fen remains', () => {
    const share = budgetShare(1_000_000_000_000, 999_999_999_999);
    expect(share.committedPercent).toBe(99.9);
    expect(share.remainingCents).toBe(1);
    expect(share.state).toBe('low');
  });

  it('is exhausted at exactly the budget and when over it', () => {
    expect(budgetShare(5000, 5000)).toEqual({
      committedPercent: 100,
      remainingCents: 0,
      state: 'exhausted',
    });
    expect(budgetShare(5000, 7000).remainingCents).toBe(0);
    expect(budgetShare(0, 0).state).toBe('exhausted');
  });

  it('is low under 10 % left and ok at exactly 10 %', () => {
    expect(budgetShare(1000, 901).state).toBe('low');
    expect(budgetShare(1000, 900).state).toBe('ok');
  });

  it('treats a negative committed total as nothing committed', () => {
    expect(budgetShare(1000, -5)).toMatchObject({ committedPercent: 0, remainingCents: 1000 });
  });
});

describe('moneyText', () => {
  it('shows fen as yuan with two decimals and thousands separators', () => {
    expect(moneyText(0, 'zh-CN')).toBe('¥0.00');
    expect(moneyText(1, 'zh-CN')).toBe('¥0.01');
    expect(moneyText(99, 'en')).toBe('¥0.99');
    expect(moneyText(100, 'zh-CN')).toBe('¥1.00');
    expect(moneyText(123_456_789, 'zh-CN')).toBe('¥1,234,567.89');
    expect(moneyText(1_000_000_000_000, 'en')).toBe('¥10,000,000,000.00');
  });

  it('shows nothing known as a dash, never NaN', () => {
    expect(moneyText(null, 'zh-CN')).toBe('—');
    expect(moneyText(undefined, 'en')).toBe('—');
    expect(moneyText(12.5, 'zh-CN')).toBe('—');
    expect(moneyText(Number.NaN, 'zh-CN')).toBe('—');
  });
});

describe('windowState', () => {
  const window = { opensAt: '2026-01-01T00:00:00Z', closesAt: '2026-12-31T16:00:00Z' };
  it('opens at opensAt and closes at closesAt (exclusive)', () => {
    expect(windowState(window, new Date('2025-12-31T23:59:59Z'))).toBe('upcoming');
    expect(windowState(window, new Date('2026-01-01T00:00:00Z'))).toBe('open');
    expect(windowState(window, new Date('2026-12-31T15:59:59Z'))).toBe('open');
    expect(windowState(window, new Date('2026-12-31T16:00:00Z'))).toBe('ended');
  });
});
