import { describe, expect, it } from '@jest/globals';
import { Clock } from '../clock.js';
import { MemoryHitCounter } from './memory-hit-counter.js';

class SteppedClock extends Clock {
  constructor(public at: number) {
    super();
  }
  override now(): number {
    return this.at;
  }
}

describe('MemoryHitCounter', () => {
  it('counts hits in a window that opens on the first hit and ends windowMs later', async () => {
    const clock = new SteppedClock(1_000);
    const counter = new MemoryHitCounter(clock);
    expect(await counter.hit('k', 10_000)).toEqual({ count: 1, resetInMs: 10_000 });
    clock.at = 4_000;
    expect(await counter.hit('k', 10_000)).toEqual({ count: 2, resetInMs: 7_000 });
    expect(await counter.peek('k')).toEqual({ count: 2, resetInMs: 7_000 });
    expect(await counter.peek('other')).toBeNull();
    clock.at = 11_000; // the window has ended
    expect(await counter.peek('k')).toBeNull();
    expect(await counter.hit('k', 10_000, 3)).toEqual({ count: 3, resetInMs: 10_000 });
  });

  it('forgets a key on reset', async () => {
    const counter = new MemoryHitCounter(new SteppedClock(0));
    await counter.hit('k', 1_000);
    await counter.reset('k');
    expect(await counter.peek('k')).toBeNull();
  });
});
