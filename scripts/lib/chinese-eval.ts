/** Pure parts of `npm run eval:search-chinese` (scripts/eval-search-chinese.ts): documents, scores, output. */
import type { Settings } from 'meilisearch';
import { CHINESE_DICTIONARY, OFFERING_INDEX_SETTINGS } from '@toolbox/search';

export interface EvalDoc {
  id: string;
  title: string;
  summary: string;
  description: string;
  tags: string[];
}

export interface WordScore {
  /** precision@10; 1 when nothing is returned and nothing is relevant. */
  p10: number;
  precision: number;
  recall: number;
  hits: number;
}

export type VariantName = 'without dictionary' | 'with dictionary';

/** The published offerings as scratch-index documents (ids made safe for Meilisearch). */
export function evalDocs(
  offerings: readonly {
    key: string;
    status: string;
    title: string;
    summary: string;
    description: string;
    tags: string[];
  }[],
): EvalDoc[] {
  return offerings
    .filter((o) => o.status === 'published')
    .map((o) => ({
      id: o.key.replace(/[^A-Za-z0-9_-]/g, '_'),
      title: o.title,
      summary: o.summary,
      description: o.description,
      tags: o.tags,
    }));
}

/** Each document's searchable text: a hit is relevant when this contains the word itself. */
export function searchableText(docs: readonly EvalDoc[]): Map<string, string> {
  return new Map(
    docs.map((d) => [d.id, `${d.title} ${d.summary} ${d.description} ${d.tags.join(' ')}`]),
  );
}

export function relevantIds(text: ReadonlyMap<string, string>, word: string): Set<string> {
  return new Set([...text].filter(([, t]) => t.includes(word)).map(([id]) => id));
}

/** The production settings with and without the dictionary, on the text attributes only. */
export function evalVariants(): [VariantName, Settings][] {
  const base: Settings = {
    ...OFFERING_INDEX_SETTINGS,
    searchableAttributes: ['title', 'tags', 'summary', 'description'],
    filterableAttributes: [],
    sortableAttributes: [],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
  };
  return [
    ['without dictionary', { ...base, dictionary: [] }],
    ['with dictionary', { ...base, dictionary: CHINESE_DICTIONARY }],
  ];
}

export const indexUid = (variant: string): string => `eval_${variant.replace(/\W+/g, '_')}`;

/** Scores of one word's hits (ids in rank order) against the relevant ids. */
export function wordScore(
  ids: readonly string[],
  relevant: ReadonlySet<string>,
  estimatedTotalHits: number | undefined,
): WordScore {
  const top = ids.slice(0, 10);
  const p10 =
    top.length === 0
      ? relevant.size === 0
        ? 1
        : 0
      : top.filter((id) => relevant.has(id)).length / top.length;
  const found = ids.filter((id) => relevant.has(id)).length;
  const recall = relevant.size === 0 ? 1 : found / relevant.size;
  const precision = ids.length === 0 ? 1 : found / ids.length;
  return { p10, precision, recall, hits: estimatedTotalHits ?? ids.length };
}

const pad = (s: string, n: number): string => s.padEnd(n);

const cells = (r: WordScore | undefined): string =>
  r === undefined
    ? ''
    : `${r.p10.toFixed(2)} ${r.precision.toFixed(2)} ${r.recall.toFixed(2)} ${String(r.hits).padStart(4)}`;

/** One line per word: how many documents contain it, then both variants' scores. */
export function wordTable(
  words: readonly string[],
  text: ReadonlyMap<string, string>,
  results: Record<VariantName, readonly WordScore[]>,
): string {
  const lines = [
    `${pad('word', 8)} ${pad('relevant', 9)} | without: P@10 prec recall hits | with: P@10 prec recall hits`,
  ];
  words.forEach((word, i) => {
    const relevant = [...text.values()].filter((t) => t.includes(word)).length;
    lines.push(
      `${pad(word, 8)} ${pad(String(relevant), 9)} | ${cells(results['without dictionary'][i])} | ${cells(results['with dictionary'][i])}`,
    );
  });
  return lines.map((l) => `${l}\n`).join('');
}

const mean = (rows: readonly WordScore[], k: 'p10' | 'precision' | 'recall'): number =>
  rows.reduce((n, r) => n + r[k], 0) / rows.length;

/** One line per variant: the mean scores over all words. */
export function meansLines(results: Record<VariantName, readonly WordScore[]>): string {
  return (Object.keys(results) as VariantName[])
    .map((name) => {
      const rows = results[name];
      return `${name}: mean P@10 ${mean(rows, 'p10').toFixed(3)}, mean precision over all hits ${mean(rows, 'precision').toFixed(3)}, mean recall ${mean(rows, 'recall').toFixed(3)}\n`;
    })
    .join('');
}
