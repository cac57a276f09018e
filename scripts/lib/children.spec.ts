import { describe, expect, it } from '@jest/globals';

import { exitCodeOf, spawnChild, stripAnsi } from './children.js';
import { isAlive, processGroupMembers } from './proc.js';

describe('stripAnsi', () => {
  it('removes colour and cursor sequences', () => {
    const esc = String.fromCharCode(27);
    expect(stripAnsi(`${esc}[32m✓${esc}[0m ready ${esc}[2K${esc}[?25l`)).toBe('✓ ready ');
  });
});

describe('exitCodeOf', () => {
  it('propagates an exit code, or 128 + n for a signal like a shell', () => {
    expect(exitCodeOf({ code: 3, signal: null })).toBe(3);
    expect(exitCodeOf({ code: null, signal: 'SIGTERM' })).toBe(143);
    expect(exitCodeOf({ code: null, signal: 'SIGINT' })).toBe(130);
    expect(exitCodeOf({ code: null, signal: 'SIGUSR2' })).toBe(128);
    expect(exitCodeOf({ code: null, signal: null })).toBe(1);
  });
});

describe('spawnChild', () => {
  it('passes output line by line and stops the whole process group, grandchildren included', async () => {
    const lines: string[] = [];
    const sut = spawnChild({
      name: 'tree',
      command: 'sh',
      args: ['-c', 'sleep 300 & echo "started $!"; wait'],
      cwd: process.cwd(),
      env: process.env,
      output: (line) => lines.push(line),
    });
    for (let i = 0; i < 100 && !lines.some((l) => l.startsWith('started ')); i += 1)
      await new Promise((r) => setTimeout(r, 20));
    const grandchild = Number(lines.find((l) => l.startsWith('started '))?.slice(8));
    expect(isAlive(grandchild)).toBe(true);
    expect(processGroupMembers(sut.pid).length).toBeGreaterThanOrEqual(2);

    // At worst 2 s of grace and 5 s after SIGKILL: the test allows 15 s.
    const info = await sut.stop(2000);

    expect(info.signal ?? info.code).not.toBeNull();
    expect(sut.hasExited).toBe(true);
    expect(processGroupMembers(sut.pid)).toEqual([]);
    expect(isAlive(grandchild)).toBe(false);
  }, 15_000);
});
