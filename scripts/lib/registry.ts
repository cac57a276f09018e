/**
 * Process registry: `<dataDir>/run/children.json` lists every child a launcher started, so a
 * launcher that crashed (kill -9, OOM, closed terminal) does not leave PostgreSQL, Meilisearch
 * or the API running: the next launcher kills them before it starts anything.
 *
 * A registered pid is only touched if it still is the very process we started: same start
 * time (from /proc/<pid>/stat) and the same executable (/proc/<pid>/exe or argv[0] of
 * /proc/<pid>/cmdline), so a recycled pid is never killed.
 */
import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import {
  isAlive,
  processGroupMembers,
  processStartTime,
  readCmdline,
  readExe,
  readProcStat,
  sendSignal,
  sleep,
  terminate,
} from './proc.js';

export interface RegisteredChild {
  /** Human name, e.g. "postgres", "meilisearch", "api". */
  name: string;
  pid: number;
  /** Absolute path of the executable we spawned. */
  exe: string;
  /** Arguments that must all appear in /proc/<pid>/cmdline (may be empty). */
  args: string[];
  /** /proc/<pid>/stat start time at registration; null if /proc was unavailable. */
  startTime: number | null;
  /** Signal for a graceful stop (SIGINT = "fast shutdown" for PostgreSQL). */
  stopSignal: NodeJS.Signals;
  /** Signal used when forcing (SIGQUIT = "immediate shutdown" for PostgreSQL). */
  forceSignal: NodeJS.Signals;
  /** Spawned detached: the pid is also a process-group id and the whole group is signalled. */
  group: boolean;
}

interface RegistryFile {
  version: 1;
  launcher: { pid: number; startTime: number | null; argv: string[]; startedAt: string };
  children: RegisteredChild[];
}

export function registryPath(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'run', 'children.json');
}

function readRegistry(file: string): RegistryFile | null {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(raw) as Partial<RegistryFile>;
    if (parsed.version !== 1 || !Array.isArray(parsed.children) || parsed.launcher === undefined) {
      return null;
    }
    return parsed as RegistryFile;
  } catch {
    return null;
  }
}

function safeRealpath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** True if `pid` is alive and still is the process described by the record. */
export function isSameProcess(
  record: Pick<RegisteredChild, 'pid' | 'exe' | 'args' | 'startTime'>,
): boolean {
  if (!isAlive(record.pid)) return false;
  const startTime = processStartTime(record.pid);
  if (record.startTime !== null && startTime !== null && startTime !== record.startTime) {
    return false;
  }
  const argv = readCmdline(record.pid);
  const exe = readExe(record.pid);
  const wanted = safeRealpath(record.exe);
  const exeMatches =
    (exe !== null && (exe === wanted || exe === record.exe)) ||
    argv[0] === record.exe ||
    argv[0] === wanted;
  if (!exeMatches) return false;
  return record.args.every((arg) => argv.includes(arg));
}

export class ProcessRegistry {
  private readonly file: string;
  private data: RegistryFile;

  private constructor(dataDir: string) {
    this.file = registryPath(dataDir);
    this.data = {
      version: 1,
      launcher: {
        pid: process.pid,
        startTime: processStartTime(process.pid),
        argv: process.argv,
        startedAt: new Date().toISOString(),
      },
      children: [],
    };
  }

  /**
   * Creates a fresh registry for this launcher. Call {@link recoverStaleChildren} first: an
   * existing registry is overwritten.
   */
  static create(dataDir: string): ProcessRegistry {
    const registry = new ProcessRegistry(dataDir);
    registry.write();
    return registry;
  }

  get path(): string {
    return this.file;
  }

  get children(): readonly RegisteredChild[] {
    return this.data.children;
  }

  /** Records a freshly spawned child (synchronously, so a crash right after still finds it). */
  add(
    child: Omit<RegisteredChild, 'startTime' | 'stopSignal' | 'forceSignal' | 'group'> &
      Partial<Pick<RegisteredChild, 'stopSignal' | 'forceSignal' | 'group'>>,
  ): void {
    this.data.children = this.data.children.filter((c) => c.pid !== child.pid);
    this.data.children.push({
      stopSignal: 'SIGTERM',
      forceSignal: 'SIGKILL',
      group: false,
      ...child,
      startTime: processStartTime(child.pid),
    });
    this.write();
  }

  remove(pid: number): void {
    const before = this.data.children.length;
    this.data.children = this.data.children.filter((c) => c.pid !== pid);
    if (this.data.children.length !== before) this.write();
  }

  /** Deletes the registry file (after a clean shutdown). */
  dispose(): void {
    this.data.children = [];
    rmSync(this.file, { force: true });
  }

  /**
   * Synchronous last resort (process 'exit' handler, second Ctrl-C): sends every registered
   * child its force signal (or its stop signal when `force` is false).
   */
  signalAllSync(force: boolean): void {
    for (const child of [...this.data.children].reverse()) {
      if (!isSameProcess(child)) continue;
      try {
        sendSignal(
          child.group ? -child.pid : child.pid,
          force ? child.forceSignal : child.stopSignal,
        );
      } catch {
        // best effort
      }
    }
  }

  /** Pids of registered children that are still running. */
  alivePids(): number[] {
    return this.data.children.filter((c) => isSameProcess(c)).map((c) => c.pid);
  }

  private write(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(this.data, null, 2)}\n`, { mode: 0o644 });
    renameSync(tmp, this.file);
  }
}

export interface RecoveredChild {
  name: string;
  pid: number;
  outcome: 'exited' | 'killed' | 'gone';
}

export class LauncherRunningError extends Error {
  constructor(
    readonly pid: number,
    dataDir: string,
  ) {
    super(
      `Another launcher (pid ${pid}) is already running with DATA_DIR=${dataDir}. ` +
        'Stop it first (Ctrl-C in its terminal, or `kill ' +
        String(pid) +
        '`), or use a different DATA_DIR.',
    );
    this.name = 'LauncherRunningError';
  }
}

/**
 * Kills children left behind by a launcher that died without cleaning up, then removes the
 * stale registry. Throws {@link LauncherRunningError} if the registering launcher is still alive.
 */
export async function recoverStaleChildren(
  dataDir: string,
  opts: { onLog?: (line: string) => void; timeoutMs?: number } = {},
): Promise<RecoveredChild[]> {
  const file = registryPath(dataDir);
  const data = readRegistry(file);
  if (data === null) {
    rmSync(file, { force: true });
    return [];
  }
  const log = opts.onLog ?? ((): void => undefined);
  const { launcher } = data;
  if (launcher.pid !== process.pid && isAlive(launcher.pid)) {
    const startTime = processStartTime(launcher.pid);
    if (launcher.startTime === null || startTime === null || startTime === launcher.startTime) {
      throw new LauncherRunningError(launcher.pid, path.resolve(dataDir));
    }
  }
  const recovered: RecoveredChild[] = [];
  // Reverse start order: the API before Meilisearch before PostgreSQL.
  for (const child of [...data.children].reverse()) {
    if (isSameProcess(child)) {
      log(
        `stopping orphaned ${child.name} (pid ${child.pid}) left by launcher pid ${launcher.pid}`,
      );
      const outcome = await terminate(child.pid, {
        signal: child.stopSignal,
        timeoutMs: opts.timeoutMs ?? 15_000,
        group: child.group,
      });
      recovered.push({ name: child.name, pid: child.pid, outcome });
      continue;
    }
    if (child.group && child.startTime !== null) {
      // The group leader is gone (e.g. npm) but its children (e.g. vite) may not be: a process
      // group id cannot be reused while any member lives, and members started after the leader.
      const leftovers = processGroupMembers(child.pid).filter((pid) => {
        const stat = readProcStat(pid);
        return stat !== null && child.startTime !== null && stat.startTime >= child.startTime;
      });
      if (leftovers.length > 0) {
        log(
          `stopping ${leftovers.length} orphaned process(es) of ${child.name}'s group ${child.pid}`,
        );
        sendSignal(-child.pid, 'SIGTERM');
        const deadline = Date.now() + (opts.timeoutMs ?? 15_000);
        while (processGroupMembers(child.pid).length > 0 && Date.now() < deadline) await sleep(50);
        const stubborn = processGroupMembers(child.pid).length > 0;
        if (stubborn) sendSignal(-child.pid, 'SIGKILL');
        recovered.push({
          name: child.name,
          pid: child.pid,
          outcome: stubborn ? 'killed' : 'exited',
        });
      }
    }
  }
  rmSync(file, { force: true });
  return recovered;
}
