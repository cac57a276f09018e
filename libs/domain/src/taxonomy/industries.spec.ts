import { describe, expect, it } from '@jest/globals';
import { INDUSTRIES, INDUSTRY_CODES, industryByCode, isIndustryCode } from './industries.js';

describe('industries', () => {
  it('lists every manufacturing division C13–C43 and the five non-manufacturing divisions, in order', () => {
    const manufacturing = Array.from({ length: 31 }, (_, i) => `C${13 + i}`);
    expect(INDUSTRY_CODES).toEqual([...manufacturing, 'F51', 'F52', 'G59', 'I65', 'L72']);
    expect(INDUSTRIES).toHaveLength(36);
  });

  it('uses the official GB/T 4754-2017 names', () => {
    expect(industryByCode('C13')?.nameZh).toBe('农副食品加工业');
    expect(industryByCode('C25')?.nameZh).toBe('石油、煤炭及其他燃料加工业');
    expect(industryByCode('C34')?.nameZh).toBe('通用设备制造业');
    expect(industryByCode('C36')?.nameZh).toBe('汽车制造业');
    expect(industryByCode('C39')?.nameZh).toBe('计算机、通信和其他电子设备制造业');
    expect(industryByCode('C43')?.nameZh).toBe('金属制品、机械和设备修理业');
    expect(industryByCode('G59')).toEqual({
      code: 'G59',
      nameZh: '装卸搬运和仓储业',
      nameEn: 'Loading, unloading, handling and warehousing',
    });
    expect(industryByCode('I65')?.nameEn).toBe('Software and IT services');
  });

  it('has unique codes and non-empty names in both languages', () => {
    expect(new Set(INDUSTRY_CODES).size).toBe(INDUSTRY_CODES.length);
    const zhNames = INDUSTRIES.map((industry) => industry.nameZh);
    expect(new Set(zhNames).size).toBe(zhNames.length);
    for (const industry of INDUSTRIES) {
      expect(industry.code).toMatch(/^[A-T]\d{2}$/);
      expect(industry.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(industry.nameEn).toMatch(/^[A-Z][A-Za-z ,;-]+$/);
    }
  });

  describe('isIndustryCode', () => {
    const sut = isIndustryCode;

    it.each(['C13', 'C34', 'C43', 'F51', 'L72'])('accepts %s', (code) => {
      expect(sut(code)).toBe(true);
    });

    it.each(['C12', 'C44', 'c34', 'C034', '34', 'F53', 'I64', ''])('rejects %p', (code) => {
      expect(sut(code)).toBe(false);
    });
  });

  it('industryByCode returns undefined for an unknown code', () => {
    expect(industryByCode('C99')).toBeUndefined();
  });
});
