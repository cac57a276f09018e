import { useCallback, useSyncExternalStore } from 'react';
import type { InquirySummaryView } from '@toolbox/contracts';
import { LAST_SEEN_STORAGE_KEY, type LastSeen, markSeen, parseLastSeen } from '../unread';

type Lead = Pick<InquirySummaryView, 'id' | 'updatedAt'>;

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cachedValue: LastSeen = {};

function read(): LastSeen {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(LAST_SEEN_STORAGE_KEY);
  } catch {
    raw = null;
  }
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedValue = parseLastSeen(raw);
  }
  return cachedValue;
}

function write(next: LastSeen): void {
  try {
    window.localStorage.setItem(LAST_SEEN_STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or blocked: markers simply stay as they were.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === LAST_SEEN_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The inbox's "last seen" marks (see `unread.ts`), shared by every component and tab. */
export function useLastSeen(): {
  seen: LastSeen;
  markSeen: (leads: readonly Lead[]) => void;
} {
  const seen = useSyncExternalStore(subscribe, read, () => ({}));
  const mark = useCallback((leads: readonly Lead[]) => {
    const before = read();
    const after = leads.reduce<LastSeen>((current, lead) => markSeen(current, lead), before);
    if (after !== before) write(after);
  }, []);
  return { seen, markSeen: mark };
}
