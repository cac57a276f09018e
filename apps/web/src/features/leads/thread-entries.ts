import type { InquiryEventView, InquiryMessageView, InquiryView } from '@toolbox/contracts';

/** One line of the conversation: a message, or a recorded status / plan-item event. */
export type ThreadEntry =
  | { type: 'message'; id: string; at: string; message: InquiryMessageView }
  | { type: 'event'; id: string; at: string; event: InquiryEventView };

/**
 * Messages and the events worth showing between them (status moves and plan-item changes; the
 * `created` and `message` events repeat what the messages say), oldest first. Ties keep
 * messages before the events they caused (a first answer before the automatic `responded`).
 */
export function threadEntries(inquiry: Pick<InquiryView, 'messages' | 'events'>): ThreadEntry[] {
  const entries: ThreadEntry[] = [
    ...inquiry.messages.map((message): ThreadEntry => ({
      type: 'message',
      id: message.id,
      at: message.createdAt,
      message,
    })),
    ...inquiry.events
      .filter((event) => event.type === 'status' || event.type === 'plan_item')
      .map((event): ThreadEntry => ({ type: 'event', id: event.id, at: event.createdAt, event })),
  ];
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        Date.parse(a.entry.at) - Date.parse(b.entry.at) ||
        (a.entry.type === b.entry.type ? a.index - b.index : a.entry.type === 'message' ? -1 : 1),
    )
    .map(({ entry }) => entry);
}
