import { formatCny } from '../money.js';
import type { MatchReason } from './match.js';

/**
 * Matching reasons that come from public programmes and the case library (api-v1.md "Public
 * programmes"). Each is shown only when its condition holds; neither adds to the score (the
 * subsidy changes the score only through the budget part, which uses the net price — ADR 0006).
 */

/** The subsidy behind an offering's net price for the SME. */
export interface SubsidyFact {
  programmeName: string;
  /** The programme's percentage, 1–100. */
  subsidyPercent: number;
  /** The cheapest plan's monthly equivalent after the subsidy, fen. */
  netMinMonthlyPriceCents: number;
}

/** `subsidy`: the SME is eligible for a programme that lowers the offering's headline price. */
export function subsidyReason(s: SubsidyFact): MatchReason {
  const zh = formatCny(s.netMinMonthlyPriceCents, 'zh-CN');
  const en = formatCny(s.netMinMonthlyPriceCents, 'en');
  return {
    code: 'subsidy',
    textZh: `可享「${s.programmeName}」补贴 ${s.subsidyPercent}%，净价 ${zh}/月`,
    textEn: `Eligible for "${s.programmeName}": ${s.subsidyPercent}% subsidy, net ${en}/month`,
  };
}

/** Published cases of an offering needed before matching names them. */
export const CASES_MIN = 1;

/**
 * `case`: the offering has `count` published cases from firms like the SME (its industry, or one
 * of its needed or weak scenarios). Null below {@link CASES_MIN}.
 */
export function caseReason(count: number): MatchReason | null {
  if (!Number.isInteger(count) || count < CASES_MIN) return null;
  return {
    code: 'case',
    textZh: `${count} 个同类企业案例`,
    textEn: count === 1 ? '1 case from a firm like yours' : `${count} cases from firms like yours`,
  };
}
