import { describe, expect, it } from '@jest/globals';
import { isTokenUsable, readJwtExpiry } from './jwt';

function tokenWith(payload: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.signature`;
}

describe('readJwtExpiry', () => {
  it('reads exp from a base64url payload', () => {
    expect(readJwtExpiry(tokenWith({ sub: 'u1', exp: 1_900_000_000 }))).toBe(1_900_000_000);
  });

  it('is null without an exp claim and "malformed" for garbage', () => {
    expect(readJwtExpiry(tokenWith({ sub: 'u1' }))).toBeNull();
    expect(readJwtExpiry('not-a-jwt')).toBe('malformed');
    expect(readJwtExpiry('a.%%%.c')).toBe('malformed');
    expect(readJwtExpiry(tokenWith({ exp: 'soon' }))).toBe('malformed');
  });
});

describe('isTokenUsable', () => {
  const now = Date.UTC(2030, 0, 1);

  it('accepts a token that expires later and refuses one already expired', () => {
    expect(isTokenUsable(tokenWith({ exp: now / 1000 + 3600 }), now)).toBe(true);
    expect(isTokenUsable(tokenWith({ exp: now / 1000 - 1 }), now)).toBe(false);
  });

  it('treats a token within the clock-skew margin as expired', () => {
    expect(isTokenUsable(tokenWith({ exp: now / 1000 + 2 }), now)).toBe(false);
  });

  it('refuses malformed tokens', () => {
    expect(isTokenUsable('garbage', now)).toBe(false);
  });
});
