import { InitUsers1764115200000 } from './1764115200000-init-users.js';

/** Every migration in order. `npm run db:migration:generate` writes new files; add them here. */
export const MIGRATIONS = [InitUsers1764115200000];
