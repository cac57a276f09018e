import { describe, expect, it, jest } from '@jest/globals';
import { createAuthTokenStore, type SessionEndReason } from './auth-token';
import { ApiError, createHttpClient, NETWORK_ERROR_CODE } from './http';
import { MemoryStorage } from '../test/memory-storage';
import { fakeJwt } from '../test/fake-jwt';

type FetchFn = typeof globalThis.fetch;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

function setup(response: Response | Error, signedIn = true) {
  const tokens = createAuthTokenStore(new MemoryStorage());
  const token = fakeJwt(3600);
  if (signedIn) tokens.set(token);
  const ended: SessionEndReason[] = [];
  tokens.onSessionEnd((reason) => ended.push(reason));
  const fetch = jest.fn<FetchFn>(() =>
    response instanceof Error ? Promise.reject(response) : Promise.resolve(response),
  );
  const sut = createHttpClient({ fetch, tokens, baseUrl: '/api' });
  return { sut, fetch, tokens, token, ended };
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('http client', () => {
  it('sends JSON with the bearer token and parses the answer', async () => {
    const { sut, fetch, token } = setup(json(200, { id: 'u1', name: '张三' }));
    const user = await sut.request<{ id: string; name: string }>('/auth/login', {
      method: 'POST',
      body: { email: 'a@b.cn' },
    });
    expect(user).toEqual({ id: 'u1', name: '张三' });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/auth/login');
    const headers = new Headers(init?.headers);
    expect(headers.get('Authorization')).toBe(`Bearer ${token}`);
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(init?.body).toBe('{"email":"a@b.cn"}');
  });

  it('adds query parameters, repeating arrays and skipping empty values', async () => {
    const { sut, fetch } = setup(json(200, {}));
    await sut.request('/search/offerings', {
      query: { q: 'MES', scenario: ['quality', 'energy'], page: 1, kind: undefined },
    });
    expect(fetch.mock.calls[0]?.[0]).toBe(
      '/api/search/offerings?q=MES&scenario=quality&scenario=energy&page=1',
    );
  });

  it('turns an error body into an ApiError with status, code and every message', async () => {
    const { sut } = setup(
      json(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: ['password must be at least 10 characters', 'name must not be empty'],
      }),
    );
    const error = await failureOf(sut.request('/auth/register', { method: 'POST', body: {} }));
    expect(error.status).toBe(400);
    expect(error.messages).toEqual([
      'password must be at least 10 characters',
      'name must not be empty',
    ]);

    const conflict = setup(
      json(409, { statusCode: 409, error: 'Conflict', message: 'taken', code: 'EMAIL_TAKEN' }),
    );
    const taken = await failureOf(conflict.sut.request('/auth/register', { method: 'POST' }));
    expect(taken.code).toBe('EMAIL_TAKEN');
    expect(taken.messages).toEqual(['taken']);
    expect(taken.fieldErrors).toEqual([]);
  });

  it("carries a validation 400's errors by field and code, dropping malformed entries", async () => {
    const { sut } = setup(
      json(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: ['email must be an email', 'plans.0.priceCents must not be less than 0'],
        errors: [
          { field: 'email', code: 'isEmail', message: 'email must be an email' },
          {
            field: 'plans.0.priceCents',
            code: 'min',
            message: 'plans.0.priceCents must not be less than 0',
          },
          { field: 'name', code: 7 },
        ],
      }),
    );
    const error = await failureOf(sut.request('/offerings', { method: 'POST', body: {} }));
    expect(error.fieldErrors).toEqual([
      { field: 'email', code: 'isEmail', message: 'email must be an email' },
      {
        field: 'plans.0.priceCents',
        code: 'min',
        message: 'plans.0.priceCents must not be less than 0',
      },
    ]);
  });

  it('reports an unreachable server as status 0', async () => {
    const { sut } = setup(new TypeError('Failed to fetch'));
    const error = await failureOf(sut.request('/health'));
    expect(error.status).toBe(0);
    expect(error.code).toBe(NETWORK_ERROR_CODE);
    expect(error.isNetworkError).toBe(true);
  });

  it('copes with a non-JSON error page (e.g. a proxy 502)', async () => {
    const { sut } = setup(new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await failureOf(sut.request('/health'));
    expect(error.status).toBe(502);
  });

  it('ends the session on a 401 so the app can send the user to sign in', async () => {
    const { sut, tokens, ended } = setup(
      json(401, { statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' }),
    );
    const error = await failureOf(sut.request('/auth/me'));
    expect(error.status).toBe(401);
    expect(tokens.get()).toBeNull();
    expect(ended).toEqual(['expired']);
  });

  it('keeps the session when login answers 401 (wrong credentials)', async () => {
    const { sut, tokens, token, ended } = setup(
      json(401, { statusCode: 401, error: 'Unauthorized', message: 'Invalid credentials' }),
    );
    await failureOf(sut.request('/auth/login', { method: 'POST', endSessionOn401: false }));
    expect(tokens.get()).toBe(token);
    expect(ended).toEqual([]);
  });

  it('does not sign out a user who signed in again while an old request was in flight', async () => {
    const { tokens, ended } = setup(json(200, {}));
    let answer: (response: Response) => void = () => undefined;
    const fetch = jest.fn<FetchFn>(() => new Promise<Response>((resolve) => (answer = resolve)));
    const sut = createHttpClient({ fetch, tokens });
    const pending = failureOf(sut.request('/auth/me'));
    const newToken = fakeJwt(7200);
    tokens.set(newToken);
    answer(json(401, { statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' }));
    await pending;
    expect(tokens.get()).toBe(newToken);
    expect(ended).toEqual([]);
  });
});
