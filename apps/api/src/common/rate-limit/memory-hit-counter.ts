import type { Clock } from '../clock.js';
import { HitCounter, type WindowCount } from './hit-counter.js';

const PRUNE_ABOVE = 100_000;

/**
 * Counters in this process, on the injected clock (tests pin and step it). Only for one API
 * instance: a second instance would count separately (`RATE_LIMIT_STORE=memory`).
 */
export class MemoryHitCounter extends HitCounter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(private readonly clock: Clock) {
    super();
  }

  hit(key: string, windowMs: number, points = 1): Promise<WindowCount> {
    const now = this.clock.now();
    const open = this.windows.get(key);
    const window =
      open !== undefined && open.endsAt > now
        ? { count: open.count + points, endsAt: open.endsAt }
        : { count: points, endsAt: now + windowMs };
    this.windows.set(key, window);
    if (this.windows.size > PRUNE_ABOVE) this.prune(now);
    return Promise.resolve({ count: window.count, resetInMs: window.endsAt - now });
  }

  peek(key: string): Promise<WindowCount | null> {
    const now = this.clock.now();
    const open = this.windows.get(key);
    if (open === undefined || open.endsAt <= now) return Promise.resolve(null);
    return Promise.resolve({ count: open.count, resetInMs: open.endsAt - now });
  }

  reset(key: string): Promise<void> {
    this.windows.delete(key);
    return Promise.resolve();
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
