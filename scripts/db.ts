/**
 * `npm run db:migrate`, `db:seed`, `search:reindex`, `search:reconcile`: run the API's CLI command against the configured
 * database, or — when DATABASE_URL / MEILI_URL are not set — against the embedded servers of
 * `npm start` (same DATA_DIR and secrets), which this script starts and stops around the command.
 * The npm scripts build the libs and the API first.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtApiEntry } from './lib/api-entry.js';
import {
  closeRegistry,
  ensureDataDir,
  openRegistry,
  resolveDataDir,
  say,
  startBackingServices,
} from './lib/launcher.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The built API's CLI (apps/api/package.json `exports["./cli"]`). */
const CLI = builtApiEntry('./cli');
const COMMANDS = ['migrate', 'seed', 'check-schema', 'reindex', 'reconcile'] as const;
type Command = (typeof COMMANDS)[number];

function isCommand(x: string | undefined): x is Command {
  return x !== undefined && (COMMANDS as readonly string[]).includes(x);
}

function run(command: Command, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, command], { cwd: ROOT, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  const command = process.argv[2];
  if (!isCommand(command)) {
    process.stderr.write(`usage: tsx scripts/db.ts <${COMMANDS.join('|')}>\n`);
    return 64;
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (
    env.DATABASE_URL !== undefined &&
    env.DATABASE_URL !== '' &&
    env.MEILI_URL !== undefined &&
    env.MEILI_URL !== ''
  ) {
    return run(command, env);
  }
  const dataDir = await ensureDataDir(await resolveDataDir(env));
  const registry = await openRegistry(dataDir, say);
  const services = await startBackingServices({ dataDir, env, registry, say });
  try {
    return await run(command, { ...env, ...services.apiEnv });
  } finally {
    await services.stop();
    closeRegistry(registry);
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
