import { Injectable } from '@nestjs/common';

/** Time behind a provider, so tests can move it. */
@Injectable()
export class Clock {
  now(): number {
    return Date.now();
  }
}
