import { DomainError, type ErrorStatus } from '../../../common/errors/domain-error.js';

export type OfferingErrorCode = 'OFFERING_NOT_FOUND' | 'ILLEGAL_TRANSITION';

const STATUS = {
  OFFERING_NOT_FOUND: 404,
  ILLEGAL_TRANSITION: 409,
} as const satisfies Record<OfferingErrorCode, ErrorStatus>;

export class OfferingError extends DomainError<OfferingErrorCode> {
  constructor(
    code: OfferingErrorCode,
    message = code === 'OFFERING_NOT_FOUND' ? 'offering not found' : 'illegal status transition',
  ) {
    super(code, message, STATUS[code]);
  }
}
