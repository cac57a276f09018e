/**
 * The whole marketplace for the browser tests, in its own process (Jest's e2e global setup spawns
 * it): embedded PostgreSQL + Meilisearch and the API serving the built web app with the demo
 * data, on a free port in a temp dir. Prints one JSON line `{ready: true, url, adminEmail, adminPassword}`
 * when the API answers; stops everything on SIGTERM/SIGINT or when its parent goes away.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './lib/services.js';
import { startStack } from './start.js';

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'toolbox-e2e-'));
  const port = await freePort();
  const stack = await startStack({
    port,
    dataDir,
    build: true,
    env: { SEED_DEMO: 'true', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000' },
    say: (message) => process.stderr.write(`[e2e] ${message}\n`),
  });
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    })());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => void stop().then(() => process.exit(0)));
  }
  const parent = process.ppid;
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      void stop().then(() => process.exit(0));
    }
  }, 1000);
  void stack.done.then(() => stop().then(() => process.exit(1)));
  process.stdout.write(
    `${JSON.stringify({ ready: true, url: stack.url, adminEmail: stack.adminEmail, adminPassword: stack.adminPassword })}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(
    `e2e stack failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  process.exit(1);
});
