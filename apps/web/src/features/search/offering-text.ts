import type { SearchItem } from '@toolbox/contracts';
import type { Language } from '../../lib';
import { regionName, stageName } from '../../shared';

export interface OfferingText {
  title: string;
  titleHighlight?: string;
  summary: string;
  summaryHighlight?: string;
}

/** Title and summary in the UI language (English when the offering has it), with highlights. */
export function offeringText(item: SearchItem, language: Language): OfferingText {
  const highlight = item.highlight ?? {};
  if (language === 'en' && item.titleEn) {
    return {
      title: item.titleEn,
      titleHighlight: highlight.titleEn,
      summary: item.summaryEn ?? item.summary,
      summaryHighlight: item.summaryEn ? highlight.summaryEn : highlight.summary,
    };
  }
  return {
    title: item.title,
    titleHighlight: highlight.title,
    summary: item.summary,
    summaryHighlight: highlight.summary,
  };
}

/** A list written the way the language writes lists: "一级、二级" / "Level 1, Level 2". */
export function joinList(items: readonly string[], language: Language): string {
  return items.join(language === 'en' ? ', ' : '、');
}

export function stagesText(stages: readonly number[], language: Language): string {
  return joinList(
    [...stages].sort((a, b) => a - b).map((level) => stageName(level, language)),
    language,
  );
}

/** Region names, or null for a nationwide offering (`regions: []`). */
export function regionsText(regions: readonly string[], language: Language): string | null {
  if (regions.length === 0) return null;
  return joinList(
    regions.map((code) => regionName(code, language)),
    language,
  );
}
