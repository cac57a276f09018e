// Jest loads global setup outside its module system, where `.js` → `.ts` mapping and decorator
// transforms do not apply; tsx runs the TypeScript implementation instead.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const impl = await tsImport('./global-setup.impl.ts', import.meta.url);
  await impl.default();
}
