import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../scripts/lib/services.js';
import { type RunningStack, startStack } from '../../../scripts/start.js';

declare global {
  var __TOOLBOX_E2E_STACK__: RunningStack | undefined;
}

/** One stack for all browser tests, with the demo data seeded like `npm start` does. */
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_BASE_URL !== undefined) return; // testing a stack that is already running
  const dataDir = await mkdtemp(join(tmpdir(), 'toolbox-e2e-'));
  const port = await freePort();
  const stack = await startStack({
    port,
    dataDir,
    build: true,
    env: { SEED_DEMO: 'true', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000' },
    say: (message) => process.stdout.write(`[e2e] ${message}\n`),
  });
  process.env.E2E_BASE_URL = stack.url;
  process.env.E2E_ADMIN_EMAIL = stack.adminEmail;
  process.env.E2E_ADMIN_PASSWORD = stack.adminPassword;
  globalThis.__TOOLBOX_E2E_STACK__ = stack;
}
