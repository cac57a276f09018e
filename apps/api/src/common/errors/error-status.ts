import type { AssessmentErrorCode } from '../../modules/assessments/assessments.errors.js';
import type { AuthErrorCode } from '../../modules/auth/auth.errors.js';
import type { OfferingErrorCode } from '../../modules/offerings/offerings.errors.js';
import type { PlanErrorCode } from '../../modules/plans/plans.errors.js';
import type { ProviderErrorCode } from '../../modules/providers/providers.errors.js';
import type { SmeErrorCode } from '../../modules/smes/smes.errors.js';
import type { CommonErrorCode } from './domain-error.js';

/** Every domain error code of the API. Add a feature's code union here; the switch below must cover it. */
export type DomainErrorCode =
  | CommonErrorCode
  | AuthErrorCode
  | ProviderErrorCode
  | OfferingErrorCode
  | SmeErrorCode
  | AssessmentErrorCode
  | PlanErrorCode;

export function statusOf(code: DomainErrorCode): number {
  switch (code) {
    case 'NOT_FOUND':
    case 'PROVIDER_NOT_FOUND':
    case 'OFFERING_NOT_FOUND':
    case 'ASSESSMENT_NOT_FOUND':
    case 'PLAN_ITEM_NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'EMAIL_TAKEN':
    case 'PROVIDER_PROFILE_REQUIRED':
    case 'ILLEGAL_TRANSITION':
    case 'SME_PROFILE_REQUIRED':
    case 'PLAN_ITEM_EXISTS':
    case 'ILLEGAL_PLAN_MOVE':
      return 409;
    case 'INVALID_CREDENTIALS':
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN_ROLE':
      return 403;
    case 'INVALID_ANSWERS':
    case 'INVALID_PLAN_INDEX':
      return 400;
    case 'RATE_LIMITED':
    case 'TOO_MANY_LOGIN_ATTEMPTS':
      return 429;
    case 'SERVICE_UNAVAILABLE':
      return 503;
    default: {
      const unreachable: never = code;
      throw new Error(`unmapped domain error code ${String(unreachable)}`);
    }
  }
}

export const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};
