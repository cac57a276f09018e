import { Injectable } from '@nestjs/common';
import type { MatchItem, MatchResponse } from '@toolbox/contracts';
import {
  diversify,
  caseReason,
  hardConstraintBroken,
  listPriceCapForNetBudget,
  type MatchProfile,
  maxEntryStage,
  notesRelevance,
  scoreMatch,
  type ScenarioCode,
  subsidyReason,
} from '@toolbox/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CaseReader } from '../cases/index.js';
import { InquiryReader } from '../engagement/index.js';
import type { EligibleProgramme } from '../programmes/index.js';
import { SearchService, type SmeHeadline, SmePrices } from '../search/index.js';
import { SmesService } from '../smes/index.js';

const CANDIDATES = 300;
/** Published cases read for the `case` reason: the most similar to the SME first. */
const LIKE_CASES = 100;

/** Who the matches are for, beyond the profile: its user id and eligible programmes. */
export interface MatchSme {
  userId: string;
  eligible: readonly EligibleProgramme[];
}

/**
 * Best-fit published offerings for an SME. Meilisearch retrieves candidates that already keep
 * the hard constraints (region served, entry level, budget ×2, industry), then the pure
 * domain score ranks them and explains each with reasons.
 *
 * Public programmes (api-v1.md "Eligibility"): when the SME is eligible for one, each offering's
 * price is its net price (`SmePrices`), the budget rule and the budget part of the score use it,
 * and the `subsidy` reason names the programme. The `case` reason counts the offering's
 * published cases from firms like the SME (`CaseReader`). A fixed number of batch reads whatever
 * the number of candidates: no query per candidate.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly smes: SmesService,
    private readonly search: SearchService,
    private readonly inquiries: InquiryReader,
    private readonly prices: SmePrices,
    private readonly cases: CaseReader,
  ) {}

  /**
   * Per offering: how many published cases from firms like the SME link it — a case of the
   * SME's industry or listing one of its needed or weak scenarios — among the `LIKE_CASES` most
   * similar published cases (the case reader's order: same industry, then shared scenarios).
   */
  private async likeCases(
    industry: string,
    scenarios: readonly ScenarioCode[],
  ): Promise<Map<string, number>> {
    const cases = await this.cases.casesLikeFirm({ industry, scenarios }, LIKE_CASES);
    const counts = new Map<string, number>();
    for (const c of cases) {
      if (!c.sameIndustry && c.sharedScenarios === 0) continue;
      for (const id of new Set(c.offeringIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  /** Per offering: how many SMEs of `industry` have a `won` inquiry on it (the peers reason). */
  private async peersAdopted(
    offeringIds: string[],
    industry: string,
  ): Promise<Map<string, number>> {
    const adopters = await this.inquiries.adopters(offeringIds);
    const cards = await this.smes.cards([...adopters.values()].flat());
    return new Map(
      [...adopters].map(([id, smes]) => [
        id,
        smes.filter((u) => cards.get(u)?.industry === industry).length,
      ]),
    );
  }

  async matchesFor(user: AuthUser, limit: number): Promise<MatchResponse> {
    const [{ profile, notes }, eligible] = await Promise.all([
      this.smes.matchingProfile(user),
      this.prices.eligible(user.id),
    ]);
    return { items: await this.match(profile, notes, limit, { userId: user.id, eligible }) };
  }

  /** `sme` absent: no programmes apply (list prices) — the relevance runner's profiles. */
  async match(
    profile: MatchProfile,
    notes: string,
    limit: number,
    sme?: MatchSme,
  ): Promise<MatchItem[]> {
    const eligible = sme?.eligible ?? [];
    const wanted: ScenarioCode[] = [
      ...new Set([...profile.needs.map((n) => n.code), ...profile.weakScenarios]),
    ];
    const stages = Array.from({ length: maxEntryStage(profile.level) }, (_, i) => i + 1);
    // The budget rule applies to the net price: retrieval caps the list price only as far as no
    // offering whose net price fits can be left out; the exact rule runs below.
    const priceCap =
      profile.monthlyBudgetCents === null
        ? null
        : listPriceCapForNetBudget(
            profile.monthlyBudgetCents,
            Math.max(0, ...eligible.map((p) => p.subsidyPercent)),
          );
    const filter = {
      region: profile.region,
      industry: [profile.industry],
      stage: stages,
      ...(priceCap !== null ? { maxMonthlyPriceCents: priceCap } : {}),
    };
    // One query: the notes count through notesRelevance over these candidates (ADR 0006
    // addendum), not through a second, full-text query of the whole notes.
    const [byScenario, cases] = await Promise.all([
      this.search.candidates(
        '',
        { ...filter, ...(wanted.length > 0 ? { scenario: wanted } : {}) },
        CANDIDATES,
      ),
      this.likeCases(profile.industry, wanted),
    ]);
    const seen = new Map(byScenario.map((c) => [c.id, c]));
    const headlines =
      sme === undefined
        ? new Map<string, SmeHeadline>()
        : await this.prices.headlines(sme.userId, eligible, [...seen.values()]);
    // What the SME pays: the net price where a programme applies, else the list price.
    const priced = [...seen.values()].map((c) => ({
      c,
      headline: headlines.get(c.id),
      price: headlines.get(c.id)?.netMinMonthlyPriceCents ?? c.minMonthlyPriceCents,
    }));
    const kept = priced.filter(
      ({ c, price }) =>
        hardConstraintBroken(
          profile,
          price === c.minMonthlyPriceCents ? c : { ...c, minMonthlyPriceCents: price },
        ) === null,
    );
    // The pains in the notes against each candidate's title and summary, in memory (ADR 0006).
    const notesRank = notesRelevance(
      notes,
      kept.map(({ c }) => `${c.title} ${c.summary}`),
    );
    const peers = await this.peersAdopted(
      kept.map(({ c }) => c.id),
      profile.industry,
    );
    const scored = kept
      .map(({ c, headline, price }, i) => {
        const { score, reasons } = scoreMatch(profile, {
          ...c,
          minMonthlyPriceCents: price,
          textRelevance: notesRank[i] ?? 0,
          peersAdopted: peers.get(c.id) ?? 0,
        });
        if (headline?.subsidy) {
          reasons.push(
            subsidyReason({
              programmeName: headline.subsidy.programmeName,
              subsidyPercent: headline.subsidy.subsidyPercent,
              netMinMonthlyPriceCents: headline.netMinMonthlyPriceCents,
            }),
          );
        }
        const caseCount = caseReason(cases.get(c.id) ?? 0);
        if (caseCount !== null) reasons.push(caseCount);
        return { c, headline, score, reasons };
      })
      .sort(
        (a, b) =>
          b.score - a.score || b.c.publishedAt - a.c.publishedAt || a.c.id.localeCompare(b.c.id),
      );
    // One provider's near-identical editions do not fill the top five (ADR 0006 addendum).
    // The answer's items are built for the top `limit` only, not for every candidate.
    return diversify(scored, (s) => s.c.provider.id)
      .slice(0, limit)
      .map(({ c, headline, score, reasons }) => {
        const { rankingScore: _r, publishedAt: _p, ...item } = c;
        const offering = sme === undefined ? item : SmePrices.apply(item, headline);
        return { offering, score, reasons };
      });
  }
}
