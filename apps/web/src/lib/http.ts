import type { ApiErrorBody, FieldError } from '@toolbox/contracts';
import { authToken, type AuthTokenStore } from './auth-token';

export const API_BASE_URL = '/api';

/** `code` of the ApiError thrown when the server cannot be reached at all (status 0). */
export const NETWORK_ERROR_CODE = 'NETWORK_ERROR';

/** Every failed API call rejects with this: HTTP status (0 = no answer), stable code, messages. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string | undefined;
  /** The server's messages, one per problem (English sentences, for logs and fallbacks). */
  readonly messages: readonly string[];
  /** A validation 400's problems by field and code (empty for other errors). */
  readonly fieldErrors: readonly FieldError[];

  constructor(
    status: number,
    messages: readonly string[],
    code?: string,
    options?: ErrorOptions & { fieldErrors?: readonly FieldError[] },
  ) {
    super(messages[0] ?? `HTTP ${status}`, options);
    this.status = status;
    this.code = code;
    this.messages = messages;
    this.fieldErrors = options?.fieldErrors ?? [];
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: HttpMethod;
  /** Sent as JSON. */
  body?: unknown;
  query?: Record<string, QueryValue | readonly QueryValue[]>;
  signal?: AbortSignal;
  /**
   * Whether a 401 ends the session and sends the user to sign in (default true). Login turns it
   * off: there a 401 just means wrong credentials.
   */
  endSessionOn401?: boolean;
}

export interface HttpClient {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
}

export interface HttpClientDeps {
  fetch?: typeof globalThis.fetch;
  tokens?: AuthTokenStore;
  baseUrl?: string;
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const message = (value as Record<string, unknown>).message;
  return (
    typeof message === 'string' ||
    (Array.isArray(message) && message.every((item) => typeof item === 'string'))
  );
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const { field, code, message } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof code === 'string' && typeof message === 'string';
}

/** The body's `errors` list, keeping only well-formed entries. */
function fieldErrorsOf(body: ApiErrorBody): FieldError[] {
  return Array.isArray(body.errors) ? body.errors.filter(isFieldError) : [];
}

function buildUrl(baseUrl: string, path: string, query: RequestOptions['query']): string {
  const url = `${baseUrl}${path.startsWith('/') ? path : `/${path}`}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, raw] of Object.entries(query)) {
    const values: readonly QueryValue[] = Array.isArray(raw) ? raw : [raw as QueryValue];
    for (const value of values) {
      if (value !== undefined && value !== null) params.append(key, String(value));
    }
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function toApiError(status: number, body: unknown, statusText: string): ApiError {
  if (isApiErrorBody(body)) {
    const messages = Array.isArray(body.message) ? body.message : [body.message];
    return new ApiError(status, messages, body.code, { fieldErrors: fieldErrorsOf(body) });
  }
  return new ApiError(status, statusText ? [statusText] : []);
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error instanceof DOMException && error.name === 'AbortError');
}

export function createHttpClient(deps: HttpClientDeps = {}): HttpClient {
  const doFetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const tokens = deps.tokens ?? authToken;
  const baseUrl = deps.baseUrl ?? API_BASE_URL;

  return {
    async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
      const { method = 'GET', body, query, signal, endSessionOn401 = true } = options;
      const token = tokens.get();
      const headers = new Headers({ Accept: 'application/json' });
      if (body !== undefined) headers.set('Content-Type', 'application/json');
      if (token !== null) headers.set('Authorization', `Bearer ${token}`);

      let response: Response;
      try {
        response = await doFetch(buildUrl(baseUrl, path, query), {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal,
        });
      } catch (error) {
        if (isAbort(error, signal)) throw error;
        throw new ApiError(0, [], NETWORK_ERROR_CODE, { cause: error });
      }

      const payload = await readBody(response);
      if (response.ok) return payload as T;

      const error = toApiError(response.status, payload, response.statusText);
      // Only the first 401 for a given token ends the session (parallel calls fail together),
      // and a late 401 for an old token must not sign out a user who has signed in again.
      if (response.status === 401 && endSessionOn401 && tokens.get() === token) {
        tokens.end(token === null ? 'required' : 'expired');
      }
      throw error;
    },
  };
}

/** The app's HTTP client: JSON over fetch, Bearer token from the auth store, typed errors. */
export const http: HttpClient = createHttpClient();
