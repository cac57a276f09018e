// Starts the whole marketplace (embedded PostgreSQL + Meilisearch, API serving the built web app)
// on a free port in a temp dir. Jest loads global setup outside its transform, so tsx runs the TS.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const impl = await tsImport('./global-setup.impl.ts', import.meta.url);
  await impl.default();
}
