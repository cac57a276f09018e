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
const useColor = process.stdout.isTTY && process.env.NO_COLOR === undefined;

function tscBin(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
}

function npmCommand(): { command: string; args: string[] } {
  const execPath = process.env.npm_execpath;
  if (execPath !== undefined && /npm-cli\.[cm]?js$/.test(execPath)) {
    return { command: process.execPath, args: [execPath] };
  }
  return { command: 'npm', args: [] };
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

async function main(): Promise<void> {
  const controller = new AbortController();
  let runner: DevRunner | null = null;
  let services: BackingServices | null = null;
  let registry: ProcessRegistry | null = null;
  let finishing: Promise<never> | null = null;
  const finish = (code: number): Promise<never> => {
    finishing ??= (async () => {
      try {
        await runner?.stopAll();
        await services?.stop();
        if (registry !== null) closeRegistry(registry);
      } catch (error) {
        process.stderr.write(`✖ error while stopping: ${String(error)}\n`);
        code = code === 0 ? 1 : code;
      }
      process.exit(code);
    })();
    return finishing;
  };
  installSignalHandlers({
    graceful: (signal) => {
      say(`${signal} received: stopping (Ctrl-C again to force)`);
      controller.abort();
      void finish(0);
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

  try {
    const webPort = parsePort(process.env, 'PORT', 3000);
    const apiPort = parsePort(process.env, 'API_PORT', 3001);
    if (webPort === apiPort) throw new Error(`PORT and API_PORT must differ (both ${webPort})`);
    const dataDir = await resolveDataDir(process.env);
    registry = await openRegistry(dataDir, say);
    for (const [name, port] of [
      ['PORT', webPort],
      ['API_PORT', apiPort],
    ] as const) {
      if (!(await isPortFree(port))) throw new Error(`${name} ${port} is already in use`);
    }
    const reg = registry;
    process.on('exit', () => reg.signalAllSync(false));
    services = await startBackingServices({
      dataDir,
      env: process.env,
      registry,
      signal: controller.signal,
      say,
    });
    if (controller.signal.aborted) return;

    runner = new DevRunner(registry, controller.signal);
    const tsc = tscBin();
    const colorArgs = useColor ? ['--pretty'] : [];
    const watch = (project: string): string[] => [
      tsc,
      '-p',
      path.join(REPO_ROOT, project),
      '--watch',
      '--preserveWatchOutput',
      ...colorArgs,
    ];
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...(useColor ? { FORCE_COLOR: '1' } : {}),
    };
    const watching = /Watching for file changes/;

    // First compiles in dependency order (contracts needs domain's .d.ts, the API needs both).
    await runner.start(
      'domain',
      process.execPath,
      watch('libs/domain/tsconfig.build.json'),
      childEnv,
      watching,
    ).ready;
    await runner.start(
      'contracts',
      process.execPath,
      watch('libs/contracts/tsconfig.build.json'),
      childEnv,
      watching,
    ).ready;
    await runner.start(
      'api:tsc',
      process.execPath,
      watch('apps/api/tsconfig.build.json'),
      childEnv,
      watching,
    ).ready;
    if (!existsSync(API_MAIN))
      throw new Error(
        `${path.relative(REPO_ROOT, API_MAIN)} was not produced: see the api:tsc errors above`,
      );

    runner.start('api', process.execPath, ['--watch', API_MAIN], {
      ...childEnv,
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      ...services.apiEnv,
      PORT: String(apiPort),
    });
    const npm = npmCommand();
    runner.start(
      'web',
      npm.command,
      [
        ...npm.args,
        'run',
        'dev',
        '-w',
        '@toolbox/web',
        '--',
        '--port',
        String(webPort),
        '--strictPort',
      ],
      { ...childEnv, API_PROXY_TARGET: `http://127.0.0.1:${apiPort}` },
    );

    const admin =
      services.adminPasswordSource === 'default'
        ? `${services.adminEmail} / ${services.adminPassword}`
        : services.adminEmail === ''
          ? '(none)'
          : `${services.adminEmail} / (the ADMIN_PASSWORD you set)`;
    const line = '─'.repeat(72);
    process.stdout.write(
      [
        '',
        line,
        '  数转工具箱 · dev mode',
        `  Web (Vite)      http://localhost:${webPort}`,
        `  API             http://127.0.0.1:${apiPort}  (node --watch)`,
        `  Admin           ${admin}`,
        `  Data dir        ${dataDir}`,
        `  Service logs    ${services.logDir}`,
        '  Ctrl-C to stop',
        line,
        '',
      ].join('\n') + '\n',
    );

    const first = await Promise.race([
      runner
        .firstExit()
        .then(
          ({ child, info }) =>
            `${child.name} exited (code ${String(info.code)}, signal ${String(info.signal)})`,
        ),
      services.unexpectedExit,
    ]);
    if (controller.signal.aborted) return;
    process.stderr.write(`✖ ${first}: stopping everything\n`);
    await finish(1);
  } catch (error) {
    if (controller.signal.aborted) return;
    process.stderr.write(`✖ ${error instanceof Error ? error.message : String(error)}\n`);
    await finish(1);
  }
}

void main();
