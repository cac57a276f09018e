// @ts-check
// Starts a TypeScript script with tsx in a child process and resolves with the first JSON line
// it prints on stdout that carries `"ready": true` (its "ready" message; any other line, such as a
// JSON log line of the API starting up, is passed through to stderr). Used by Jest's global setups, which run in
// Jest's main process and must not load TypeScript there.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const TSX_CLI = join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');
// The scripts' tsconfig maps the libs and the API's public entry points to their sources, so the
// spawned script runs without a prior build (tsx reads only the tsconfig it is given, or ./tsconfig.json).
const TSCONFIG = join(import.meta.dirname, '..', 'tsconfig.json');

/**
 * @param {string} script absolute path of the .ts file
 * @param {{ env?: NodeJS.ProcessEnv, timeoutMs?: number, echo?: boolean }} [opts]
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, ready: Record<string, unknown>, stop: () => Promise<void> }>}
 */
export function spawnReady(script, opts = {}) {
  const child = spawn(process.execPath, [TSX_CLI, '--tsconfig', TSCONFIG, script], {
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(undefined);
      });
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let buffer = '';
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      void stop();
      reject(new Error(`${script} did not become ready in ${opts.timeoutMs ?? 180_000} ms`));
    }, opts.timeoutMs ?? 180_000);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk) => {
      if (done) {
        if (opts.echo) process.stdout.write(chunk);
        return;
      }
      buffer += chunk;
      for (const line of buffer.split('\n').slice(0, -1)) {
        const message = readyMessage(line);
        if (message !== undefined) {
          done = true;
          clearTimeout(timer);
          resolve({ child, ready: message, stop });
          return;
        }
        if (opts.echo) process.stdout.write(`${line}\n`);
        else if (line.trim() !== '') process.stderr.write(`${line}\n`);
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    });
    child.once('exit', (code, signal) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      reject(new Error(`${script} exited before it was ready (code ${code}, signal ${signal})`));
    });
  });
}

/**
 * The ready message in one line of output, or undefined for any other line.
 * @param {string} line
 * @returns {Record<string, unknown> | undefined}
 */
export function readyMessage(line) {
  const text = line.trim();
  if (!text.startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && parsed.ready === true
      ? parsed
      : undefined;
  } catch {
    return undefined;
  }
}
