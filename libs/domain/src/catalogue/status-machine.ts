import type { OfferingStatus } from './offering-rules.js';

/**
 * The review workflow of api-v1.md "Status and revisions", as a pure function.
 *
 *   draft ─submit→ pending ─approve→ published ─suspend→ suspended ─submit→ pending
 *                    └─reject→ rejected ─submit→ pending
 *
 * A published offering with a pending revision: approve applies it, reject discards it (both keep
 * `published`); submit is accepted as a no-op (the revision is already waiting for review).
 */
export type ReviewAction = 'submit' | 'approve' | 'reject' | 'suspend';

export type RevisionEffect = 'none' | 'apply' | 'discard';

export type Transition =
  { ok: true; to: OfferingStatus; revision: RevisionEffect } | { ok: false; reason: string };

export interface TransitionInput {
  status: OfferingStatus;
  hasPendingRevision: boolean;
}

const illegal = (action: ReviewAction, from: TransitionInput): Transition => ({
  ok: false,
  reason:
    from.status === 'published' && !from.hasPendingRevision && action !== 'suspend'
      ? `cannot ${action} a published offering without a pending revision`
      : `cannot ${action} an offering that is ${from.status}`,
});

export function transition(from: TransitionInput, action: ReviewAction): Transition {
  const { status, hasPendingRevision } = from;
  switch (action) {
    case 'submit':
      if (status === 'draft' || status === 'rejected' || status === 'suspended') {
        return { ok: true, to: 'pending', revision: 'none' };
      }
      if (status === 'published' && hasPendingRevision) {
        return { ok: true, to: 'published', revision: 'none' };
      }
      return illegal(action, from);
    case 'approve':
      if (status === 'pending') return { ok: true, to: 'published', revision: 'none' };
      if (status === 'published' && hasPendingRevision) {
        return { ok: true, to: 'published', revision: 'apply' };
      }
      return illegal(action, from);
    case 'reject':
      if (status === 'pending') return { ok: true, to: 'rejected', revision: 'none' };
      if (status === 'published' && hasPendingRevision) {
        return { ok: true, to: 'published', revision: 'discard' };
      }
      return illegal(action, from);
    case 'suspend':
      if (status === 'published') {
        return { ok: true, to: 'suspended', revision: hasPendingRevision ? 'discard' : 'none' };
      }
      return illegal(action, from);
    default: {
      const unreachable: never = action;
      return { ok: false, reason: `unknown action ${String(unreachable)}` };
    }
  }
}

/** How a PATCH lands: in place, or as a pending revision of a published offering. */
export function editMode(status: OfferingStatus): 'in_place' | 'revision' {
  return status === 'published' ? 'revision' : 'in_place';
}

/** Whether anonymous visitors (and search) see the offering. */
export function isPublic(status: OfferingStatus): boolean {
  return status === 'published';
}
