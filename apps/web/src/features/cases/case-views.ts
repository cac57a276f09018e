import type { CaseListItem, CaseView } from './api/types';
import type { CaseStoryData } from './case-data';
import type { CaseSource } from './case-form-values';
import type { CaseCardData } from './components/case-card';

/** A listed case as a card. */
export function toCardData(item: CaseListItem): CaseCardData {
  return {
    id: item.id,
    title: item.title,
    industry: item.industry || null,
    region: item.region || null,
    scenarios: item.scenarios,
    metrics: item.metrics,
    provider: item.provider ?? null,
  };
}

/** A case as its page shows it. */
export function toStoryData(view: CaseView): CaseStoryData {
  return {
    title: view.title,
    story: view.story,
    industry: view.industry || null,
    region: view.region || null,
    scenarios: view.scenarios,
    offerings: view.offerings,
    metrics: view.metrics,
    provider: view.provider ?? null,
    publishedAt: view.publishedAt,
  };
}

/** A saved case as the editor's starting values, with the titles of the offerings it links. */
export function caseSource(
  view: CaseView,
): CaseSource & { offerings: { id: string; title: string }[] } {
  return {
    title: view.title,
    story: view.story,
    industry: view.industry || null,
    region: view.region || null,
    scenarios: view.scenarios,
    offeringIds: view.offerings.map((offering) => offering.id),
    offerings: view.offerings,
    metrics: view.metrics,
  };
}
