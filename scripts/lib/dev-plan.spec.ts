import { describe, expect, it } from '@jest/globals';

import {
  checkDevPorts,
  devBanner,
  exitReason,
  namedPorts,
  npmCommand,
  tscWatchArgs,
  viteArgs,
  WATCH_BUILDS,
} from './dev-plan.js';

describe('dev ports', () => {
  it('refuses one port for both Vite and the API', () => {
    expect(() => checkDevPorts({ web: 3000, api: 3000 })).toThrow(
      'PORT and API_PORT must differ (both 3000)',
    );
    expect(checkDevPorts({ web: 3000, api: 3001 })).toEqual({ web: 3000, api: 3001 });
  });

  it('names each port by the variable that sets it', () => {
    expect(namedPorts({ web: 3000, api: 3001 })).toEqual([
      ['PORT', 3000],
      ['API_PORT', 3001],
    ]);
  });
});

describe('child command lines', () => {
  it('runs npm through the npm-cli.js that started us, else npm on PATH', () => {
    expect(npmCommand('/usr/lib/node_modules/npm/bin/npm-cli.js', '/usr/bin/node')).toEqual({
      command: '/usr/bin/node',
      args: ['/usr/lib/node_modules/npm/bin/npm-cli.js'],
    });
    expect(npmCommand('/usr/lib/node_modules/pnpm/bin/pnpm.cjs', '/usr/bin/node')).toEqual({
      command: 'npm',
      args: [],
    });
    expect(npmCommand(undefined, '/usr/bin/node')).toEqual({ command: 'npm', args: [] });
  });

  it('watches each project with tsc, --pretty only in colour', () => {
    expect(tscWatchArgs('/tsc', '/repo', 'libs/domain/tsconfig.build.json', false)).toEqual([
      '/tsc',
      '-p',
      '/repo/libs/domain/tsconfig.build.json',
      '--watch',
      '--preserveWatchOutput',
    ]);
    expect(tscWatchArgs('/tsc', '/repo', 'x.json', true).at(-1)).toBe('--pretty');
  });

  it('builds domain, then contracts, then the API', () => {
    expect(WATCH_BUILDS.map((b) => b.name)).toEqual(['domain', 'contracts', 'api:tsc']);
  });

  it('starts Vite of the web workspace on the given port, strictly', () => {
    expect(viteArgs(['/npm-cli.js'], 3000)).toEqual([
      '/npm-cli.js',
      'run',
      'dev',
      '-w',
      '@toolbox/web',
      '--',
      '--port',
      '3000',
      '--strictPort',
    ]);
  });
});

describe('dev banner', () => {
  const services = {
    adminEmail: 'admin@example.test',
    adminPassword: 'secret-default',
    adminPasswordSource: 'default' as const,
    logDir: '/data/logs',
  };

  it('lists the URLs, the admin login, the data dir and the logs', () => {
    expect(devBanner({ web: 3000, api: 3001 }, '/data', services).split('\n')).toEqual([
      '',
      '─'.repeat(72),
      '  数转工具箱 · dev mode',
      '  Web (Vite)      http://localhost:3000',
      '  API             http://127.0.0.1:3001  (node --watch)',
      '  Admin           admin@example.test / secret-default',
      '  Data dir        /data',
      '  Service logs    /data/logs',
      '  Ctrl-C to stop',
      '─'.repeat(72),
      '',
      '',
    ]);
  });

  it('never echoes a password the user set, and says when there is no admin', () => {
    const own = devBanner({ web: 1, api: 2 }, '/d', { ...services, adminPasswordSource: 'env' });
    expect(own).toContain('admin@example.test / (the ADMIN_PASSWORD you set)');
    expect(own).not.toContain('secret-default');
    const none = devBanner({ web: 1, api: 2 }, '/d', {
      ...services,
      adminEmail: '',
      adminPasswordSource: 'none',
    });
    expect(none).toContain('  Admin           (none)\n');
  });
});

describe('exit reason', () => {
  it('names the child, its code and its signal', () => {
    expect(exitReason('web', { code: 1, signal: null })).toBe('web exited (code 1, signal null)');
  });
});
