import { describe, expect, it } from '@jest/globals';
import { offeringRating } from '@toolbox/domain';
import { ratingsNear } from './engagement.js';
import { generateCatalogue, LEAD_STATUSES } from './index.js';

const catalogue = generateCatalogue();
const { offerings, smes, engagement, providers } = catalogue;

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

  it('seeds live leads in every status over many offerings, for the demo provider and SME', () => {
    const again = generateCatalogue().engagement;
    expect(again.inquiries).toEqual(engagement.inquiries);
    expect(again.views).toEqual(engagement.views);
    expect(again.notifications).toEqual(engagement.notifications);
    const leads = engagement.inquiries.filter((q) => q.status !== 'won' && q.status !== 'trialing');
    const demoOfferings = new Set(
      offerings.filter((o) => o.providerKey === providers[0]?.key).map((o) => o.key),
    );
    for (const status of LEAD_STATUSES) {
      expect([status, leads.filter((q) => q.status === status).length >= 10]).toEqual([
        status,
        true,
      ]);
      expect([
        status,
        leads.some((q) => demoOfferings.has(q.offeringKey) && q.status === status),
      ]).toEqual([status, true]);
      expect([status, leads.some((q) => q.smeKey === smes[0]?.key && q.status === status)]).toEqual(
        [status, true],
      );
    }
    expect(new Set(leads.map((q) => q.offeringKey)).size).toBeGreaterThanOrEqual(40);
    // One inquiry per SME and offering at all: the unfinished-per-kind invariant holds.
    const keys = engagement.inquiries.map((q) => `${q.smeKey}/${q.offeringKey}`);
    expect(new Set(keys).size).toBe(keys.length);
    const byKey = new Map(offerings.map((o) => [o.key, o]));
    for (const q of leads) {
      const o = byKey.get(q.offeringKey);
      expect(o?.status).toBe('published');
      expect(q.createdDaysAgo).toBeLessThanOrEqual(60);
      expect(q.createdDaysAgo).toBeLessThan(o?.createdDaysAgo ?? 0);
      expect(q.messages[0]?.author).toBe('sme');
      const times = [
        ...q.messages.map((m) => m.daysAgo),
        ...(q.trialDaysAgo === null ? [] : [q.trialDaysAgo]),
        ...(q.closedDaysAgo === null ? [] : [q.closedDaysAgo]),
      ];
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(Math.min(...times)).toBeGreaterThan(0);
      for (const m of q.messages) expect(m.body).toMatch(/[\u4e00-\u9fff]/);
      const answered = q.messages.some((m) => m.author === 'provider');
      if (q.status === 'open') expect(answered).toBe(false);
      if (q.status === 'responded' || q.status === 'lost') expect(answered).toBe(true);
      expect(q.reason !== null).toBe(q.status === 'lost' || q.status === 'withdrawn');
      expect(q.closedDaysAgo !== null).toBe(q.reason !== null);
    }
    expect(new Set(leads.map((q) => q.kind))).toEqual(new Set(['question', 'trial', 'quote']));
  });

  it('seeds views of the demo provider’s offerings over 30 days and unread notifications for both demo accounts', () => {
    const demoOfferings = new Set(
      offerings.filter((o) => o.providerKey === providers[0]?.key).map((o) => o.key),
    );
    const recent = engagement.views.filter((v) => demoOfferings.has(v.offeringKey));
    expect(recent.length).toBeGreaterThan(100);
    for (const v of engagement.views) {
      expect(v.daysAgo).toBeGreaterThan(0);
      expect(v.daysAgo).toBeLessThanOrEqual(31);
      expect((v.smeKey === null) !== (v.address === null)).toBe(true);
    }
    const unread = (role: 'sme' | 'provider'): number =>
      engagement.notifications.filter((n) => n.recipient.role === role && !n.read).length;
    expect(unread('provider')).toBeGreaterThanOrEqual(2);
    expect(unread('sme')).toBeGreaterThanOrEqual(1);
    const keys = new Set(engagement.inquiries.map((q) => q.key));
    for (const n of engagement.notifications) expect(keys.has(n.inquiryKey)).toBe(true);
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
