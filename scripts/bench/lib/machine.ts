/**
 * The machine and what it is doing: CPU model, cores, RAM, load average, and CPU time used per
 * process tree (API, Meilisearch, PostgreSQL, this benchmark) against the whole system, so a
 * result can say how busy the machine was and who used the CPU during each phase.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  ramGiB: number;
  kernel: string;
  node: string;
}

export function machineInfo(): MachineInfo {
  let model = os.cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line !== undefined) model = line.split(':').slice(1).join(':').trim();
  } catch {
    // keep os.cpus()
  }
  return {
    cpuModel: model,
    cores: os.availableParallelism(),
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

/** `uptime` as printed (load averages over 1, 5, 15 min). */
export function uptimeLine(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`;
  }
}

export function loadAverage(): [number, number, number] {
  const [a, b, c] = os.loadavg();
  return [a, b, c];
}

let clockTicks: number | null = null;
function ticksPerSecond(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

interface Proc {
  ppid: number;
  /** utime + stime of the process itself, in ticks. */
  own: number;
  /** cutime + cstime: children it has already reaped. */
  reaped: number;
}

function readProcs(): Map<number, Proc> {
  const procs = new Map<number, Proc>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const raw = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
      // f[i] is field i + 3 of proc(5): ppid 4, utime 14, stime 15, cutime 16, cstime 17.
      procs.set(Number(entry), {
        ppid: Number(f[1]),
        own: Number(f[11]) + Number(f[12]),
        reaped: Number(f[13]) + Number(f[14]),
      });
    } catch {
      // exited meanwhile
    }
  }
  return procs;
}

/** CPU ticks of a process tree: the root's own and reaped children plus live descendants. */
function treeTicks(procs: Map<number, Proc>, root: number): number {
  const children = new Map<number, number[]>();
  for (const [pid, p] of procs) {
    const list = children.get(p.ppid) ?? [];
    list.push(pid);
    children.set(p.ppid, list);
  }
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    const p = procs.get(pid);
    if (p === undefined) continue;
    total += p.own + (pid === root ? p.reaped : 0);
    for (const c of children.get(pid) ?? []) stack.push(c);
  }
  return total;
}

function systemTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest is counted in user)
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

export interface CpuSnapshot {
  at: number;
  system: { busy: number; total: number };
  trees: Record<string, number>;
  self: number;
}

export interface CpuUsage {
  seconds: number;
  /** Cores in use on average (CPU seconds / wall seconds), per part and in total. */
  cores: Record<string, number>;
  /** Whole-system busy share of all cores, 0..1. */
  systemBusy: number;
}

/** Samples CPU time of named process trees (pids), this process and the whole system. */
export class CpuMeter {
  constructor(private readonly roots: Record<string, number | null>) {}

  snapshot(): CpuSnapshot {
    const procs = readProcs();
    const trees: Record<string, number> = {};
    for (const [name, pid] of Object.entries(this.roots)) {
      trees[name] = pid === null ? 0 : treeTicks(procs, pid);
    }
    const self = process.cpuUsage();
    return {
      at: performance.now(),
      system: systemTicks(),
      trees,
      self: ((self.user + self.system) / 1e6) * ticksPerSecond(),
    };
  }

  usage(from: CpuSnapshot, to: CpuSnapshot): CpuUsage {
    const hz = ticksPerSecond();
    const seconds = (to.at - from.at) / 1000;
    const cores: Record<string, number> = {};
    let ours = 0;
    for (const name of Object.keys(this.roots)) {
      const ticks = Math.max(0, (to.trees[name] ?? 0) - (from.trees[name] ?? 0));
      ours += ticks;
      cores[name] = seconds > 0 ? ticks / hz / seconds : 0;
    }
    const selfTicks = Math.max(0, to.self - from.self);
    ours += selfTicks;
    cores.bench = seconds > 0 ? selfTicks / hz / seconds : 0;
    const busy = to.system.busy - from.system.busy;
    const total = to.system.total - from.system.total;
    cores.others = seconds > 0 ? Math.max(0, (busy - ours) / hz / seconds) : 0;
    cores.system = seconds > 0 ? busy / hz / seconds : 0;
    return { seconds, cores, systemBusy: total > 0 ? busy / total : 0 };
  }
}

/** Finds the pid of our API child (a `node …/apps/api/dist/main.js` whose parent is us). */
export function findChildPid(cmdlineIncludes: string): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const raw = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(raw.slice(raw.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes(cmdlineIncludes)) return Number(entry);
    } catch {
      // gone
    }
  }
  return null;
}
