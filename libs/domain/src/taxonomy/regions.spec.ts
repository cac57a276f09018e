import { describe, expect, it } from '@jest/globals';
import {
  REGION_CODES,
  REGIONS,
  isRegionCode,
  offeringServesRegion,
  provinceOf,
  regionByCode,
  regionsThatServe,
} from './regions.js';

const ZHEJIANG = '330000';
const HANGZHOU = '330100';
const JIANGSU = '320000';
const NANJING = '320100';

describe('regions', () => {
  const provinces = REGIONS.filter((region) => region.parent === null);
  const cities = REGIONS.filter((region) => region.parent !== null);

  it('lists all 31 provincial-level divisions and one capital for each', () => {
    expect(provinces).toHaveLength(31);
    expect(cities).toHaveLength(31);
    expect(provinces[0]).toEqual({
      code: '110000',
      nameZh: '北京市',
      nameEn: 'Beijing',
      parent: null,
    });
    expect(provinces.at(-1)).toEqual({
      code: '650000',
      nameZh: '新疆维吾尔自治区',
      nameEn: 'Xinjiang Uygur Autonomous Region',
      parent: null,
    });
    for (const province of provinces) {
      expect(province.code).toMatch(/^\d{2}0000$/);
      expect(cities.filter((city) => city.parent === province.code)).toHaveLength(1);
    }
  });

  it('gives every city a parent province that contains its code', () => {
    for (const city of cities) {
      expect(city.code).toMatch(/^\d{4}00$/);
      expect(city.code).not.toMatch(/0000$/);
      expect(city.parent).toBe(`${city.code.slice(0, 2)}0000`);
      expect(isRegionCode(city.parent!)).toBe(true);
    }
  });

  it('names capitals and municipality city districts as documented', () => {
    expect(regionByCode(HANGZHOU)).toEqual({
      code: HANGZHOU,
      nameZh: '杭州市',
      nameEn: 'Hangzhou',
      parent: ZHEJIANG,
    });
    expect(regionByCode('110100')).toMatchObject({ nameZh: '北京城区', parent: '110000' });
    expect(regionByCode('500100')).toMatchObject({ nameZh: '重庆城区', parent: '500000' });
    expect(regionByCode('330000')?.nameEn).toBe('Zhejiang');
    expect(regionByCode('650100')?.nameZh).toBe('乌鲁木齐市');
  });

  it('has unique codes', () => {
    expect(new Set(REGION_CODES).size).toBe(62);
  });

  describe('isRegionCode / regionByCode', () => {
    it.each([ZHEJIANG, HANGZHOU, '110100', '540100'])('knows %s', (code) => {
      expect(isRegionCode(code)).toBe(true);
      expect(regionByCode(code)?.code).toBe(code);
    });

    it.each(['330200', '330106', '000000', '33000', 'abc', ''])('does not know %p', (code) => {
      expect(isRegionCode(code)).toBe(false);
      expect(regionByCode(code)).toBeUndefined();
    });
  });

  describe('provinceOf', () => {
    const sut = provinceOf;

    it('returns a province itself', () => {
      expect(sut(ZHEJIANG)).toBe(ZHEJIANG);
    });

    it('returns the province of a city, including municipality city districts', () => {
      expect(sut(HANGZHOU)).toBe(ZHEJIANG);
      expect(sut('110100')).toBe('110000');
      expect(sut('650100')).toBe('650000');
    });

    it('works from the code structure for well-formed codes outside the list', () => {
      expect(sut('330106')).toBe(ZHEJIANG);
    });

    it.each(['', '33', '3300001', '33a000'])('throws for the malformed code %p', (code) => {
      expect(() => sut(code)).toThrow(RangeError);
    });
  });

  describe('offeringServesRegion', () => {
    const sut = offeringServesRegion;

    it('a nationwide offering serves every firm, even one known only by its province', () => {
      expect(sut([], HANGZHOU)).toBe(true);
      expect(sut([], ZHEJIANG)).toBe(true);
    });

    it('an offering serves a region it lists', () => {
      expect(sut([HANGZHOU], HANGZHOU)).toBe(true);
      expect(sut([JIANGSU, ZHEJIANG], ZHEJIANG)).toBe(true);
    });

    it('an offering listing a province serves firms in its cities', () => {
      expect(sut([ZHEJIANG], HANGZHOU)).toBe(true);
      expect(sut(['110000'], '110100')).toBe(true);
    });

    it('a city-only offering does not serve a firm known only by its province', () => {
      expect(sut([HANGZHOU], ZHEJIANG)).toBe(false);
    });

    it('does not serve other provinces or their cities', () => {
      expect(sut([ZHEJIANG], JIANGSU)).toBe(false);
      expect(sut([ZHEJIANG], NANJING)).toBe(false);
      expect(sut([HANGZHOU], NANJING)).toBe(false);
      expect(sut([NANJING], HANGZHOU)).toBe(false);
    });

    it('a province-level firm is not served by another province sharing digits', () => {
      expect(sut(['310000'], '130000')).toBe(false);
    });
  });

  describe('regionsThatServe', () => {
    const sut = regionsThatServe;

    it('for a province: only the province', () => {
      expect(sut(ZHEJIANG)).toEqual([ZHEJIANG]);
    });

    it('for a city: the city and its province', () => {
      expect(sut(HANGZHOU)).toEqual([HANGZHOU, ZHEJIANG]);
    });

    it('for a county-level code: the county, its city and its province', () => {
      expect(sut('330106')).toEqual(['330106', HANGZHOU, ZHEJIANG]);
    });

    it('for a malformed code: only the code itself', () => {
      expect(sut('nowhere')).toEqual(['nowhere']);
    });

    it('for every listed region: itself and, for a city, exactly its parent province', () => {
      for (const region of REGIONS) {
        const expected = region.parent === null ? [region.code] : [region.code, region.parent];
        expect(sut(region.code)).toEqual(expected);
      }
    });
  });
});
