/**
 * Keeps a child service running: when it exits while it should be running, it is started again
 * (same port, same data) after an exponential back-off — 0.5 s, 1 s, 2 s … at most 30 s — that
 * resets once the service has run for a minute. Every exit and restart is logged. Time comes
 * from injected timers, so the decisions are unit-tested without waiting.
 */
import { type ExitInfo } from './proc.js';

export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
  factor: number;
  /** A run at least this long counts as healthy: the next failure starts at `initialMs` again. */
  stableAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  initialMs: 500,
  maxMs: 30_000,
  factor: 2,
  stableAfterMs: 60_000,
};

/** Delay before the next start after `failures` consecutive failures (0 = the first). */
export function backoffDelay(policy: BackoffPolicy, failures: number): number {
  return Math.min(policy.maxMs, policy.initialMs * policy.factor ** Math.max(0, failures));
}

export interface SupervisorTimers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const REAL_TIMERS: SupervisorTimers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface SupervisedService<H> {
  name: string;
  /** Starts the service again and resolves once it is ready; honours the signal. */
  start(signal: AbortSignal): Promise<H>;
  /** Settles when this instance exits. */
  exited(handle: H): Promise<ExitInfo>;
  /** Stops a running instance; for an exited one, cleans up after it (registry). */
  stop(handle: H): Promise<void>;
}

export type SupervisorEnd =
  { kind: 'exited'; info: ExitInfo } | { kind: 'gave-up'; info: ExitInfo | null; message: string };

export interface SupervisorOptions {
  policy?: BackoffPolicy;
  timers?: SupervisorTimers;
  log: (message: string) => void;
  /** Consecutive failed starts before giving up; default: never give up. */
  maxFailures?: number;
  /** Whether this exit is a failure to restart after; false ends supervision (default: all are). */
  restartOn?: (info: ExitInfo) => boolean;
}

export function describeExit(info: ExitInfo): string {
  return info.signal !== null ? `signal ${info.signal}` : `code ${String(info.code)}`;
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

export class Supervisor<H> {
  private handle: H | null;
  private startedAt: number;
  private failures = 0;
  private restartCount = 0;
  private downSince: number | null = null;
  private lastExit: ExitInfo | null = null;
  private timer: unknown = null;
  private starting: { controller: AbortController; done: Promise<void> } | null = null;
  private stopping: Promise<void> | null = null;
  private resolveEnd: (end: SupervisorEnd) => void = () => undefined;
  private readonly policy: BackoffPolicy;
  private readonly timers: SupervisorTimers;
  /** Settles when supervision ends on its own (a clean exit, or giving up). */
  readonly ended: Promise<SupervisorEnd>;

  constructor(
    private readonly service: SupervisedService<H>,
    initial: H,
    private readonly opts: SupervisorOptions,
  ) {
    this.policy = opts.policy ?? DEFAULT_BACKOFF;
    this.timers = opts.timers ?? REAL_TIMERS;
    this.ended = new Promise((resolve) => {
      this.resolveEnd = resolve;
    });
    this.handle = initial;
    this.startedAt = this.timers.now();
    this.watch(initial);
  }

  /** The running instance, or null while it is down. */
  get current(): H | null {
    return this.handle;
  }

  /** How many times it was started again. */
  get restarts(): number {
    return this.restartCount;
  }

  private watch(handle: H): void {
    void this.service.exited(handle).then((info) => this.onExit(handle, info));
  }

  private onExit(handle: H, info: ExitInfo): void {
    if (this.stopping !== null || this.handle !== handle) return;
    this.handle = null;
    this.lastExit = info;
    const now = this.timers.now();
    const ran = now - this.startedAt;
    void this.service.stop(handle).catch(() => undefined);
    if (this.opts.restartOn !== undefined && !this.opts.restartOn(info)) {
      this.resolveEnd({ kind: 'exited', info });
      return;
    }
    if (ran >= this.policy.stableAfterMs) this.failures = 0;
    this.downSince = now;
    const delay = backoffDelay(this.policy, this.failures);
    this.opts.log(
      `${this.service.name} exited unexpectedly (${describeExit(info)}) after ${seconds(ran)}: ` +
        `restarting in ${seconds(delay)}`,
    );
    this.schedule(delay);
  }

  private schedule(delay: number): void {
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.attempt();
    }, delay);
  }

  private attempt(): void {
    if (this.stopping !== null) return;
    const controller = new AbortController();
    const done = (async (): Promise<void> => {
      let handle: H;
      try {
        handle = await this.service.start(controller.signal);
      } catch (error) {
        this.starting = null;
        if (this.stopping !== null) return;
        this.failures++;
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        if (this.failures >= (this.opts.maxFailures ?? Number.POSITIVE_INFINITY)) {
          this.opts.log(
            `${this.service.name} could not be restarted (${this.failures} attempts): ${message}`,
          );
          this.resolveEnd({
            kind: 'gave-up',
            info: this.lastExit,
            message: `${this.service.name} could not be restarted after ${this.failures} attempts: ${message}`,
          });
          return;
        }
        const delay = backoffDelay(this.policy, this.failures);
        this.opts.log(
          `restarting ${this.service.name} failed (${message}): next attempt in ${seconds(delay)}`,
        );
        this.schedule(delay);
        return;
      }
      this.starting = null;
      if (this.stopping !== null) {
        await this.service.stop(handle);
        return;
      }
      this.restartCount++;
      this.failures++;
      const now = this.timers.now();
      this.opts.log(
        `${this.service.name} is running again (restart ${this.restartCount}, ` +
          `down ${seconds(now - (this.downSince ?? now))})`,
      );
      this.downSince = null;
      this.handle = handle;
      this.startedAt = now;
      this.watch(handle);
    })();
    this.starting = { controller, done };
  }

  /** Cancels a pending restart, aborts one in progress and stops the running instance. Idempotent. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      if (this.timer !== null) this.timers.clearTimeout(this.timer);
      this.timer = null;
      if (this.starting !== null) {
        this.starting.controller.abort();
        await this.starting.done;
      }
      const handle = this.handle;
      this.handle = null;
      if (handle !== null) await this.service.stop(handle);
    })();
    return this.stopping;
  }
}
