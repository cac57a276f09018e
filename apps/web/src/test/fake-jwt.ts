/** Unsigned JWT-shaped tokens for tests; only `exp` matters to the web app. */
export function fakeJwt(expiresInSeconds: number, nowMs: number = Date.now()): string {
  const encode = (value: object): string =>
    btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const exp = Math.floor(nowMs / 1000) + expiresInSeconds;
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: 'user-1', exp })}.sig`;
}
