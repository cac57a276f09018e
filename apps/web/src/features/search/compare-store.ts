import { useSyncExternalStore } from 'react';

/** At most this many offerings are compared side by side. */
export const COMPARE_MAX = 4;

/** What the compare bar needs to show before the offerings themselves are loaded. */
export interface CompareEntry {
  id: string;
  title: string;
  titleEn: string | null;
}

export interface CompareStore {
  get: () => readonly CompareEntry[];
  /** Adds an entry; false when the list is full (or it is already there). */
  add: (entry: CompareEntry) => boolean;
  remove: (id: string) => void;
  clear: () => void;
  subscribe: (listener: () => void) => () => void;
}

const STORAGE_KEY = 'toolbox.compare';

function isEntry(value: unknown): value is CompareEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.title === 'string' &&
    (entry.titleEn === null || typeof entry.titleEn === 'string')
  );
}

function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** The offerings ticked for comparison; kept for the browser tab (sessionStorage). */
export function createCompareStore(storage: Storage | null = browserStorage()): CompareStore {
  const listeners = new Set<() => void>();
  let entries: readonly CompareEntry[] = [];
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
    if (Array.isArray(parsed)) entries = parsed.filter(isEntry).slice(0, COMPARE_MAX);
  } catch {
    entries = [];
  }

  const commit = (next: readonly CompareEntry[]): void => {
    entries = next;
    try {
      storage?.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Without storage the selection lasts for this page only.
    }
    listeners.forEach((listener) => listener());
  };

  return {
    get: () => entries,
    add: (entry) => {
      if (entries.length >= COMPARE_MAX || entries.some((e) => e.id === entry.id)) return false;
      commit([...entries, { id: entry.id, title: entry.title, titleEn: entry.titleEn }]);
      return true;
    },
    remove: (id) => {
      if (entries.some((e) => e.id === id)) commit(entries.filter((e) => e.id !== id));
    },
    clear: () => {
      if (entries.length > 0) commit([]);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const compareStore: CompareStore = createCompareStore();

/** The compare selection; re-renders when it changes. */
export function useCompareSelection(): readonly CompareEntry[] {
  return useSyncExternalStore(compareStore.subscribe, compareStore.get, compareStore.get);
}
