/**
 * `npm run dev` (tsx scripts/dev.ts): the same embedded services as `npm start` (same
 * DATA_DIR, same secrets), then in parallel: the libs' tsc watch builds, the API's tsc watch
 * build plus `node --watch` of its output (API on port 3001), and the Vite dev server on PORT
 * (default 3000) proxying /api to the API. Ctrl-C stops everything in reverse order.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { spawnChild, type ManagedChild } from './lib/children.js';
import {
  checkDevPorts,
  devBanner,
  exitReason,
  namedPorts,
  npmCommand,
  tscWatchArgs,
  viteArgs,
  WATCH_BUILDS,
  type DevPorts,
} from './lib/dev-plan.js';
import {
  REPO_ROOT,
  closeRegistry,
  forceStopAll,
  installSignalHandlers,
  openRegistry,
  parsePort,
  resolveDataDir,
  say,
  startBackingServices,
  watchAncestors,
  type BackingServices,
} from './lib/launcher.js';
import { isPortFree } from './lib/net.js';
import { type ExitInfo } from './lib/postgres.js';
import { AbortedError } from './lib/proc.js';
import { type ProcessRegistry } from './lib/registry.js';

const API_MAIN = path.join(REPO_ROOT, 'apps', 'api', 'dist', 'main.js');
const COLORS = [36, 35, 33, 32, 34, 31];
const WATCHING = /Watching for file changes/;
const useColor = process.stdout.isTTY && process.env.NO_COLOR === undefined;

function tscBin(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
}

class DevRunner {
  private readonly children: ManagedChild[] = [];
  private colorIndex = 0;
  private readonly width = 10;

  constructor(
    private readonly registry: ProcessRegistry,
    private readonly signal: AbortSignal,
  ) {}

  /** Starts a child whose lines are printed as `[name] line`; `ready` matches its first ready line. */
  start(
    name: string,
    command: string,
    args: string[],
    env: NodeJS.ProcessEnv,
    ready?: RegExp,
  ): { child: ManagedChild; ready: Promise<void> } {
    const color = COLORS[this.colorIndex++ % COLORS.length] ?? 36;
    const label = `[${name}]`.padEnd(this.width + 2);
    const prefix = useColor ? `\u001b[${color}m${label}\u001b[0m` : label;
    let markReady: () => void = () => undefined;
    const readyPromise = new Promise<void>((resolve) => {
      markReady = resolve;
    });
    const child = spawnChild({
      name,
      command,
      args,
      cwd: REPO_ROOT,
      env,
      output: (line) => {
        process.stdout.write(`${prefix} ${line}\n`);
        if (ready?.test(line) === true) markReady();
      },
      registry: this.registry,
      registryArgs: args.filter((a) => a.startsWith('/')),
    });
    this.children.push(child);
    if (ready === undefined) markReady();
    const readyOrExit = Promise.race([
      readyPromise,
      child.exited.then((info) => {
        throw new Error(
          `${name} exited before it was ready (code ${String(info.code)}, signal ${String(info.signal)})`,
        );
      }),
    ]);
    return { child, ready: this.waitOrAbort(readyOrExit) };
  }

  /** Settles with the first child that exits. */
  firstExit(): Promise<{ child: ManagedChild; info: ExitInfo }> {
    return Promise.race(
      this.children.map((child) => child.exited.then((info) => ({ child, info }))),
    );
  }

  /** Reverse start order: Vite, the API, the watchers. */
  async stopAll(): Promise<void> {
    for (const child of [...this.children].reverse()) await child.stop(10_000);
  }

  private waitOrAbort(promise: Promise<void>): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.signal.aborted) {
        reject(new AbortedError());
        return;
      }
      const onAbort = (): void => reject(new AbortedError());
      this.signal.addEventListener('abort', onAbort, { once: true });
      promise
        .then(resolve, reject)
        .finally(() => this.signal.removeEventListener('abort', onAbort));
    });
  }
}

/** What is running, stopped once in reverse order by `finish`, which then exits. */
class DevSession {
  readonly controller = new AbortController();
  runner: DevRunner | null = null;
  services: BackingServices | null = null;
  registry: ProcessRegistry | null = null;
  private finishing: Promise<never> | null = null;

  get aborted(): boolean {
    return this.controller.signal.aborted;
  }

  finish(code: number): Promise<never> {
    this.finishing ??= (async () => {
      try {
        await this.runner?.stopAll();
        await this.services?.stop();
        if (this.registry !== null) closeRegistry(this.registry);
      } catch (error) {
        process.stderr.write(`✖ error while stopping: ${String(error)}\n`);
        code = code === 0 ? 1 : code;
      }
      process.exit(code);
    })();
    return this.finishing;
  }
}

/** Ctrl-C stops gracefully (forced after 30 s or on a second Ctrl-C); so does losing our parent. */
function handleSignals(session: DevSession): void {
  installSignalHandlers({
    graceful: (signal) => {
      say(`${signal} received: stopping (Ctrl-C again to force)`);
      session.controller.abort();
      void session.finish(0);
      setTimeout(() => {
        say('still not stopped after 30 s: forcing');
        void forceStopAll().finally(() => process.exit(130));
      }, 30_000).unref();
    },
    force: () => {
      say('forcing shutdown');
      void forceStopAll().finally(() => process.exit(130));
    },
  });
  // `kill <npm pid>` leaves us orphaned (npm → sh → tsx → us): treat it as a SIGTERM.
  watchAncestors((pid) => {
    say(`parent process ${pid} is gone`);
    process.kill(process.pid, 'SIGTERM');
  });
}

/** The data dir, its process registry, free ports, then embedded PostgreSQL and Meilisearch. */
async function openServices(
  session: DevSession,
  ports: DevPorts,
): Promise<{ dataDir: string; registry: ProcessRegistry; services: BackingServices }> {
  const dataDir = await resolveDataDir(process.env);
  const registry = await openRegistry(dataDir, say);
  session.registry = registry;
  for (const [name, port] of namedPorts(ports)) {
    if (!(await isPortFree(port))) throw new Error(`${name} ${port} is already in use`);
  }
  process.on('exit', () => registry.signalAllSync(false));
  session.services = await startBackingServices({
    dataDir,
    env: process.env,
    registry,
    signal: session.controller.signal,
    say,
  });
  return { dataDir, registry, services: session.services };
}

/** First compiles of the libs and the API, one after the other; they keep watching. */
async function startWatchBuilds(runner: DevRunner, env: NodeJS.ProcessEnv): Promise<void> {
  const tsc = tscBin();
  for (const build of WATCH_BUILDS) {
    await runner.start(
      build.name,
      process.execPath,
      tscWatchArgs(tsc, REPO_ROOT, build.project, useColor),
      env,
      WATCHING,
    ).ready;
  }
  if (!existsSync(API_MAIN))
    throw new Error(
      `${path.relative(REPO_ROOT, API_MAIN)} was not produced: see the api:tsc errors above`,
    );
}

/** `node --watch` of the built API, and Vite proxying /api to it. */
function startApiAndWeb(
  runner: DevRunner,
  services: BackingServices,
  ports: DevPorts,
  env: NodeJS.ProcessEnv,
): void {
  runner.start('api', process.execPath, ['--watch', API_MAIN], {
    ...env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    ...services.apiEnv,
    PORT: String(ports.api),
  });
  const npm = npmCommand(process.env.npm_execpath, process.execPath);
  runner.start('web', npm.command, viteArgs(npm.args, ports.web), {
    ...env,
    API_PROXY_TARGET: `http://127.0.0.1:${ports.api}`,
  });
}

/** Settles with why the first child or embedded service ended. */
function firstFailure(runner: DevRunner, services: BackingServices): Promise<string> {
  return Promise.race([
    runner.firstExit().then(({ child, info }) => exitReason(child.name, info)),
    services.unexpectedExit,
  ]);
}

async function main(): Promise<void> {
  const session = new DevSession();
  handleSignals(session);
  try {
    const ports = checkDevPorts({
      web: parsePort(process.env, 'PORT', 3000),
      api: parsePort(process.env, 'API_PORT', 3001),
    });
    const { dataDir, registry, services } = await openServices(session, ports);
    if (session.aborted) return;

    const runner = new DevRunner(registry, session.controller.signal);
    session.runner = runner;
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...(useColor ? { FORCE_COLOR: '1' } : {}),
    };
    await startWatchBuilds(runner, childEnv);
    startApiAndWeb(runner, services, ports, childEnv);
    process.stdout.write(devBanner(ports, dataDir, services));

    const first = await firstFailure(runner, services);
    if (session.aborted) return;
    process.stderr.write(`✖ ${first}: stopping everything\n`);
    await session.finish(1);
  } catch (error) {
    if (session.aborted) return;
    process.stderr.write(`✖ ${error instanceof Error ? error.message : String(error)}\n`);
    await session.finish(1);
  }
}

void main();
