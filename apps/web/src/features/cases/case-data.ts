/** One before/after figure of a case. */
export interface CaseMetricData {
  code: string;
  before: number;
  after: number;
}

/**
 * What the case page shows. Published cases, the provider's editor (live preview, from the form)
 * and the admin's review all provide it, so they render through the same component.
 */
export interface CaseStoryData {
  title: string;
  story: string;
  industry: string | null;
  region: string | null;
  scenarios: readonly string[];
  offerings: readonly { id: string; title: string }[];
  metrics: readonly CaseMetricData[];
  provider?: { id: string; name: string } | null;
  publishedAt?: string | null;
}

/** A story's paragraphs: split on blank lines, each trimmed, empty ones dropped. */
export function storyParagraphs(story: string): string[] {
  return story
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}
