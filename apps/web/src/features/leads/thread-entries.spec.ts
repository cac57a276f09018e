import { describe, expect, it } from '@jest/globals';
import type { InquiryEventView } from '@toolbox/contracts';
import { threadEntries } from './thread-entries';

const event = (
  id: string,
  type: InquiryEventView['type'],
  createdAt: string,
  extra: Partial<InquiryEventView> = {},
): InquiryEventView => ({
  id,
  type,
  actor: 'provider',
  from: null,
  to: null,
  reason: null,
  planStatus: null,
  createdAt,
  ...extra,
});

describe('thread entries', () => {
  it('interleaves messages with status and plan events by time, dropping created/message events', () => {
    const entries = threadEntries({
      messages: [
        { id: 'm1', author: 'sme', body: '想申请试用', createdAt: '2027-03-01T01:00:00Z' },
        { id: 'm2', author: 'provider', body: '好的', createdAt: '2027-03-01T02:00:00Z' },
      ],
      events: [
        event('e0', 'created', '2027-03-01T01:00:00Z', { actor: 'sme' }),
        event('e1', 'message', '2027-03-01T01:00:00Z', { actor: 'sme' }),
        event('e2', 'status', '2027-03-01T02:00:00Z', {
          actor: 'system',
          from: 'open',
          to: 'responded',
        }),
        event('e3', 'status', '2027-03-02T00:00:00Z', { from: 'responded', to: 'trialing' }),
        event('e4', 'plan_item', '2027-03-02T00:00:00Z', { planStatus: 'trial' }),
      ],
    });
    expect(entries.map((e) => e.id)).toEqual(['m1', 'm2', 'e2', 'e3', 'e4']);
  });
});
