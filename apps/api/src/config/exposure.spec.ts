import { describe, expect, it } from '@jest/globals';
import { DOCUMENTED_DEV_ADMIN_PASSWORD, exposureProblems, isLoopbackHost } from './exposure.js';

const safe = { adminPassword: 'a-secret-of-my-own', seedDemo: false, demoAccounts: false };

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST', '::ffff:127.0.0.1'])(
    '%s is loopback',
    (host) => expect(isLoopbackHost(host)).toBe(true),
  );
  it.each(['0.0.0.0', '::', '192.168.1.5', '10.0.0.1', 'example.com', '128.0.0.1', ''])(
    '%s is not loopback',
    (host) => expect(isLoopbackHost(host)).toBe(false),
  );
});

describe('exposureProblems', () => {
  it('allows anything on loopback, even the defaults and demo data', () => {
    expect(
      exposureProblems({
        host: '127.0.0.1',
        adminPassword: DOCUMENTED_DEV_ADMIN_PASSWORD,
        seedDemo: true,
        demoAccounts: true,
      }),
    ).toEqual([]);
  });

  it('allows a non-loopback HOST with an own admin password and no demo data', () => {
    expect(exposureProblems({ host: '0.0.0.0', ...safe })).toEqual([]);
  });

  it('refuses the documented admin password off loopback, saying what to set', () => {
    const sut = exposureProblems({
      host: '0.0.0.0',
      ...safe,
      adminPassword: DOCUMENTED_DEV_ADMIN_PASSWORD,
    });
    expect(sut.join('\n')).toMatch(/ADMIN_PASSWORD is the documented development default/);
    expect(sut.join('\n')).toMatch(/HOST=127\.0\.0\.1/);
  });

  it('refuses demo accounts in the database, and SEED_DEMO, off loopback', () => {
    expect(exposureProblems({ host: '192.168.1.5', ...safe, demoAccounts: true }).join()).toMatch(
      /demo accounts/,
    );
    expect(exposureProblems({ host: '::', ...safe, seedDemo: true }).join()).toMatch(
      /SEED_DEMO=false/,
    );
  });
});
