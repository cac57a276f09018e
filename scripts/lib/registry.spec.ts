import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { isAlive, processStartTime, readCmdline } from './proc.js';
import {
  isSameProcess,
  LauncherRunningError,
  ProcessRegistry,
  recoverStaleChildren,
  type RegisteredChild,
  registryPath,
} from './registry.js';

const SLEEP = '/bin/sleep';
/** A duration no other sleep uses, to recognise ours in /proc. */
const MARK = '299.9173';

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** A registry as a launcher that died (pid of a finished process) would have left it. */
function writeStaleRegistry(
  dataDir: string,
  launcherPid: number,
  children: RegisteredChild[],
): void {
  const file = registryPath(dataDir);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      launcher: { pid: launcherPid, startTime: null, argv: [], startedAt: '2026-01-01T00:00:00Z' },
      children,
    }),
  );
}

async function deadPid(): Promise<number> {
  const child = spawn('true');
  await exited(child);
  return child.pid ?? -1;
}

describe('process registry', () => {
  let dir: string;
  const spawned: ChildProcess[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'registry-spec-'));
  });
  afterEach(async () => {
    for (const c of spawned.splice(0)) {
      c.kill('SIGKILL');
      await exited(c);
    }
    await rm(dir, { recursive: true, force: true });
  });

  /** A `sleep` that has exec'd (until then /proc shows the forking node process). */
  async function sleeper(): Promise<ChildProcess> {
    const child = spawn(SLEEP, [MARK]);
    spawned.push(child);
    const pid = child.pid ?? -1;
    for (let i = 0; i < 100 && !readCmdline(pid).includes(MARK); i += 1)
      await new Promise((r) => setTimeout(r, 10));
    return child;
  }

  function record(child: ChildProcess, overrides: Partial<RegisteredChild> = {}): RegisteredChild {
    const pid = child.pid ?? -1;
    return {
      name: 'meilisearch',
      pid,
      exe: SLEEP,
      args: [MARK],
      startTime: processStartTime(pid),
      stopSignal: 'SIGTERM',
      forceSignal: 'SIGKILL',
      group: false,
      ...overrides,
    };
  }

  it('records children and forgets them on a clean shutdown', async () => {
    const child = await sleeper();
    const sut = ProcessRegistry.create(dir);
    sut.add({ name: 'meilisearch', pid: child.pid ?? -1, exe: SLEEP, args: [MARK] });
    expect(sut.alivePids()).toEqual([child.pid]);
    sut.remove(child.pid ?? -1);
    expect(sut.children).toEqual([]);
    sut.dispose();
    expect(isSameProcess(record(child))).toBe(true);
  });

  it('stops the children a crashed launcher left behind, then removes its registry', async () => {
    const child = await sleeper();
    writeStaleRegistry(dir, await deadPid(), [record(child)]);
    // At worst 2 s of grace and 5 s after SIGKILL: the test allows 15 s.
    const sut = await recoverStaleChildren(dir, { timeoutMs: 2000 });
    expect(sut).toEqual([{ name: 'meilisearch', pid: child.pid, outcome: 'exited' }]);
    await exited(child);
    expect(await recoverStaleChildren(dir, { timeoutMs: 2000 })).toEqual([]);
  }, 15_000);

  it('never touches a recycled pid: another start time or another executable', async () => {
    const child = await sleeper();
    const startTime = processStartTime(child.pid ?? -1) ?? 0;
    writeStaleRegistry(dir, await deadPid(), [
      record(child, { startTime: startTime - 1 }),
      record(child, { exe: '/usr/bin/postgres' }),
      record(child, { args: ['another-data-dir'] }),
    ]);
    expect(await recoverStaleChildren(dir, { timeoutMs: 5000 })).toEqual([]);
    expect(isAlive(child.pid ?? -1)).toBe(true);
  });

  it('refuses to recover while the launcher that wrote the registry still runs', async () => {
    const child = await sleeper();
    writeStaleRegistry(dir, process.ppid, [record(child)]);
    await expect(recoverStaleChildren(dir)).rejects.toThrow(LauncherRunningError);
    expect(isAlive(child.pid ?? -1)).toBe(true);
  });
});
