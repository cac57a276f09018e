/** The HTTP statuses a domain error may map to. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;

/** Extra facts the global filter turns into the answer. */
export interface DomainErrorDetails {
  /** Seconds until the client may retry (`Retry-After`). */
  retryAfterSeconds?: number;
  /** One sentence per problem; the answer's `message` becomes this list. */
  problems?: readonly string[];
  /**
   * A 400 about particular fields that only the service can judge (e.g. a region outside the
   * caller's own): the answer carries them as `errors`, like a validation 400.
   */
  fields?: readonly { field: string; code: string; message: string }[];
}

/**
 * Services throw domain errors carrying a string-literal code. Each module maps its own codes to
 * HTTP statuses with an exhaustive map (`satisfies Record<Code, ErrorStatus>`) and hands the
 * status to this constructor, so an unmapped code does not compile and the one global filter
 * (`common/filters`) needs to know no module. No HttpException in services.
 */
export abstract class DomainError<C extends string = string> extends Error {
  protected constructor(
    readonly code: C,
    message: string,
    readonly status: ErrorStatus,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** `instanceof` without the `any` that a generic abstract class would give. */
export function isDomainError(e: unknown): e is DomainError<string> {
  return e instanceof DomainError;
}

export type CommonErrorCode = 'SERVICE_UNAVAILABLE' | 'NOT_FOUND' | 'RATE_LIMITED' | 'CONFLICT';

const COMMON_STATUS = {
  SERVICE_UNAVAILABLE: 503,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  CONFLICT: 409,
} as const satisfies Record<CommonErrorCode, ErrorStatus>;

export class CommonError extends DomainError<CommonErrorCode> {
  constructor(code: CommonErrorCode, message: string, details?: DomainErrorDetails) {
    super(code, message, COMMON_STATUS[code], details);
  }
}

export type AccessErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN_ROLE';

const ACCESS_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN_ROLE: 403,
} as const satisfies Record<AccessErrorCode, ErrorStatus>;

const ACCESS_MESSAGES: Record<AccessErrorCode, string> = {
  UNAUTHENTICATED: 'a valid access token is required',
  FORBIDDEN_ROLE: 'your role may not use this route',
};

/** Thrown by the global guards: no valid token (401) or the wrong role (403). */
export class AccessError extends DomainError<AccessErrorCode> {
  constructor(code: AccessErrorCode, message: string = ACCESS_MESSAGES[code]) {
    super(code, message, ACCESS_STATUS[code]);
  }
}
