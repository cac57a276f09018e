import type { SearchItem } from '../search/search.dto.js';
import type { MatchReason } from './sme.dto.js';

export interface MatchItem {
  offering: SearchItem;
  /** 0..1, higher fits better. */
  score: number;
  reasons: MatchReason[];
}

export interface MatchResponse {
  items: MatchItem[];
}
