/**
 * The programme lifecycle of api-v1.md "Public programmes", as a pure function.
 *
 *   draft ─publish→ published ─close→ closed
 *
 * A programme is edited only while it is a draft (`edit` keeps it a draft). Every other move —
 * publishing twice, closing a draft, reopening, editing a published or closed programme — is
 * illegal (the API answers 409).
 */
export const PROGRAMME_STATUSES = ['draft', 'published', 'closed'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const PROGRAMME_ACTIONS = ['edit', 'publish', 'close'] as const;
export type ProgrammeAction = (typeof PROGRAMME_ACTIONS)[number];

export type ProgrammeTransition = { ok: true; to: ProgrammeStatus } | { ok: false; reason: string };

const LEGAL: Readonly<Record<ProgrammeAction, { from: ProgrammeStatus; to: ProgrammeStatus }>> = {
  edit: { from: 'draft', to: 'draft' },
  publish: { from: 'draft', to: 'published' },
  close: { from: 'published', to: 'closed' },
};

export function isProgrammeStatus(value: string): value is ProgrammeStatus {
  return (PROGRAMME_STATUSES as readonly string[]).includes(value);
}

export function programmeTransition(
  status: ProgrammeStatus,
  action: ProgrammeAction,
): ProgrammeTransition {
  const rule = LEGAL[action];
  if (status === rule.from) return { ok: true, to: rule.to };
  return { ok: false, reason: `cannot ${action} a programme that is ${status}` };
}

/** Whether the programme may be edited (PATCH): only drafts. */
export function isProgrammeEditable(status: ProgrammeStatus): boolean {
  return programmeTransition(status, 'edit').ok;
}
