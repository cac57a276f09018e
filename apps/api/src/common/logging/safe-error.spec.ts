import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { safeError as sut } from './logger.js';

describe('safeError (how errors are logged)', () => {
  it('keeps a failed query’s code, table and constraint but never its parameters or detail', () => {
    const driverError = Object.assign(new Error('new row violates check constraint "ck"'), {
      code: '23514',
      table: 'users',
      constraint: 'ck',
      detail: 'Failing row contains (someone@example.com, $argon2id$v=19$m=19456…)',
    });
    const e = new QueryFailedError(
      'INSERT INTO "users" ("email", "password_hash") VALUES ($1, $2)',
      ['someone@example.com', '$argon2id$v=19$m=19456,t=2,p=1$abc'],
      driverError,
    );
    const logged = JSON.stringify(sut(e));
    expect(sut(e)).toMatchObject({ type: 'QueryFailedError', code: '23514', table: 'users' });
    expect(logged).not.toMatch(/someone@example\.com|\$argon2|parameters|driverError|detail/);
  });

  it('drops other properties an error carries (an HTTP client’s request headers)', () => {
    const e = Object.assign(new Error('request failed'), {
      request: { headers: { Authorization: 'Bearer master-key-1234' } },
    });
    expect(JSON.stringify(sut(e))).not.toContain('master-key-1234');
    expect(sut(e)).toMatchObject({ type: 'Error', message: 'request failed' });
  });

  it('follows the cause, a few levels deep', () => {
    const e = new Error('outer', { cause: new Error('inner') });
    expect(sut(e).cause).toMatchObject({ message: 'inner' });
  });
});
