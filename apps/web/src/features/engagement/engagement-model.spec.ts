import { describe, expect, it } from '@jest/globals';
import type { Inquiry, InquiryEvent, InquirySummary } from './api/types';
import {
  hasReachedTrial,
  inquiryActions,
  isFinalStatus,
  linkedInquiry,
  reviewEligibility,
  threadTimeline,
} from './engagement-model';

const OFFERING = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

function inquiry(overrides: Partial<InquirySummary>): InquirySummary {
  return {
    id: 'i1',
    kind: 'question',
    status: 'open',
    offering: { id: OFFERING, title: '云 MES' },
    provider: { id: 'p1', name: '某服务商' },
    sme: {
      id: 's1',
      companyName: '某公司',
      industry: 'C34',
      region: '330100',
      sizeClass: 'small',
      level: 2,
    },
    planName: null,
    messageCount: 1,
    lastMessageAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function event(overrides: Partial<InquiryEvent>): InquiryEvent {
  return {
    id: 'e',
    type: 'status',
    actor: 'provider',
    from: null,
    to: null,
    reason: null,
    planStatus: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('inquiryActions', () => {
  it('offers all three kinds as buttons when the SME has no inquiry on the offering', () => {
    expect(inquiryActions([], OFFERING)).toEqual([
      { kind: 'question', state: 'new' },
      { kind: 'trial', state: 'new' },
      { kind: 'quote', state: 'new' },
    ]);
  });

  it('shows an unfinished inquiry of a kind instead of its button', () => {
    const trial = inquiry({ id: 't', kind: 'trial', status: 'responded' });
    const actions = inquiryActions([trial], OFFERING);
    expect(actions.map((a) => a.state)).toEqual(['new', 'open', 'new']);
    expect(actions[1]).toEqual({ kind: 'trial', state: 'open', inquiry: trial });
  });

  it.each(['won', 'lost', 'withdrawn'] as const)(
    'a %s inquiry does not block a new one',
    (status) => {
      expect(inquiryActions([inquiry({ kind: 'quote', status })], OFFERING)[2]).toEqual({
        kind: 'quote',
        state: 'new',
      });
    },
  );

  it('ignores inquiries on other offerings', () => {
    const elsewhere = inquiry({ offering: { id: OTHER, title: 'x' }, status: 'trialing' });
    expect(inquiryActions([elsewhere], OFFERING)[0]).toEqual({ kind: 'question', state: 'new' });
  });

  it('shows the newest unfinished one when there are several', () => {
    const old = inquiry({ id: 'old', updatedAt: '2026-01-01T00:00:00.000Z' });
    const recent = inquiry({ id: 'new', updatedAt: '2026-02-01T00:00:00.000Z' });
    const action = inquiryActions([old, recent], OFFERING)[0];
    expect(action?.state === 'open' && action.inquiry.id).toBe('new');
  });
});

describe('linkedInquiry', () => {
  it('is null without an inquiry on the offering', () => {
    expect(linkedInquiry([inquiry({ offering: { id: OTHER, title: 'x' } })], OFFERING)).toBeNull();
  });

  it('prefers an unfinished trial, then the newest unfinished inquiry of any kind', () => {
    const question = inquiry({ id: 'q', kind: 'question', updatedAt: '2026-03-01T00:00:00.000Z' });
    const trial = inquiry({ id: 't', kind: 'trial', status: 'responded' });
    expect(linkedInquiry([question, trial], OFFERING)?.id).toBe('t');
    expect(linkedInquiry([question], OFFERING)?.id).toBe('q');
  });

  it('counts only the kinds asked for', () => {
    const question = inquiry({ id: 'q', kind: 'question' });
    expect(linkedInquiry([question], OFFERING, { kinds: ['trial'] })).toBeNull();
  });

  it.each(['won', 'lost', 'withdrawn'] as const)(
    'does not link a %s inquiry by default',
    (status) => {
      expect(linkedInquiry([inquiry({ kind: 'trial', status })], OFFERING)).toBeNull();
    },
  );

  it('links the newest won inquiry with includeWon, but never a lost or withdrawn one', () => {
    const won = inquiry({ id: 'w', kind: 'quote', status: 'won' });
    const lost = inquiry({
      id: 'l',
      kind: 'trial',
      status: 'lost',
      updatedAt: '2026-05-01T00:00:00.000Z',
    });
    expect(linkedInquiry([lost, won], OFFERING, { includeWon: true })?.id).toBe('w');
    expect(linkedInquiry([lost], OFFERING, { includeWon: true })).toBeNull();
    const open = inquiry({ id: 'o', kind: 'question', status: 'open' });
    expect(linkedInquiry([won, open], OFFERING, { includeWon: true })?.id).toBe('o');
  });
});

describe('reviewEligibility', () => {
  it('is null without an inquiry that reached trialing or won', () => {
    expect(reviewEligibility([], OFFERING)).toBeNull();
    expect(
      reviewEligibility(
        [
          inquiry({ status: 'open' }),
          inquiry({ status: 'responded' }),
          inquiry({ status: 'lost' }),
        ],
        OFFERING,
      ),
    ).toBeNull();
  });

  it('is trial while trialing, adopted once won', () => {
    expect(reviewEligibility([inquiry({ status: 'trialing' })], OFFERING)).toBe('trial');
    expect(
      reviewEligibility([inquiry({ status: 'trialing' }), inquiry({ status: 'won' })], OFFERING),
    ).toBe('adopted');
  });

  it('counts a lost inquiry whose thread shows it was trialing', () => {
    const lost = inquiry({ id: 'lost', status: 'lost' });
    expect(reviewEligibility([lost], OFFERING, new Set(['lost']))).toBe('trial');
  });

  it('ignores other offerings', () => {
    expect(
      reviewEligibility(
        [inquiry({ status: 'won', offering: { id: OTHER, title: 'x' } })],
        OFFERING,
      ),
    ).toBeNull();
  });
});

describe('thread helpers', () => {
  it('final statuses are won, lost and withdrawn', () => {
    expect(
      ['open', 'responded', 'trialing', 'won', 'lost', 'withdrawn'].filter((s) =>
        isFinalStatus(s as InquirySummary['status']),
      ),
    ).toEqual(['won', 'lost', 'withdrawn']);
  });

  it('orders messages and events by time, dropping message events, events first on ties', () => {
    const at = (minute: number) => `2026-01-01T00:0${minute}:00.000Z`;
    const timeline = threadTimeline({
      messages: [
        { id: 'm1', author: 'sme', body: '你好', createdAt: at(0) },
        { id: 'm2', author: 'provider', body: '您好', createdAt: at(2) },
      ],
      events: [
        event({ id: 'created', type: 'created', actor: 'sme', to: 'open', createdAt: at(0) }),
        event({ id: 'msg', type: 'message', actor: 'sme', createdAt: at(0) }),
        event({ id: 'auto', actor: 'system', from: 'open', to: 'responded', createdAt: at(2) }),
        event({ id: 'plan', type: 'plan_item', planStatus: 'trial', createdAt: at(3) }),
      ],
    });
    expect(timeline.map((entry) => entry.id)).toEqual(['created', 'm1', 'auto', 'm2', 'plan']);
  });

  it('knows whether a thread once reached trialing', () => {
    const base: Pick<Inquiry, 'status' | 'events'> = { status: 'lost', events: [] };
    expect(hasReachedTrial(base)).toBe(false);
    expect(
      hasReachedTrial({ ...base, events: [event({ from: 'responded', to: 'trialing' })] }),
    ).toBe(true);
    expect(hasReachedTrial({ status: 'won', events: [] })).toBe(true);
  });
});
