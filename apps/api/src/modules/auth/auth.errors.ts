import { DomainError } from '../../common/errors/domain-error.js';

export type AuthErrorCode =
  | 'EMAIL_TAKEN'
  | 'INVALID_CREDENTIALS'
  | 'TOO_MANY_LOGIN_ATTEMPTS'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN_ROLE';

const MESSAGES: Record<AuthErrorCode, string> = {
  EMAIL_TAKEN: 'email is already registered',
  INVALID_CREDENTIALS: 'email or password is incorrect',
  TOO_MANY_LOGIN_ATTEMPTS: 'too many failed login attempts; try again later',
  UNAUTHENTICATED: 'a valid access token is required',
  FORBIDDEN_ROLE: 'your role may not use this route',
};

export class AuthError extends DomainError<AuthErrorCode> {
  constructor(
    code: AuthErrorCode,
    message: string = MESSAGES[code],
    /** Seconds until a rate-limited client may retry. */
    readonly retryAfterSeconds?: number,
  ) {
    super(code, message);
  }
}
