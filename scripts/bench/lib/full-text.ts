/**
 * The offering index as it was before ADR 0007 (docs/adr/0007-description-terms.md): whole
 * descriptions as running text, no stop words. Only for measurements that compare against it
 * (`npm run eval:search-index`, the benchmark's `--index-experiments`).
 */
import type { Settings } from 'meilisearch';

import { OFFERING_INDEX_SETTINGS, type OfferingDocument } from '@toolbox/search';

export type FullTextDocument = Omit<OfferingDocument, 'descriptionTerms' | 'descriptionTermsEn'> & {
  description: string;
  descriptionEn: string | null;
};

const RENAME: Record<string, string> = {
  descriptionTerms: 'description',
  descriptionTermsEn: 'descriptionEn',
};

/** A production document with its description terms replaced by the whole texts. */
export function fullTextDocument(
  doc: OfferingDocument,
  description: string,
  descriptionEn: string | null,
): FullTextDocument {
  const { descriptionTerms, descriptionTermsEn, ...rest } = doc;
  void descriptionTerms;
  void descriptionTermsEn;
  return {
    ...rest,
    description: description.slice(0, 4000),
    descriptionEn: descriptionEn?.slice(0, 4000) ?? null,
  };
}

/** The production settings with the whole-text description fields and no stop words. */
export const FULL_TEXT_SETTINGS: Settings = {
  ...OFFERING_INDEX_SETTINGS,
  searchableAttributes: (OFFERING_INDEX_SETTINGS.searchableAttributes ?? []).map(
    (a) => RENAME[a] ?? a,
  ),
  localizedAttributes: (OFFERING_INDEX_SETTINGS.localizedAttributes ?? []).map((l) => ({
    ...l,
    attributePatterns: l.attributePatterns.map((a) => RENAME[a] ?? a),
  })),
  stopWords: [],
};
