import { afterEach, describe, expect, it } from '@jest/globals';
import { runStartupTasks } from '../src/bootstrap.js';
import { ConfigError } from '../src/config/app-config.js';
import { DOCUMENTED_DEV_ADMIN_PASSWORD } from '../src/config/exposure.js';
import { SeedService } from '../src/modules/seed/seed.service.js';
import { createTestApp, type TestApp } from './harness.js';

const OWN = { ADMIN_EMAIL: 'exposure-admin@example.com', ADMIN_PASSWORD: 'an-own-admin-secret' };

async function startupProblems(sut: TestApp): Promise<string> {
  try {
    await runStartupTasks(sut.app, sut.config);
    return '';
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
}

/** Issue 10 "Exposure": off loopback the API will not start with the published doors open. */
describe('start-up on a non-loopback HOST', () => {
  let sut: TestApp | undefined;
  afterEach(async () => {
    await sut?.close();
    sut = undefined;
  });

  it('refuses the documented admin password, naming ADMIN_PASSWORD', async () => {
    sut = await createTestApp({
      HOST: '0.0.0.0',
      ADMIN_EMAIL: OWN.ADMIN_EMAIL,
      ADMIN_PASSWORD: DOCUMENTED_DEV_ADMIN_PASSWORD,
    });
    expect(await startupProblems(sut)).toMatch(/ADMIN_PASSWORD is the documented/);
  });

  it('refuses SEED_DEMO=true, and a database that holds demo accounts', async () => {
    sut = await createTestApp({ HOST: '0.0.0.0', ...OWN, SEED_DEMO: 'true' });
    expect(await startupProblems(sut)).toMatch(/SEED_DEMO=false/);
    await sut.close();

    sut = await createTestApp({ HOST: '0.0.0.0', ...OWN });
    expect(await startupProblems(sut)).toBe('');
    await sut.app.get(SeedService).seed();
    expect(await startupProblems(sut)).toMatch(/demo accounts/);
  }, 120_000);

  it('starts on loopback whatever the admin password or data', async () => {
    sut = await createTestApp({
      HOST: '127.0.0.1',
      ADMIN_EMAIL: OWN.ADMIN_EMAIL,
      ADMIN_PASSWORD: DOCUMENTED_DEV_ADMIN_PASSWORD,
    });
    expect(await startupProblems(sut)).toBe('');
  });
});
