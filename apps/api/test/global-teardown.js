export default async function globalTeardown() {
  const services = globalThis.__TOOLBOX_TEST_SERVICES__;
  if (services !== undefined) await services.stop();
}
