import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  const services = globalThis.__TOOLBOX_SERVICES__;
  if (services === undefined) return;
  await services.meili.stop();
  await services.pg.stop();
  await rm(services.dir, { recursive: true, force: true });
}
