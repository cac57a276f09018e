import { describe, expect, it } from '@jest/globals';
import {
  canPostInquiryMessage,
  engagementDay,
  engagementDayStart,
  INQUIRY_ACTORS,
  INQUIRY_STATUSES,
  type InquiryActor,
  type InquiryStatus,
  isFinalInquiryStatus,
  median,
  moveInquiry,
  statusAfterMessage,
} from './inquiry.js';

/** Every legal explicit move, by actor; everything else is illegal. */
const LEGAL: Record<InquiryActor, [InquiryStatus, InquiryStatus][]> = {
  provider: [
    ['open', 'trialing'],
    ['open', 'lost'],
    ['responded', 'trialing'],
    ['responded', 'lost'],
    ['trialing', 'won'],
    ['trialing', 'lost'],
  ],
  sme: [
    ['open', 'withdrawn'],
    ['responded', 'withdrawn'],
    ['trialing', 'withdrawn'],
  ],
};

const isLegal = (actor: InquiryActor, from: InquiryStatus, to: InquiryStatus): boolean =>
  LEGAL[actor].some(([f, t]) => f === from && t === to);

const ALL_MOVES = INQUIRY_ACTORS.flatMap((actor) =>
  INQUIRY_STATUSES.flatMap((from) => INQUIRY_STATUSES.map((to) => ({ actor, from, to }))),
);

describe('moveInquiry', () => {
  it.each(ALL_MOVES.filter((m) => isLegal(m.actor, m.from, m.to)))(
    'lets the $actor move $from → $to',
    ({ actor, from, to }) => {
      expect(moveInquiry(from, to, actor)).toEqual({ ok: true, to });
    },
  );

  it.each(ALL_MOVES.filter((m) => !isLegal(m.actor, m.from, m.to)))(
    'refuses the $actor moving $from → $to',
    ({ actor, from, to }) => {
      const result = moveInquiry(from, to, actor);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toEqual(expect.any(String));
    },
  );

  it('covers all 72 actor × from × to combinations (9 legal)', () => {
    expect(ALL_MOVES).toHaveLength(72);
    expect(ALL_MOVES.filter((m) => isLegal(m.actor, m.from, m.to))).toHaveLength(9);
  });

  it('explains why a final inquiry cannot move and why responded is not a move', () => {
    expect(moveInquiry('won', 'lost', 'provider')).toEqual({
      ok: false,
      reason: 'the inquiry is won: no further moves',
    });
    expect(moveInquiry('open', 'responded', 'provider')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('first message') as unknown as string,
    });
  });
});

describe('messages and final statuses', () => {
  it.each(INQUIRY_STATUSES)('%s: final exactly when won, lost or withdrawn', (s) => {
    const final = s === 'won' || s === 'lost' || s === 'withdrawn';
    expect(isFinalInquiryStatus(s)).toBe(final);
    expect(canPostInquiryMessage(s)).toBe(!final);
  });

  it('the provider’s first message makes an open inquiry responded, nothing else does', () => {
    for (const s of INQUIRY_STATUSES) {
      expect(statusAfterMessage(s, 'sme')).toBe(s);
      expect(statusAfterMessage(s, 'provider')).toBe(s === 'open' ? 'responded' : s);
    }
  });
});

describe('engagement day (China Standard Time)', () => {
  it('starts at 16:00 UTC of the previous UTC day', () => {
    const t = Date.parse('2027-03-01T15:59:59.999Z'); // 23:59 in Beijing
    expect(engagementDay(t)).toBe('2027-03-01');
    expect(engagementDay(t + 1)).toBe('2027-03-02');
    expect(new Date(engagementDayStart(t)).toISOString()).toBe('2027-02-28T16:00:00.000Z');
    expect(new Date(engagementDayStart(t + 1)).toISOString()).toBe('2027-03-01T16:00:00.000Z');
  });
});

describe('median', () => {
  it('is null when empty, the middle value when odd, the mean of the two middle ones when even', () => {
    expect(median([])).toBeNull();
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });
});
