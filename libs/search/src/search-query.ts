import type { SearchOfferingsQuery, SearchSort } from '@toolbox/contracts';
import { regionsThatServe } from '@toolbox/domain';
import { ANY } from './offering-document.js';

/**
 * Filter values are validated against the taxonomy before they get here, and are still quoted
 * and escaped: nothing from a request is pasted raw into a Meilisearch filter.
 */
export function quote(value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error('filter numbers must be safe integers');
    return String(value);
  }
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function anyOf(field: string, values: readonly (string | number)[]): string {
  return `${field} IN [${values.map(quote).join(', ')}]`;
}

export interface SearchFilterInput {
  scenario?: readonly string[] | undefined;
  industry?: readonly string[] | undefined;
  stage?: readonly number[] | undefined;
  kind?: readonly string[] | undefined;
  region?: string | undefined;
  maxMonthlyPriceCents?: number | undefined;
}

/** Values of one parameter are OR-ed, different parameters AND-ed (api-v1.md, Search). */
export function buildFilter(q: SearchFilterInput): string[] {
  const filter: string[] = [];
  if (q.scenario?.length) filter.push(anyOf('scenarios', q.scenario));
  if (q.industry?.length) filter.push(anyOf('industryFilter', [...q.industry, ANY]));
  if (q.stage?.length) filter.push(anyOf('stages', q.stage));
  if (q.kind?.length) filter.push(anyOf('kind', q.kind));
  if (q.region !== undefined)
    filter.push(anyOf('regionFilter', [...regionsThatServe(q.region), ANY]));
  if (q.maxMonthlyPriceCents !== undefined) {
    filter.push(`minMonthlyPriceCents <= ${quote(q.maxMonthlyPriceCents)}`);
  }
  return filter;
}

const SORTS: Record<SearchSort, string[] | undefined> = {
  relevance: undefined,
  price_asc: ['minMonthlyPriceCents:asc'],
  price_desc: ['minMonthlyPriceCents:desc'],
  rating: ['ratingSort:desc'],
  newest: ['publishedAt:desc'],
};

export function sortOf(sort: SearchOfferingsQuery['sort']): string[] | undefined {
  return SORTS[sort ?? 'relevance'];
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';

/**
 * Prepares free text for Meilisearch v1.21: separates Latin/digit runs from Chinese
 * ("ERP系统" → "ERP 系统", so both halves are words), drops filter-like punctuation and keeps at
 * most 10 terms (Meilisearch ignores the rest anyway; we keep the first ones on purpose).
 */
export function normaliseQuery(q: string | undefined): string {
  if (q === undefined) return '';
  const spaced = q
    .normalize('NFKC')
    .replace(new RegExp(`([${CJK}])([A-Za-z0-9])`, 'g'), '$1 $2')
    .replace(new RegExp(`([A-Za-z0-9])([${CJK}])`, 'g'), '$1 $2')
    .replace(/["'`\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return spaced.split(' ').slice(0, 10).join(' ');
}

const PRE = '\u0001';
const POST = '\u0002';
export const HIGHLIGHT_TAGS = { highlightPreTag: PRE, highlightPostTag: POST };

/** HTML-escapes a highlighted fragment, then turns the private markers into <mark> tags. */
export function safeHighlight(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .split(PRE)
    .join('<mark>')
    .split(POST)
    .join('</mark>');
}
