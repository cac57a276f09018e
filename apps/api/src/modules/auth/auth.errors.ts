import { DomainError, type ErrorStatus } from '../../common/errors/domain-error.js';

export type AuthErrorCode =
  | 'EMAIL_TAKEN'
  | 'INVALID_CREDENTIALS'
  | 'WRONG_CURRENT_PASSWORD'
  | 'TOO_MANY_LOGIN_ATTEMPTS'
  | 'GOV_ACCOUNT_NOT_FOUND';

const STATUS = {
  EMAIL_TAKEN: 409,
  INVALID_CREDENTIALS: 401,
  WRONG_CURRENT_PASSWORD: 401,
  TOO_MANY_LOGIN_ATTEMPTS: 429,
  GOV_ACCOUNT_NOT_FOUND: 404,
} as const satisfies Record<AuthErrorCode, ErrorStatus>;

const MESSAGES: Record<AuthErrorCode, string> = {
  EMAIL_TAKEN: 'email is already registered',
  INVALID_CREDENTIALS: 'email or password is incorrect',
  WRONG_CURRENT_PASSWORD: 'the current password is incorrect',
  TOO_MANY_LOGIN_ATTEMPTS: 'too many failed login attempts; try again later',
  GOV_ACCOUNT_NOT_FOUND: 'gov account not found',
};

export class AuthError extends DomainError<AuthErrorCode> {
  constructor(
    code: AuthErrorCode,
    message: string = MESSAGES[code],
    /** Seconds until a rate-limited client may retry. */
    retryAfterSeconds?: number,
  ) {
    super(
      code,
      message,
      STATUS[code],
      retryAfterSeconds === undefined ? {} : { retryAfterSeconds },
    );
  }
}
