import { describe, expect, it } from '@jest/globals';

import {
  ApiExitedError,
  apiCrashed,
  bannerText,
  type BannerInput,
  stackEndOutcome,
  startFailure,
} from './start.js';

const embedded: BannerInput = {
  adminEmail: 'admin@toolbox.local',
  adminPassword: 'admin-password-123',
  dataDir: '/srv/toolbox/.data',
  services: {
    adminPasswordSource: 'default',
    logDir: '/srv/toolbox/.data/logs',
    postgres: { port: 54329 },
    meili: { url: 'http://127.0.0.1:7701' },
  },
};

describe('bannerText', () => {
  it('shows where to open the app, the default login and the embedded services', () => {
    const sut = bannerText(embedded, 3000);
    expect(sut).toContain('  数转工具箱 · SME Transformation Toolbox is running\n');
    expect(sut).toContain('  URL             http://localhost:3000\n');
    expect(sut).toContain('  Admin email     admin@toolbox.local\n');
    expect(sut).toContain(
      '  Admin password  admin-password-123   (development default; set ADMIN_PASSWORD to change)\n',
    );
    expect(sut).toContain('  PostgreSQL      embedded, 127.0.0.1:54329\n');
    expect(sut).toContain('  Meilisearch     embedded, http://127.0.0.1:7701\n');
    expect(sut).toContain('  Service logs    /srv/toolbox/.data/logs\n');
    expect(sut).toContain('  Ctrl-C to stop\n');
  });

  it('never echoes a password the user set, and names external services', () => {
    const sut = bannerText(
      {
        ...embedded,
        adminPassword: 'my-own-secret',
        services: { ...embedded.services, adminPasswordSource: 'env', postgres: null, meili: null },
      },
      8080,
    );
    expect(sut).not.toContain('my-own-secret');
    expect(sut).toContain('  Admin password  (the ADMIN_PASSWORD you set)\n');
    expect(sut).toContain('  PostgreSQL      external (DATABASE_URL)\n');
    expect(sut).toContain('  Meilisearch     external (MEILI_URL)\n');
  });

  it('says when there is no admin account', () => {
    const sut = bannerText(
      {
        ...embedded,
        adminEmail: '',
        services: { ...embedded.services, adminPasswordSource: 'none' },
      },
      3000,
    );
    expect(sut).toContain('  Admin email     (none)\n');
    expect(sut).toContain('  Admin password  (none: set ADMIN_EMAIL and ADMIN_PASSWORD)\n');
  });
});

describe('startFailure', () => {
  it('exits quietly with 0 when the start was interrupted', () => {
    expect(startFailure(new Error('aborted'), true)).toEqual({ code: 0, message: null });
  });

  it("passes on the API's exit code, at least 1", () => {
    const crashed = startFailure(new ApiExitedError({ code: 3, signal: null }), false);
    expect(crashed.code).toBe(3);
    expect(crashed.message).toContain('The API exited during start-up (code 3, signal null)');
    expect(startFailure(new ApiExitedError({ code: 0, signal: null }), false).code).toBe(1);
    expect(startFailure(new ApiExitedError({ code: null, signal: 'SIGKILL' }), false).code).toBe(
      137,
    );
  });

  it('prints any other failure and exits 1', () => {
    expect(startFailure(new Error('PORT 3000 is already in use'), false)).toEqual({
      code: 1,
      message: 'PORT 3000 is already in use',
    });
  });
});

describe('stackEndOutcome', () => {
  it("stops the services with the API's exit code when the API exits", () => {
    expect(stackEndOutcome({ kind: 'api-exit', info: { code: null, signal: 'SIGTERM' } })).toEqual({
      code: 143,
      message: 'the API exited (code null, signal SIGTERM): stopping the services',
      error: false,
    });
  });

  it('reports a service that died as an error, exit code 1', () => {
    expect(
      stackEndOutcome({ kind: 'service-exit', message: 'Meilisearch exited (code 1)' }),
    ).toEqual({
      code: 1,
      message: 'Meilisearch exited (code 1)',
      error: true,
    });
  });
});

describe('apiCrashed', () => {
  it('restarts an API that crashed, not one that was asked to stop', () => {
    expect(apiCrashed({ code: 1, signal: null })).toBe(true);
    expect(apiCrashed({ code: null, signal: 'SIGKILL' })).toBe(true);
    expect(apiCrashed({ code: null, signal: 'SIGSEGV' })).toBe(true);
    expect(apiCrashed({ code: 0, signal: null })).toBe(false);
    expect(apiCrashed({ code: null, signal: 'SIGTERM' })).toBe(false);
    expect(apiCrashed({ code: null, signal: 'SIGINT' })).toBe(false);
  });
});
