import { OWNER_LIMITS } from '@toolbox/contracts';
import { DomainError, type ErrorStatus } from '../../../common/errors/domain-error.js';

export type OfferingErrorCode =
  'OFFERING_NOT_FOUND' | 'ILLEGAL_TRANSITION' | 'VERSION_CONFLICT' | 'OFFERING_LIMIT_REACHED';

const STATUS = {
  OFFERING_NOT_FOUND: 404,
  ILLEGAL_TRANSITION: 409,
  VERSION_CONFLICT: 409,
  OFFERING_LIMIT_REACHED: 409,
} as const satisfies Record<OfferingErrorCode, ErrorStatus>;

const MESSAGES: Record<OfferingErrorCode, string> = {
  OFFERING_NOT_FOUND: 'offering not found',
  ILLEGAL_TRANSITION: 'illegal status transition',
  VERSION_CONFLICT:
    'the offering changed after the version you reviewed; reload it and review again',
  OFFERING_LIMIT_REACHED: `a provider may have at most ${OWNER_LIMITS.offeringsPerProvider} offerings; delete or reuse one`,
};

export class OfferingError extends DomainError<OfferingErrorCode> {
  constructor(code: OfferingErrorCode, message = MESSAGES[code]) {
    super(code, message, STATUS[code]);
  }
}
