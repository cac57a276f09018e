// Real PostgreSQL and Meilisearch for the integration tests, started by scripts/test-services.ts
// in a child process (docs/adr/0002-esm-and-jest.md). Test files read the URLs from the env.
import { fileURLToPath } from 'node:url';
import { spawnReady } from '../../../scripts/lib/spawn-ready.js';

export default async function globalSetup() {
  const script = fileURLToPath(new URL('../../../scripts/test-services.ts', import.meta.url));
  const services = await spawnReady(script);
  process.env.TEST_DATABASE_URL = String(services.ready.databaseUrl);
  process.env.TEST_MEILI_URL = String(services.ready.meiliUrl);
  process.env.TEST_MEILI_MASTER_KEY = String(services.ready.meiliMasterKey);
  globalThis.__TOOLBOX_TEST_SERVICES__ = services;
}
