import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { ApiError } from '../../lib';
import { ineligibilityReasonOf, isBudgetExhausted, programmeErrorText } from './programme-errors';

const t = ((key: string, options?: Record<string, string>) =>
  options?.reason ? `${key}:${options.reason}` : key) as unknown as TFunction;

describe('programmeErrorText', () => {
  it('explains budget exhaustion in the UI words', () => {
    const error = new ApiError(409, ['budget exhausted: …'], 'BUDGET_EXHAUSTED');
    expect(programmeErrorText(error, t, 'zh-CN')).toBe('programmes.errors.budgetExhausted');
    expect(isBudgetExhausted(error)).toBe(true);
    expect(isBudgetExhausted(new ApiError(409, ['x'], 'APPLICATION_EXISTS'))).toBe(false);
  });

  it('names the eligibility rule the SME breaks, in its language', () => {
    const error = new ApiError(
      409,
      ['not eligible (industry_not_listed): the company… / 企业…'],
      'NOT_ELIGIBLE',
    );
    expect(programmeErrorText(error, t, 'zh-CN')).toBe(
      'programmes.errors.notEligibleBecause:企业所属行业不在该项目支持范围内',
    );
    expect(programmeErrorText(error, t, 'en')).toBe(
      "programmes.errors.notEligibleBecause:the company's industry is not covered by the programme",
    );
  });

  it('falls back to a generic sentence for an unknown reason, and the server text otherwise', () => {
    expect(programmeErrorText(new ApiError(409, ['not eligible'], 'NOT_ELIGIBLE'), t, 'en')).toBe(
      'programmes.errors.notEligible',
    );
    expect(programmeErrorText(new ApiError(409, ['odd'], 'SOMETHING_ELSE'), t, 'en')).toBe('odd');
    expect(programmeErrorText(new ApiError(404, ['nope'], 'X'), t, 'en')).toBe('errors.notFound');
  });
});

describe('ineligibilityReasonOf', () => {
  it('reads only known reason codes', () => {
    expect(ineligibilityReasonOf('not eligible (closed): …')).toBe('closed');
    expect(ineligibilityReasonOf('not eligible (drop_table): …')).toBeNull();
    expect(ineligibilityReasonOf('no parenthesis')).toBeNull();
  });
});
