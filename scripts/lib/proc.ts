/**
 * Small, dependency-free helpers around Linux processes: liveness, identity (/proc), waiting
 * and signalling. Used by the service starters and the process registry.
 */
import { type ChildProcess } from 'node:child_process';
import { readFileSync, readlinkSync, readdirSync } from 'node:fs';

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Settles once the child has exited and its output pipes are drained, so the last lines it
 * printed are available. Waits at most `drainMs` after the exit: grandchildren (PostgreSQL
 * backends, npm's children) may keep the pipes open. `error` is set if it could not spawn.
 */
export function watchExit(
  child: ChildProcess,
  drainMs = 300,
): Promise<ExitInfo & { error: Error | null }> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (end: ExitInfo & { error: Error | null }): void => {
      if (settled) return;
      settled = true;
      resolve(end);
    };
    child.once('error', (error) => {
      if (child.pid === undefined) finish({ code: null, signal: null, error });
    });
    child.once('exit', (code, signal) => {
      const end = { code, signal, error: null };
      const timer = setTimeout(() => finish(end), drainMs);
      child.once('close', () => {
        clearTimeout(timer);
        finish(end);
      });
    });
  });
}

export interface ProcStat {
  /** One-letter state from /proc/<pid>/stat (R, S, D, Z, T, ...). */
  state: string;
  ppid: number;
  /** Process-group id. */
  pgrp: number;
  /** Start time in clock ticks since boot: together with the pid it identifies a process. */
  startTime: number;
}

/** Parsed /proc/<pid>/stat, or null when the process does not exist (or /proc is unavailable). */
export function readProcStat(pid: number): ProcStat | null {
  let raw: string;
  try {
    raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may contain spaces or ')'.
  const close = raw.lastIndexOf(')');
  if (close < 0) return null;
  const fields = raw
    .slice(close + 2)
    .trim()
    .split(' ');
  // fields[0] is field 3 (state); field N is fields[N - 3].
  const state = fields[0] ?? '?';
  const ppid = Number(fields[1]);
  const pgrp = Number(fields[2]);
  const startTime = Number(fields[19]);
  if (!Number.isFinite(ppid) || !Number.isFinite(pgrp) || !Number.isFinite(startTime)) return null;
  return { state, ppid, pgrp, startTime };
}

/** Start time of a process (see {@link ProcStat.startTime}), null if unknown. */
export function processStartTime(pid: number): number | null {
  return readProcStat(pid)?.startTime ?? null;
}

/** argv of a process as recorded in /proc/<pid>/cmdline ([] if unreadable). */
export function readCmdline(pid: number): string[] {
  try {
    const raw = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').filter((part) => part !== '');
  } catch {
    return [];
  }
}

/** Target of /proc/<pid>/exe (null if unreadable, e.g. another user's process when not root). */
export function readExe(pid: number): string | null {
  try {
    return readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, '');
  } catch {
    return null;
  }
}

/** Target of /proc/<pid>/cwd (null if unreadable). */
export function readCwd(pid: number): string | null {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return null;
  }
}

/** True if the pid exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = readProcStat(pid);
  return stat === null || stat.state !== 'Z';
}

/** Pids of all processes in the given process group (via /proc). */
export function processGroupMembers(pgid: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const members: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const stat = readProcStat(pid);
    if (stat !== null && stat.pgrp === pgid && stat.state !== 'Z') members.push(pid);
  }
  return members;
}

/** All live pids whose cmdline satisfies the predicate. */
export function findProcesses(predicate: (argv: string[], pid: number) => boolean): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    const argv = readCmdline(pid);
    if (argv.length > 0 && predicate(argv, pid) && isAlive(pid)) found.push(pid);
  }
  return found;
}

/** Sends a signal, ignoring "no such process". Negative pid = process group. */
export function sendSignal(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return false;
    throw error;
  }
}

export class AbortedError extends Error {
  constructor(message = 'Aborted') {
    super(message);
    this.name = 'AbortError';
  }
}

/** setTimeout as a promise, rejecting with {@link AbortedError} when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(new AbortedError());
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new AbortedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Polls until the pid is gone. Resolves true if it exited within the timeout. */
export async function waitForPidExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(50);
  }
  return true;
}

/**
 * Signals a process (or its whole group), waits, escalates to SIGKILL after the timeout.
 * Resolves when nothing is left.
 */
export async function terminate(
  pid: number,
  opts: { signal: NodeJS.Signals; timeoutMs: number; group?: boolean },
): Promise<'exited' | 'killed' | 'gone'> {
  const target = opts.group === true ? -pid : pid;
  const alive = (): boolean =>
    opts.group === true ? processGroupMembers(pid).length > 0 || isAlive(pid) : isAlive(pid);
  if (!alive()) return 'gone';
  sendSignal(target, opts.signal);
  const deadline = Date.now() + opts.timeoutMs;
  while (alive()) {
    if (Date.now() >= deadline) {
      sendSignal(target, 'SIGKILL');
      const hardDeadline = Date.now() + 5000;
      while (alive() && Date.now() < hardDeadline) await sleep(50);
      return 'killed';
    }
    await sleep(50);
  }
  return 'exited';
}

/** Splits a byte stream into lines and keeps the last few for error messages. */
export class LineCollector {
  private partial = '';
  private readonly tail: string[] = [];

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly keep = 40,
  ) {}

  push(chunk: Buffer | string): void {
    const text = this.partial + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    const lines = text.split(/\r?\n/);
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.emit(line);
  }

  flush(): void {
    if (this.partial !== '') this.emit(this.partial);
    this.partial = '';
  }

  lastLines(count = this.keep): string[] {
    return this.tail.slice(-count);
  }

  private emit(line: string): void {
    this.tail.push(line);
    if (this.tail.length > this.keep) this.tail.shift();
    this.onLine(line);
  }
}

/** Formats the last log lines for an error message. */
export function formatTail(lines: readonly string[], title: string): string {
  if (lines.length === 0) return `${title}: (no output)`;
  return `${title}:\n${lines.map((l) => `    | ${l}`).join('\n')}`;
}
