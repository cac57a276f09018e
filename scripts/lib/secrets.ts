/**
 * Persistent secrets of the embedded stack, generated once into `<DATA_DIR>/secrets.json`
 * (mode 0600) so the database password, the Meilisearch master key and the JWT signing
 * secret survive restarts (data stays reachable, issued tokens stay valid).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

import { mkdirp } from './fs.js';

export interface StackSecrets {
  postgresPassword: string;
  meiliMasterKey: string;
  jwtSecret: string;
}

const FIELDS = ['postgresPassword', 'meiliMasterKey', 'jwtSecret'] as const;

export function secretsPath(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'secrets.json');
}

function generate(): string {
  return randomBytes(32).toString('base64url'); // 43 URL-safe characters
}

export async function loadOrCreateSecrets(
  dataDir: string,
  log: (line: string) => void = () => undefined,
): Promise<StackSecrets> {
  const file = secretsPath(dataDir);
  let stored: Partial<Record<(typeof FIELDS)[number], unknown>> = {};
  let raw: string | null = null;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (raw !== null) {
    try {
      stored = JSON.parse(raw) as typeof stored;
    } catch {
      throw new Error(
        `${file} is not valid JSON. Fix it, or delete it to generate new secrets ` +
          '(the embedded database password is re-applied automatically; issued logins become invalid).',
      );
    }
    const mode = (await fs.stat(file)).mode & 0o777;
    if ((mode & 0o077) !== 0) {
      log(`${file} was readable by others (mode ${mode.toString(8)}): chmod 600`);
      await fs.chmod(file, 0o600);
    }
  }
  const secrets = {} as StackSecrets;
  let changed = raw === null;
  for (const field of FIELDS) {
    const value = stored[field];
    if (typeof value === 'string' && value.length >= 32) {
      secrets[field] = value;
    } else {
      secrets[field] = generate();
      changed = true;
    }
  }
  if (changed) {
    await mkdirp(path.dirname(file));
    const tmp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(
      tmp,
      `${JSON.stringify({ ...secrets, createdAt: new Date().toISOString() }, null, 2)}\n`,
      { mode: 0o600 },
    );
    await fs.rename(tmp, file);
    log(`generated secrets in ${file}`);
  }
  return secrets;
}
