/** A key's count in its current window and the time until that window ends. */
export interface WindowCount {
  readonly count: number;
  /** Milliseconds until the window ends and the count starts again from zero. */
  readonly resetInMs: number;
}

/**
 * Counters that every rate limit keeps (requests per address, failed logins): a fixed window per
 * key that opens on the key's first hit and lasts `windowMs`. Behind one interface so the store
 * can be shared by every API instance (PostgreSQL, the default) or live in this process only
 * (memory, for the embedded single-instance mode and clock-driven tests). docs/adr/0003.
 */
export abstract class HitCounter {
  /** Adds `points` (default 1) to the key's window, opening one of `windowMs` if none is open. */
  abstract hit(key: string, windowMs: number, points?: number): Promise<WindowCount>;
  /** The key's open window, or null when it has none. */
  abstract peek(key: string): Promise<WindowCount | null>;
  /** Forgets the key's window. */
  abstract reset(key: string): Promise<void>;
}
