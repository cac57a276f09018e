import { describe, expect, it } from '@jest/globals';
import {
  EMPTY_SEARCH_STATE,
  hasFilters,
  parseSearchState,
  toApiQuery,
  toSearchParams,
  withFacetValues,
  withoutFilters,
} from './search-state';

describe('search state in the URL', () => {
  it('reads repeated filters, region, price cap, sort and paging', () => {
    const sut = parseSearchState(
      new URLSearchParams(
        'q=%20MES%20&scenario=quality&scenario=equipment&industry=C34&stage=3&stage=1&kind=saas' +
          '&region=330100&maxMonthlyPriceCents=100000&sort=price_asc&page=3&pageSize=50',
      ),
    );
    expect(sut).toEqual({
      q: 'MES',
      scenarios: ['quality', 'equipment'],
      industries: ['C34'],
      stages: [1, 3],
      kinds: ['saas'],
      region: '330100',
      maxMonthlyPriceCents: 100000,
      sort: 'price_asc',
      page: 3,
      pageSize: 50,
    });
  });

  it('drops values the API would refuse, so an old link still works', () => {
    const sut = parseSearchState(
      new URLSearchParams(
        'scenario=nope&scenario=quality&scenario=quality&industry=X99&stage=5&stage=0&kind=ufo' +
          '&region=999999&maxMonthlyPriceCents=-5&sort=best&page=0&pageSize=7',
      ),
    );
    expect(sut).toEqual({ ...EMPTY_SEARCH_STATE, scenarios: ['quality'] });
  });

  it('writes only what differs from the defaults, and reads back the same state', () => {
    expect(toSearchParams(EMPTY_SEARCH_STATE).toString()).toBe('');
    const state = {
      ...EMPTY_SEARCH_STATE,
      q: '质量 追溯',
      scenarios: ['quality' as const],
      stages: [2],
      region: '330000',
      maxMonthlyPriceCents: 0,
      page: 2,
    };
    const params = toSearchParams(state);
    expect(params.getAll('scenario')).toEqual(['quality']);
    expect(params.get('maxMonthlyPriceCents')).toBe('0');
    expect(params.has('sort')).toBe(false);
    expect(parseSearchState(params)).toEqual(state);
  });

  it('builds the API query with repeated parameters', () => {
    const sut = toApiQuery({
      ...EMPTY_SEARCH_STATE,
      scenarios: ['quality', 'energy'],
      kinds: ['saas'],
    });
    expect(sut).toEqual({ scenario: ['quality', 'energy'], kind: ['saas'], page: 1, pageSize: 20 });
  });

  it('replaces one facet and clears all filters but keeps the text and sort', () => {
    const state = withFacetValues(EMPTY_SEARCH_STATE, 'stage', ['3', '1', 'x']);
    expect(state.stages).toEqual([1, 3]);
    expect(hasFilters(state)).toBe(true);
    const cleared = withoutFilters({ ...state, q: 'ERP', sort: 'rating', page: 4 });
    expect(cleared).toEqual({ ...EMPTY_SEARCH_STATE, q: 'ERP', sort: 'rating' });
    expect(hasFilters(cleared)).toBe(false);
  });
});
