import { Clock } from '../src/common/clock.js';

/**
 * A clock that stands still until the test moves it: rate limits and windows read only this
 * time, so a test never straddles a wall-clock minute and can step past a window on purpose.
 */
export class TestClock extends Clock {
  constructor(private current: number) {
    super();
  }

  override now(): number {
    return this.current;
  }

  /** Moves the time forward by `ms` milliseconds. */
  advance(ms: number): void {
    this.current += ms;
  }
}
