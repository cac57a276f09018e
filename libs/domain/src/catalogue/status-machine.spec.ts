import { describe, expect, it } from '@jest/globals';
import { OFFERING_STATUSES, type OfferingStatus } from './offering-rules.js';
import { editMode, type ReviewAction, transition as sut } from './status-machine.js';

const ACTIONS: ReviewAction[] = ['submit', 'approve', 'reject', 'suspend'];

/** The legal moves of api-v1.md; everything else must be refused. */
const LEGAL: Record<string, { to: OfferingStatus; revision: string }> = {
  'draft|false|submit': { to: 'pending', revision: 'none' },
  'rejected|false|submit': { to: 'pending', revision: 'none' },
  'suspended|false|submit': { to: 'pending', revision: 'none' },
  'pending|false|approve': { to: 'published', revision: 'none' },
  'pending|false|reject': { to: 'rejected', revision: 'none' },
  'published|false|suspend': { to: 'suspended', revision: 'none' },
  'published|true|approve': { to: 'published', revision: 'apply' },
  'published|true|reject': { to: 'published', revision: 'discard' },
  'published|true|submit': { to: 'published', revision: 'none' },
  'published|true|suspend': { to: 'suspended', revision: 'discard' },
};

describe('offering status machine', () => {
  const cases = OFFERING_STATUSES.flatMap((status) =>
    ACTIONS.flatMap((action) =>
      (status === 'published' ? [false, true] : [false]).map(
        (hasPendingRevision) => [status, hasPendingRevision, action] as const,
      ),
    ),
  );

  it.each(cases)('%s (revision pending: %s) + %s', (status, hasPendingRevision, action) => {
    const result = sut({ status, hasPendingRevision }, action);
    const legal = LEGAL[`${status}|${String(hasPendingRevision)}|${action}`];
    if (legal === undefined) {
      expect(result.ok).toBe(false);
    } else {
      expect(result).toEqual({ ok: true, ...legal });
    }
  });

  it('explains the refusal of submitting a published offering without a revision', () => {
    const result = sut({ status: 'published', hasPendingRevision: false }, 'submit');
    expect(result).toEqual({
      ok: false,
      reason: 'cannot submit a published offering without a pending revision',
    });
  });

  it('refuses to approve a draft', () => {
    expect(sut({ status: 'draft', hasPendingRevision: false }, 'approve')).toEqual({
      ok: false,
      reason: 'cannot approve an offering that is draft',
    });
  });

  it('edits published offerings through a revision and everything else in place', () => {
    expect(OFFERING_STATUSES.map(editMode)).toEqual([
      'in_place',
      'in_place',
      'revision',
      'in_place',
      'in_place',
    ]);
  });
});
