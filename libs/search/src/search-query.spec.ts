import { describe, expect, it } from '@jest/globals';
import { buildFilter, normaliseQuery, quote, safeHighlight, sortOf } from './search-query.js';

describe('search query building', () => {
  it('ORs values of one parameter and ANDs parameters, with "fits all" markers', () => {
    expect(
      buildFilter({
        scenario: ['quality', 'energy'],
        industry: ['C34'],
        stage: [1, 2],
        kind: ['saas'],
        maxMonthlyPriceCents: 50000,
      }),
    ).toEqual([
      'scenarios IN ["quality", "energy"]',
      'industryFilter IN ["C34", "*"]',
      'stages IN [1, 2]',
      'kind IN ["saas"]',
      'minMonthlyPriceCents <= 50000',
    ]);
  });

  it('treats a city as inside its province and nationwide offerings as everywhere', () => {
    expect(buildFilter({ region: '330100' })).toEqual([
      'regionFilter IN ["330100", "330000", "*"]',
    ]);
    expect(buildFilter({ region: '330000' })).toEqual(['regionFilter IN ["330000", "*"]']);
  });

  it('quotes and escapes strings so nothing is pasted raw into a filter', () => {
    expect(quote('a" OR kind = "x')).toBe('"a\\" OR kind = \\"x"');
    expect(quote('back\\slash')).toBe('"back\\\\slash"');
    expect(() => quote(1.5)).toThrow();
  });

  it('maps sorts', () => {
    expect(sortOf(undefined)).toBeUndefined();
    expect(sortOf('price_asc')).toEqual(['minMonthlyPriceCents:asc']);
    expect(sortOf('newest')).toEqual(['publishedAt:desc']);
  });

  it('separates Latin and Chinese runs and keeps the first 10 terms', () => {
    expect(normaliseQuery('ERP系统')).toBe('ERP 系统');
    expect(normaliseQuery('云MES轻量版')).toBe('云 MES 轻量版');
    expect(normaliseQuery('5G 工厂')).toBe('5G 工厂');
    expect(normaliseQuery('a b c d e f g h i j k l').split(' ')).toHaveLength(10);
    expect(normaliseQuery('  "quoted"  ')).toBe('quoted');
  });

  it('escapes HTML in highlights and keeps only our marks', () => {
    expect(safeHighlight('\u0001MES\u0002 <script>')).toBe('<mark>MES</mark> &lt;script&gt;');
  });
});
