import { describe, expect, it } from '@jest/globals';
import { offeringRating } from '@toolbox/domain';
import { ratingsNear } from './engagement.js';
import { generateCatalogue } from './index.js';

const catalogue = generateCatalogue();
const { offerings, smes, engagement } = catalogue;

describe('demo engagement', () => {
  it('is deterministic', () => {
    const again = generateCatalogue().engagement;
    expect(again.reviews).toEqual(engagement.reviews);
    expect(again.assessments.map((a) => a.answers)).toEqual(
      engagement.assessments.map((a) => a.answers),
    );
  });

  it('backs every rating with reviews: rating = mean of its reviews, reviewCount = their number', () => {
    for (const o of offerings) {
      const ratings = engagement.reviews
        .filter((r) => r.offeringKey === o.key)
        .map((r) => r.rating);
      expect([o.key, o.rating, o.reviewCount]).toEqual([
        o.key,
        offeringRating(ratings).rating,
        ratings.length,
      ]);
      if (o.status !== 'published') expect(ratings).toHaveLength(0);
    }
    expect(offerings.filter((o) => o.rating !== null).length).toBeGreaterThan(100);
  });

  it('backs every review with that SME’s trialing or won inquiry; verified says which', () => {
    const inquiries = new Map(engagement.inquiries.map((q) => [`${q.smeKey}/${q.offeringKey}`, q]));
    const pairs = new Set<string>();
    for (const r of engagement.reviews) {
      const key = `${r.smeKey}/${r.offeringKey}`;
      expect(pairs.has(key)).toBe(false); // one review per SME and offering
      pairs.add(key);
      const q = inquiries.get(key);
      expect(q).toBeDefined();
      expect(r.verified).toBe(q?.status === 'won' ? 'adopted' : 'trial');
      expect(smes.some((s) => s.key === r.smeKey)).toBe(true);
    }
  });

  it('gives every SME one to three assessments over the past year ending at its level, and a plan', () => {
    for (const s of smes) {
      const history = engagement.assessments.filter((a) => a.smeKey === s.key);
      expect(history.length).toBeGreaterThanOrEqual(1);
      expect(history.length).toBeLessThanOrEqual(3);
      expect(history.at(-1)?.level).toBe(s.targetLevel);
      for (const [i, a] of history.entries()) {
        expect(a.daysAgo).toBeLessThanOrEqual(365);
        if (i > 0) {
          expect(a.daysAgo).toBeLessThan(history[i - 1]?.daysAgo ?? Infinity);
          expect(a.level).toBeGreaterThanOrEqual(history[i - 1]?.level ?? 0);
        }
      }
      expect(engagement.planItems.some((p) => p.smeKey === s.key)).toBe(true);
    }
  });

  it('has at least five SMEs in several province/industry groups (demand insight)', () => {
    const groups = new Map<string, number>();
    for (const s of smes) {
      const key = `${s.region.slice(0, 2)}/${s.industry}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    expect([...groups.values()].filter((n) => n >= 5).length).toBeGreaterThanOrEqual(5);
  });

  it('ratingsNear gives integer ratings 1–5 whose mean is as close as possible', () => {
    expect(ratingsNear(4.5, 4)).toEqual([5, 5, 4, 4]);
    expect(ratingsNear(3.7, 3).reduce((a, b) => a + b, 0)).toBe(11);
    for (const r of ratingsNear(5, 6)) expect(r).toBe(5);
  });
});
