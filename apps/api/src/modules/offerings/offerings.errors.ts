import { DomainError } from '../../common/errors/domain-error.js';

export type OfferingErrorCode = 'OFFERING_NOT_FOUND' | 'ILLEGAL_TRANSITION';

export class OfferingError extends DomainError<OfferingErrorCode> {
  constructor(
    code: OfferingErrorCode,
    message = code === 'OFFERING_NOT_FOUND' ? 'offering not found' : 'illegal status transition',
  ) {
    super(code, message);
  }
}
