import { describe, expect, it } from '@jest/globals';
import { MATCH_REASON_CODES } from './match.js';
import { caseReason, subsidyReason } from './programme-reasons.js';

describe('subsidyReason', () => {
  it('names the programme, its percentage and the net price per month in both languages', () => {
    expect(
      subsidyReason({
        programmeName: '中小企业数字化转型专项',
        subsidyPercent: 30,
        netMinMonthlyPriceCents: 69_300,
      }),
    ).toEqual({
      code: 'subsidy',
      textZh: '可享「中小企业数字化转型专项」补贴 30%，净价 ¥693.00/月',
      textEn: 'Eligible for "中小企业数字化转型专项": 30% subsidy, net ¥693.00/month',
    });
  });
});

describe('caseReason', () => {
  it('is null without cases', () => {
    expect(caseReason(0)).toBeNull();
  });

  it('counts the cases', () => {
    expect(caseReason(1)).toEqual({
      code: 'case',
      textZh: '1 个同类企业案例',
      textEn: '1 case from a firm like yours',
    });
    expect(caseReason(3)?.textEn).toBe('3 cases from firms like yours');
  });

  it('uses codes the contract lists', () => {
    expect(MATCH_REASON_CODES).toEqual(expect.arrayContaining(['subsidy', 'case']));
  });
});
