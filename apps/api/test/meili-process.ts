/**
 * A Meilisearch of a test's own (not the shared one the global setup starts), which the test may
 * SIGKILL and start again on the same port and data directory, as a crash and a supervisor's
 * restart would do (search-faults.int-spec.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedMeilisearch, type MeiliHandle } from '../../../scripts/lib/meilisearch.js';

export interface KillableMeilisearch {
  url: string;
  masterKey: string;
  /** SIGKILL (no shutdown of any kind); resolves once the process is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port and data directory; resolves once it is healthy. */
  restart(): Promise<void>;
  /** Stops it and removes its data. */
  close(): Promise<void>;
}

export async function startKillableMeilisearch(): Promise<KillableMeilisearch> {
  const dir = await mkdtemp(join(tmpdir(), 'toolbox-meili-fault-'));
  const masterKey = randomBytes(24).toString('hex');
  const options = { dataDir: dir, masterKey };
  let handle: MeiliHandle | null = await startEmbeddedMeilisearch(options);
  const port = Number(new URL(handle.url).port);
  const url = handle.url;
  return {
    url,
    masterKey,
    kill: async () => {
      if (handle === null) return;
      const h = handle;
      handle = null;
      process.kill(h.pid, 'SIGKILL');
      await h.exited;
    },
    restart: async () => {
      if (handle !== null) return;
      handle = await startEmbeddedMeilisearch({ ...options, port });
    },
    close: async () => {
      await handle?.stop();
      handle = null;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
