export default async function globalTeardown() {
  const stack = globalThis.__TOOLBOX_E2E_STACK__;
  if (stack !== undefined) await stack.stop();
}
