import { Injectable } from '@nestjs/common';
import type { MatchItem, MatchResponse } from '@toolbox/contracts';
import {
  diversify,
  hardConstraintBroken,
  type MatchProfile,
  maxEntryStage,
  notesRelevance,
  scoreMatch,
  type ScenarioCode,
} from '@toolbox/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { InquiryReader } from '../engagement/index.js';
import { SearchService } from '../search/index.js';
import { SmesService } from '../smes/index.js';

const CANDIDATES = 300;

/**
 * Best-fit published offerings for an SME. Meilisearch retrieves candidates that already keep
 * the hard constraints (region served, entry level, budget ×2, industry), then the pure
 * domain score ranks them and explains each with reasons.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly smes: SmesService,
    private readonly search: SearchService,
    private readonly inquiries: InquiryReader,
  ) {}

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
    const { profile, notes } = await this.smes.matchingProfile(user);
    return { items: await this.match(profile, notes, limit) };
  }

  async match(profile: MatchProfile, notes: string, limit: number): Promise<MatchItem[]> {
    const wanted: ScenarioCode[] = [
      ...new Set([...profile.needs.map((n) => n.code), ...profile.weakScenarios]),
    ];
    const stages = Array.from({ length: maxEntryStage(profile.level) }, (_, i) => i + 1);
    const filter = {
      region: profile.region,
      industry: [profile.industry],
      stage: stages,
      ...(profile.monthlyBudgetCents !== null
        ? { maxMonthlyPriceCents: 2 * profile.monthlyBudgetCents }
        : {}),
    };
    const [byScenario, byText] = await Promise.all([
      this.search.candidates(
        '',
        { ...filter, ...(wanted.length > 0 ? { scenario: wanted } : {}) },
        CANDIDATES,
      ),
      notes.trim() === '' ? Promise.resolve([]) : this.search.candidates(notes, filter, 50),
    ]);
    const textRank = new Map(
      byText.map((c, i) => [c.id, Math.max(0.2, c.rankingScore) * (1 - i / 100)]),
    );
    const seen = new Map(byScenario.map((c) => [c.id, c]));
    for (const c of byText) if (!seen.has(c.id)) seen.set(c.id, c);
    const kept = [...seen.values()].filter((c) => hardConstraintBroken(profile, c) === null);
    // The pains in the notes against each candidate's title and summary, in memory (ADR 0006).
    const notesRank = notesRelevance(
      notes,
      kept.map((c) => `${c.title} ${c.summary}`),
    );
    const peers = await this.peersAdopted(
      kept.map((c) => c.id),
      profile.industry,
    );
    const scored = kept
      .map((c, i) => {
        const { score, reasons } = scoreMatch(profile, {
          ...c,
          textRelevance: Math.max(textRank.get(c.id) ?? 0, notesRank[i] ?? 0),
          peersAdopted: peers.get(c.id) ?? 0,
        });
        const { rankingScore: _r, publishedAt, ...offering } = c;
        return { offering, score, reasons, publishedAt };
      })
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.publishedAt - a.publishedAt ||
          a.offering.id.localeCompare(b.offering.id),
      );
    // One provider's near-identical editions do not fill the top five (ADR 0006 addendum).
    return diversify(scored, (s) => s.offering.provider.id)
      .slice(0, limit)
      .map(({ offering, score, reasons }) => ({ offering, score, reasons }));
  }
}
