import { describe, expect, it } from '@jest/globals';

import { type ExitInfo } from './proc.js';
import {
  DEFAULT_BACKOFF,
  Supervisor,
  backoffDelay,
  type SupervisedService,
  type SupervisorTimers,
} from './supervisor.js';

/** Timers driven by hand: nothing waits on the wall clock. */
class ManualTimers implements SupervisorTimers {
  private t = 0;
  private pending: Array<{ at: number; fn: () => void; id: number }> = [];
  private nextId = 1;
  readonly delays: number[] = [];

  now(): number {
    return this.t;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.delays.push(ms);
    this.pending.push({ at: this.t + ms, fn, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((p) => p.id !== handle);
  }
  get scheduled(): number {
    return this.pending.length;
  }
  /** Moves the clock forward, firing what falls due. */
  async advance(ms: number): Promise<void> {
    this.t += ms;
    const due = this.pending.filter((p) => p.at <= this.t);
    this.pending = this.pending.filter((p) => p.at > this.t);
    for (const p of due) p.fn();
    await flush();
  }
}

async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

interface FakeInstance {
  id: number;
  exit: (info: ExitInfo) => void;
  exited: Promise<ExitInfo>;
  stopped: boolean;
}

/** A service whose instances exit when told and whose starts succeed or fail as scripted. */
class FakeService implements SupervisedService<FakeInstance> {
  readonly name = 'Meilisearch';
  readonly instances: FakeInstance[] = [];
  /** Outcome of the next starts: true = ready, false = fails. Default: ready. */
  readonly script: boolean[] = [];
  aborted = 0;

  make(): FakeInstance {
    let exit: (info: ExitInfo) => void = () => undefined;
    const exited = new Promise<ExitInfo>((resolve) => {
      exit = resolve;
    });
    const instance: FakeInstance = { id: this.instances.length, exit, exited, stopped: false };
    this.instances.push(instance);
    return instance;
  }
  start(signal: AbortSignal): Promise<FakeInstance> {
    if (signal.aborted) this.aborted++;
    const ok = this.script.shift() ?? true;
    return ok ? Promise.resolve(this.make()) : Promise.reject(new Error('port in use\nmore'));
  }
  exited(handle: FakeInstance): Promise<ExitInfo> {
    return handle.exited;
  }
  stop(handle: FakeInstance): Promise<void> {
    handle.stopped = true;
    handle.exit({ code: null, signal: 'SIGTERM' });
    return Promise.resolve();
  }
}

const KILLED: ExitInfo = { code: null, signal: 'SIGKILL' };

function setup(opts: { maxFailures?: number; restartOn?: (info: ExitInfo) => boolean } = {}) {
  const timers = new ManualTimers();
  const service = new FakeService();
  const logs: string[] = [];
  const sut = new Supervisor(service, service.make(), {
    timers,
    log: (m) => logs.push(m),
    ...opts,
  });
  return { timers, service, logs, sut };
}

describe('backoffDelay', () => {
  it('doubles from 0.5 s and stays at 30 s', () => {
    const delays = Array.from({ length: 10 }, (_, i) => backoffDelay(DEFAULT_BACKOFF, i));
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000, 30_000]);
  });
});

describe('Supervisor', () => {
  it('restarts a service that died after the back-off, and logs both', async () => {
    const { timers, service, logs, sut } = setup();
    await timers.advance(5000);
    service.instances[0]?.exit(KILLED);
    await flush();
    expect(sut.current).toBeNull();
    expect(timers.delays).toEqual([500]);
    expect(logs[0]).toBe(
      'Meilisearch exited unexpectedly (signal SIGKILL) after 5.0 s: restarting in 0.5 s',
    );
    await timers.advance(499);
    expect(service.instances).toHaveLength(1);
    await timers.advance(1);
    expect(service.instances).toHaveLength(2);
    expect(sut.current).toBe(service.instances[1]);
    expect(sut.restarts).toBe(1);
    expect(logs[1]).toBe('Meilisearch is running again (restart 1, down 0.5 s)');
  });

  it('backs off further while it keeps dying or failing to start, up to 30 s', async () => {
    const { timers, service, sut } = setup();
    service.script.push(false, false, true, false, false, false, false, false);
    service.instances[0]?.exit(KILLED);
    await flush();
    await timers.advance(500); // fails
    await timers.advance(1000); // fails
    await timers.advance(2000); // ready
    expect(sut.current).not.toBeNull();
    sut.current?.exit(KILLED); // dies again quickly
    await flush();
    for (const ms of [4000, 8000, 16_000, 30_000, 30_000]) await timers.advance(ms);
    expect(timers.delays).toEqual([500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('starts from 0.5 s again after a run of at least a minute', async () => {
    const { timers, service, sut } = setup();
    service.script.push(false, false);
    service.instances[0]?.exit(KILLED);
    await flush();
    await timers.advance(500);
    await timers.advance(1000);
    await timers.advance(2000);
    expect(sut.restarts).toBe(1);
    await timers.advance(60_000);
    sut.current?.exit(KILLED);
    await flush();
    expect(timers.delays.at(-1)).toBe(500);
  });

  it('gives up after maxFailures consecutive failed starts', async () => {
    const { timers, service, sut, logs } = setup({ maxFailures: 3 });
    service.script.push(false, false, false);
    service.instances[0]?.exit({ code: 1, signal: null });
    await flush();
    await timers.advance(500);
    await timers.advance(1000);
    await timers.advance(2000);
    await expect(sut.ended).resolves.toEqual({
      kind: 'gave-up',
      info: { code: 1, signal: null },
      message: 'Meilisearch could not be restarted after 3 attempts: port in use',
    });
    expect(timers.scheduled).toBe(0);
    expect(logs.at(-1)).toContain('could not be restarted (3 attempts)');
  });

  it('ends without restarting on an exit it is told not to restart after', async () => {
    const { timers, service, sut } = setup({ restartOn: (info) => info.code !== 0 });
    service.instances[0]?.exit({ code: 0, signal: null });
    await expect(sut.ended).resolves.toEqual({ kind: 'exited', info: { code: 0, signal: null } });
    expect(timers.scheduled).toBe(0);
  });

  it('stop() stops the running instance and never restarts it', async () => {
    const { timers, service, sut } = setup();
    await sut.stop();
    expect(service.instances[0]?.stopped).toBe(true);
    await timers.advance(60_000);
    expect(service.instances).toHaveLength(1);
    expect(timers.scheduled).toBe(0);
  });

  it('stop() during the back-off cancels the pending restart', async () => {
    const { timers, service, sut } = setup();
    service.instances[0]?.exit(KILLED);
    await flush();
    expect(timers.scheduled).toBe(1);
    await sut.stop();
    expect(timers.scheduled).toBe(0);
    await timers.advance(60_000);
    expect(service.instances).toHaveLength(1);
  });

  it('stop() during a restart aborts it and stops what it started', async () => {
    const timers = new ManualTimers();
    const service = new FakeService();
    let release: () => void = () => undefined;
    const slow: SupervisedService<FakeInstance> = {
      name: 'PostgreSQL',
      start: async (signal) => {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return service.start(signal);
      },
      exited: (h) => service.exited(h),
      stop: (h) => service.stop(h),
    };
    const sut = new Supervisor(slow, service.make(), { timers, log: () => undefined });
    service.instances[0]?.exit(KILLED);
    await flush();
    await timers.advance(500);
    const stopped = sut.stop();
    release();
    await stopped;
    expect(service.aborted).toBe(1);
    expect(service.instances[1]?.stopped).toBe(true);
    expect(sut.current).toBeNull();
  });
});
