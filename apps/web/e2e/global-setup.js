// The whole marketplace for the browser tests (scripts/e2e-stack.ts, in a child process), unless
// E2E_BASE_URL points at a stack that is already running.
import { fileURLToPath } from 'node:url';
import { spawnReady } from '../../../scripts/lib/spawn-ready.js';

export default async function globalSetup() {
  if (process.env.E2E_BASE_URL !== undefined) return;
  const script = fileURLToPath(new URL('../../../scripts/e2e-stack.ts', import.meta.url));
  const stack = await spawnReady(script, { timeoutMs: 600_000 });
  process.env.E2E_BASE_URL = String(stack.ready.url);
  process.env.E2E_ADMIN_EMAIL = String(stack.ready.adminEmail);
  process.env.E2E_ADMIN_PASSWORD = String(stack.ready.adminPassword);
  globalThis.__TOOLBOX_E2E_STACK__ = stack;
}
