import { type Deployment, DEPLOYMENT_LABELS } from '../taxonomy/catalogue.js';
import { industryByCode } from '../taxonomy/industries.js';
import { offeringServesRegion, regionByCode } from '../taxonomy/regions.js';
import { type ScenarioCode, scenarioByCode } from '../taxonomy/scenarios.js';
import { formatCny } from '../money.js';

export const MATCH_REASON_CODES = [
  'industry',
  'stage',
  'scenario',
  'budget',
  'region',
  'weak_area',
  'subsidy',
  'rating',
  'text',
  'deployment',
  'peers',
  'case',
] as const;
export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];

export interface MatchReason {
  code: MatchReasonCode;
  textZh: string;
  textEn: string;
}

/** What matching knows about the SME. */
export interface MatchProfile {
  industry: string;
  region: string;
  /** Newest assessment level (0–4); null before any assessment (treated as 1). */
  level: number | null;
  needs: readonly { code: ScenarioCode; priority: number }[];
  monthlyBudgetCents: number | null;
  deployment: Deployment | null;
  /** Weak scenarios of the newest assessment, most important first. */
  weakScenarios: readonly ScenarioCode[];
  /**
   * The newest assessment's rating (0–4) per assessed scenario, null where not applicable;
   * absent or empty before any assessment (the level fit then uses the weak list only).
   */
  scenarioRatings?: Readonly<Partial<Record<ScenarioCode, number | null>>>;
}

export interface MatchCandidate {
  id: string;
  scenarios: readonly ScenarioCode[];
  industries: readonly string[];
  stages: readonly number[];
  regions: readonly string[];
  deployment: string;
  minMonthlyPriceCents: number;
  rating: number | null;
  /** 0..1 relevance of the offering's text to the SME's notes (0 when none). */
  textRelevance: number;
  /** SMEs of the SME's own industry with a `won` inquiry on the offering (0 when unknown). */
  peersAdopted?: number;
}

/** Peers that must have adopted an offering before matching says so (api-v1.md). */
export const PEERS_MIN = 3;
/**
 * A small bonus for an offering that at least `PEERS_MIN` firms of the SME's industry adopted
 * and that covers one of the SME's stated needs or weak areas (social proof breaks ties among
 * relevant offerings; it does not lift an irrelevant one), added on top of the weighted parts
 * (the score stays clamped to 0..1). The `peers` reason is shown whenever the peers adopted it,
 * and explains the bonus where there is one.
 */
export const PEERS_BONUS = 0.003;

/** Level used for matching: level 0 and "not assessed" count as level 1 (api-v1.md). */
export function matchingLevel(level: number | null): number {
  return Math.max(1, level ?? 1);
}

/** Highest lowest-stage an offering may have for this SME (offering not ≥ 2 levels above). */
export function maxEntryStage(level: number | null): number {
  return Math.min(4, matchingLevel(level) + 1);
}

/**
 * The contract's hard constraints: the offering serves the SME's region, its lowest stage is
 * not two or more above the SME's level, and its cheapest monthly price is at most twice the
 * budget (when one is set). Answers the broken rule, or null.
 */
export function hardConstraintBroken(
  p: MatchProfile,
  c: Pick<MatchCandidate, 'regions' | 'stages' | 'minMonthlyPriceCents'>,
): 'region' | 'stage' | 'budget' | null {
  if (!offeringServesRegion(c.regions, p.region)) return 'region';
  if (c.stages.length === 0 || Math.min(...c.stages) - matchingLevel(p.level) >= 2) return 'stage';
  if (p.monthlyBudgetCents !== null && c.minMonthlyPriceCents > 2 * p.monthlyBudgetCents) {
    return 'budget';
  }
  return null;
}

/**
 * Weights of the score's parts; they sum to 1, so the score stays in 0..1. Tuned on the labelled
 * set in eval/relevance (docs/relevance.md, proposal P).
 */
export const MATCH_WEIGHTS = {
  scenario: 0.32,
  weakArea: 0.07,
  stage: 0.12,
  industry: 0.19,
  budget: 0.08,
  region: 0.03,
  rating: 0.03,
  text: 0.11,
  deployment: 0.05,
} as const;

/** Factors inside the score's parts (docs/relevance.md, ADR 0006 addendum). */
export const MATCH_FACTORS = {
  /** Stage credit of an offering whose lowest stage is one above the SME's level. */
  stepUp: 0.8,
  /** Stage credit of an offering made only for lower levels, in a weak scenario of the SME. */
  belowWeak: 0.4,
  /** Stage credit of an offering made only for lower levels (highest stage = level − 1). */
  below: 0.2,
  /**
   * Stage credit of an offering made only for lower levels that reaches the SME's next step in
   * its scenario (one above the assessment's rating there); `below` when one short, else 0.
   */
  belowNext: 0.8,
  /** Need and weak-area credit of an offering one level short of the SME's next step there. */
  behindOne: 1,
  /** Need and weak-area credit of an offering two or more levels short. */
  behindTwo: 0.5,
  /** Industry credit of an offering for every industry (an edition for the SME's gets 1). */
  generic: 0.4,
  /** Need credit when the covered need is not the offering's main (first) scenario. */
  secondary: 0.7,
  /** Weak-area credit lost per place down the weak list (at most 5 places). */
  weakDecay: 0.1,
  /** Share of the monthly budget below which a price counts as a small tool, not the solution. */
  cheapShare: 0.1,
  /** Budget credit of such a small tool (1 at or above the share, up to the budget). */
  cheap: 0.5,
} as const;

const name = (code: ScenarioCode): { zh: string; en: string } => {
  const s = scenarioByCode(code);
  return { zh: s?.nameZh ?? code, en: s?.nameEn ?? code };
};

/**
 * How the offering's stages fit the SME: the stage credit (0..1), how many levels it falls short
 * of the SME's next step in the scenario it is matched for (0: not short), and the `stage` reason
 * when there is one. Made for the SME's level: full credit; its lowest stage one above: the normal
 * next step up. Made only for lower levels: with the assessment's ratings, the next step in the
 * scenario is one above the rating there (at most the SME's level); an offering that reaches it
 * is a right next step, one level short a little behind, further short too basic. Without
 * ratings: a fair next step in a weak scenario, else one level down a little, two not at all.
 */
function levelFit(
  p: MatchProfile,
  c: Pick<MatchCandidate, 'stages' | 'scenarios'>,
  focus: ScenarioCode | undefined,
): { credit: number; behind: number; reason?: MatchReason } {
  const f = MATCH_FACTORS;
  const level = matchingLevel(p.level);
  const lowest = Math.min(...c.stages);
  const highest = Math.max(...c.stages);
  if (c.stages.includes(level)) {
    return {
      credit: 1,
      behind: 0,
      reason: {
        code: 'stage',
        textZh: `适合数字化水平${['零', '一', '二', '三', '四'][level]}级的企业`,
        textEn: `Suits firms at digital level ${level}`,
      },
    };
  }
  if (lowest === level + 1) {
    return {
      credit: f.stepUp,
      behind: 0,
      reason: {
        code: 'stage',
        textZh: '帮助您迈上更高一级数字化水平',
        textEn: 'Helps you step up one digital level',
      },
    };
  }
  if (lowest > level) return { credit: 0, behind: 0 };
  const rated = focus ?? c.scenarios[0];
  const rating = rated === undefined ? undefined : p.scenarioRatings?.[rated];
  if (rated !== undefined && typeof rating === 'number') {
    const next = Math.min(level, rating + 1);
    const behind = next - highest;
    if (behind > 0) return { credit: behind === 1 ? f.below : 0, behind };
    const n = name(rated);
    return {
      credit: f.belowNext,
      behind: 0,
      reason: {
        code: 'stage',
        textZh: `适合您在「${n.zh}」的下一步（评估 ${rating} 级）`,
        textEn: `The next step for your rating in ${n.en} (${rating} of 4)`,
      },
    };
  }
  const forWeak = focus !== undefined && p.weakScenarios.includes(focus);
  if (forWeak) return { credit: f.belowWeak, behind: 0 };
  return { credit: highest === level - 1 ? f.below : 0, behind: level - highest };
}

/**
 * Scores one candidate for one SME (0..1) and explains it. Pure: the API retrieves candidates
 * that already satisfy the hard constraints, this ranks them.
 */
export function scoreMatch(
  p: MatchProfile,
  c: MatchCandidate,
): { score: number; reasons: MatchReason[] } {
  const reasons: MatchReason[] = [];
  const w = MATCH_WEIGHTS;
  const f = MATCH_FACTORS;
  let score = 0;

  // What the offering is matched for: the highest-priority stated need it covers, else the most
  // important weak area of the newest assessment it covers.
  const covered = p.needs
    .filter((n) => c.scenarios.includes(n.code))
    .sort((a, b) => b.priority - a.priority);
  const top = covered[0];
  const weakIndex = p.weakScenarios.findIndex((s) => c.scenarios.includes(s));
  const focusScenario = top?.code ?? (weakIndex >= 0 ? p.weakScenarios[weakIndex] : undefined);
  const fit = levelFit(p, c, focusScenario);
  // An offering made for firms further behind than the SME is in that scenario meets the need or
  // the weak area in name only: its credit for them shrinks with every level it falls short.
  const reach = fit.behind <= 0 ? 1 : fit.behind === 1 ? f.behindOne : f.behindTwo;

  // Needs.
  if (top !== undefined) {
    const extra = Math.min(covered.length - 1, 2) * 0.1;
    // Focus: an offering mainly about the needed scenarios beats one that lists them in passing.
    const focus =
      (0.6 + 0.4 * (covered.length / Math.max(1, c.scenarios.length))) *
      (c.scenarios[0] === top.code ? 1 : f.secondary);
    score += w.scenario * reach * Math.min(1, (top.priority / 5) * focus + extra);
    const n = name(top.code);
    reasons.push({
      code: 'scenario',
      textZh: `满足您的需求「${n.zh}」（优先级 ${top.priority}）`,
      textEn: `Meets your need "${n.en}" (priority ${top.priority})`,
    });
  } else if (p.needs.length === 0) {
    score += w.scenario * 0.3;
  }

  // Weak areas of the newest assessment, the most important first.
  if (weakIndex >= 0) {
    const weak = p.weakScenarios[weakIndex];
    score += w.weakArea * reach * (1 - Math.min(weakIndex, 5) * f.weakDecay);
    if (weak !== undefined) {
      const n = name(weak);
      reasons.push({
        code: 'weak_area',
        textZh: `补齐评估短板「${n.zh}」`,
        textEn: `Lifts a weak area from your assessment: ${n.en}`,
      });
    }
  }

  // Digital level.
  score += w.stage * fit.credit;
  if (fit.reason !== undefined) reasons.push(fit.reason);

  // Industry: built for it, or fits every industry.
  if (c.industries.includes(p.industry)) {
    score += w.industry;
    const ind = industryByCode(p.industry);
    reasons.push({
      code: 'industry',
      textZh: `面向${ind?.nameZh ?? p.industry}`,
      textEn: `Made for ${ind?.nameEn ?? p.industry}`,
    });
  } else if (c.industries.length === 0) {
    score += w.industry * f.generic;
  }

  // Budget.
  if (p.monthlyBudgetCents !== null) {
    if (c.minMonthlyPriceCents <= p.monthlyBudgetCents) {
      // A tool that costs a small part of the budget is usually not the solution the SME is
      // budgeting for: less credit below that share (still within budget).
      const share = c.minMonthlyPriceCents / p.monthlyBudgetCents;
      score += w.budget * (share >= f.cheapShare ? 1 : f.cheap);
      reasons.push({
        code: 'budget',
        textZh: `${formatCny(c.minMonthlyPriceCents, 'zh-CN')}/月起，在您的预算内`,
        textEn: `From ${formatCny(c.minMonthlyPriceCents, 'en')}/month, within your budget`,
      });
    } else {
      score +=
        w.budget *
        0.3 *
        (1 - (c.minMonthlyPriceCents - p.monthlyBudgetCents) / p.monthlyBudgetCents);
    }
  } else {
    score += w.budget * 0.6;
  }

  // Region: local service beats nationwide.
  if (c.regions.length > 0 && offeringServesRegion(c.regions, p.region)) {
    score += w.region;
    const served =
      c.regions.find((r) => r === p.region) ??
      c.regions.find((r) => offeringServesRegion([r], p.region));
    const region = served === undefined ? undefined : regionByCode(served);
    reasons.push({
      code: 'region',
      textZh: `在${region?.nameZh ?? '本地'}提供本地服务`,
      textEn: `Local service in ${region?.nameEn ?? 'your region'}`,
    });
  } else {
    score += w.region * 0.6;
  }

  // Rating.
  if (c.rating !== null) {
    score += w.rating * (c.rating / 5);
    if (c.rating >= 4.5) {
      reasons.push({
        code: 'rating',
        textZh: `用户评分 ${c.rating.toFixed(1)}`,
        textEn: `Rated ${c.rating.toFixed(1)}`,
      });
    }
  } else {
    score += w.rating * 0.6;
  }

  // Free text of the SME's notes.
  if (c.textRelevance > 0) {
    score += w.text * Math.min(1, c.textRelevance);
    if (c.textRelevance >= 0.5) {
      reasons.push({
        code: 'text',
        textZh: '与您描述的痛点相关',
        textEn: 'Relates to the pain points you described',
      });
    }
  }

  if (p.deployment !== null && c.deployment === p.deployment) {
    const d = DEPLOYMENT_LABELS[p.deployment];
    reasons.push({
      code: 'deployment',
      textZh: `支持${d.nameZh}`,
      textEn: `Offers ${d.nameEn.toLowerCase()} deployment`,
    });
    score += w.deployment;
  } else if (p.deployment !== null && (c.deployment === 'hybrid' || p.deployment === 'hybrid')) {
    score += w.deployment * 0.5;
  }

  // Firms like you: proof by adoption in the SME's own industry.
  const peers = c.peersAdopted ?? 0;
  if (peers >= PEERS_MIN) {
    if (top !== undefined || weakIndex >= 0) score += PEERS_BONUS;
    reasons.push({
      code: 'peers',
      textZh: `${peers} 家同行业企业已采用`,
      textEn: `${peers} firms in your industry adopted this`,
    });
  }

  return { score: Math.max(0, Math.min(1, Math.round(score * 1000) / 1000)), reasons };
}

/** In the first {@link DIVERSE_TOP} ranks, at most this many offerings of one provider. */
export const MAX_PER_PROVIDER_TOP = 3;
/** How many first ranks the provider cap applies to. */
export const DIVERSE_TOP = 5;

/**
 * Orders scored matches (sorted best first, with the usual tie-breaks) with provider diversity:
 * in the first {@link DIVERSE_TOP} ranks, a provider's offering after its first
 * {@link MAX_PER_PROVIDER_TOP} moves down to just below them, so one provider's near-identical
 * editions do not fill the top of the list. Below that the score order is kept, and nothing is
 * dropped. The scores themselves are not changed.
 */
export function diversify<T>(
  sorted: readonly T[],
  providerOf: (item: T) => string,
  maxPerProvider: number = MAX_PER_PROVIDER_TOP,
  top: number = DIVERSE_TOP,
): T[] {
  const head: T[] = [];
  const deferred: T[] = [];
  const count = new Map<string, number>();
  let next = 0;
  for (const item of sorted) {
    if (head.length >= top) break;
    next += 1;
    const provider = providerOf(item);
    const n = count.get(provider) ?? 0;
    if (n >= maxPerProvider) {
      deferred.push(item);
      continue;
    }
    count.set(provider, n + 1);
    head.push(item);
  }
  return [...head, ...deferred, ...sorted.slice(next)];
}

/** Character bigrams of the Han runs of a text, and its Latin or digit words of 2+ characters. */
export function textTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i += 1) terms.add(run.slice(i, i + 2));
  }
  for (const word of text.toLowerCase().match(/[a-z0-9]{2,}/g) ?? []) terms.add(word);
  return terms;
}

/**
 * How well each candidate's text (title and summary) matches the pains the SME wrote in its
 * notes, 0..1 relative to the best candidate of this request: the notes' terms (Chinese
 * character bigrams, Latin words) found in the candidate's text, each weighted by its inverse
 * frequency among the candidates, so words every candidate shares (管理, 系统) count for little
 * and the distinguishing ones (成本, 缺陷) count most. In memory, over the candidates already
 * retrieved: no query per candidate.
 */
export function notesRelevance(notes: string, texts: readonly string[]): number[] {
  const wanted = [...textTerms(notes)];
  if (wanted.length === 0 || texts.length === 0) return texts.map(() => 0);
  // Substring tests of the notes' few terms: cheaper than the terms of every candidate.
  const found = texts.map((text) => {
    const lower = text.toLowerCase();
    return wanted.map((term) => lower.includes(term));
  });
  const weight = wanted.map((_, t) => {
    const df = found.reduce((n, hits) => n + (hits[t] === true ? 1 : 0), 0);
    return df === 0 ? 0 : Math.log((texts.length + 1) / df);
  });
  const raw = found.map((hits) =>
    hits.reduce((sum, hit, t) => sum + (hit ? (weight[t] ?? 0) : 0), 0),
  );
  const best = Math.max(...raw);
  return best <= 0 ? raw.map(() => 0) : raw.map((r) => r / best);
}
