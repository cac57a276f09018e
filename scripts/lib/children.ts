/**
 * Long-running children of the launchers (the API, watchers, Vite): spawned in their own
 * process group so the whole tree (npm → sh → vite, node --watch → app) is stopped together,
 * and registered so a crashed launcher's children are found again.
 */
import { spawn } from 'node:child_process';

import {
  LineCollector,
  processGroupMembers,
  sendSignal,
  sleep,
  watchExit,
  type ExitInfo,
} from './proc.js';
import { type ProcessRegistry } from './registry.js';

export interface ManagedChild {
  name: string;
  pid: number;
  /** Settles when the direct child exits. */
  readonly exited: Promise<ExitInfo>;
  /** True once the direct child has exited. */
  readonly hasExited: boolean;
  /** SIGTERM to the group, SIGKILL after `timeoutMs`; waits until the group is empty. */
  stop(timeoutMs?: number): Promise<ExitInfo>;
  /** Recent output lines (prefixed mode only). */
  lastLines(): string[];
}

export interface SpawnChildOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** 'inherit': stdout/stderr go straight to ours; otherwise each line is passed to the function. */
  output: 'inherit' | ((line: string, stream: 'stdout' | 'stderr') => void);
  registry?: ProcessRegistry;
  /** Distinctive argv entries recorded in the registry (identity check on recovery). */
  registryArgs?: string[];
}

// ESC [ parameters intermediates final-byte (colour and cursor sequences).
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[ -/]*[@-~]`, 'g');

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export function spawnChild(opts: SpawnChildOptions): ManagedChild {
  const child = spawn(opts.command, opts.args, {
    cwd: opts.cwd,
    env: opts.env,
    detached: true,
    stdio: [
      'ignore',
      opts.output === 'inherit' ? 'inherit' : 'pipe',
      opts.output === 'inherit' ? 'inherit' : 'pipe',
    ],
  });
  const collectors: LineCollector[] = [];
  if (opts.output !== 'inherit') {
    const output = opts.output;
    const out = new LineCollector((line) => output(line, 'stdout'), 40);
    const err = new LineCollector((line) => output(line, 'stderr'), 40);
    collectors.push(out, err);
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
  }
  const state: { exit: ExitInfo | null } = { exit: null };
  const exited = watchExit(child).then((end): ExitInfo => {
    if (end.error !== null) {
      const message = `could not start ${opts.command}: ${String(end.error)}`;
      if (opts.output === 'inherit') process.stderr.write(`${message}\n`);
      else opts.output(message, 'stderr');
    }
    for (const c of collectors) c.flush();
    state.exit =
      end.error !== null ? { code: 127, signal: null } : { code: end.code, signal: end.signal };
    return state.exit;
  });
  const pid = child.pid ?? -1;
  if (pid > 0) {
    opts.registry?.add({
      name: opts.name,
      pid,
      exe: opts.command,
      args: opts.registryArgs ?? [],
      group: true,
    });
  }

  let stopping: Promise<ExitInfo> | null = null;
  const stop = async (timeoutMs: number): Promise<ExitInfo> => {
    if (pid > 0) {
      const groupAlive = (): boolean => processGroupMembers(pid).length > 0;
      if (state.exit === null || groupAlive()) {
        sendSignal(-pid, 'SIGTERM');
        const deadline = Date.now() + timeoutMs;
        while ((state.exit === null || groupAlive()) && Date.now() < deadline) await sleep(50);
        if (state.exit === null || groupAlive()) {
          sendSignal(-pid, 'SIGKILL');
          const hard = Date.now() + 5000;
          while ((state.exit === null || groupAlive()) && Date.now() < hard) await sleep(50);
        }
      }
      opts.registry?.remove(pid);
    }
    return exited;
  };

  return {
    name: opts.name,
    pid,
    exited,
    get hasExited() {
      return state.exit !== null;
    },
    stop: (timeoutMs = 10_000) => {
      stopping ??= stop(timeoutMs);
      return stopping;
    },
    lastLines: () => collectors.flatMap((c) => c.lastLines()),
  };
}

/** Exit code to propagate for a child's exit (128 + n for a signal, like a shell). */
export function exitCodeOf(info: ExitInfo): number {
  if (info.code !== null) return info.code;
  if (info.signal !== null) {
    const signals: Partial<Record<NodeJS.Signals, number>> = {
      SIGHUP: 1,
      SIGINT: 2,
      SIGQUIT: 3,
      SIGKILL: 9,
      SIGTERM: 15,
    };
    return 128 + (signals[info.signal] ?? 0);
  }
  return 1;
}
