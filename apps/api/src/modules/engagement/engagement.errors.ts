import {
  DomainError,
  type DomainErrorDetails,
  type ErrorStatus,
} from '../../common/errors/domain-error.js';

export type EngagementErrorCode =
  | 'INQUIRY_NOT_FOUND'
  | 'OFFERING_NOT_FOUND'
  | 'INQUIRY_EXISTS'
  | 'INQUIRY_CLOSED'
  | 'ILLEGAL_INQUIRY_MOVE'
  | 'INQUIRY_LIMIT'
  | 'INVALID_PERIOD';

const STATUS = {
  INQUIRY_NOT_FOUND: 404,
  OFFERING_NOT_FOUND: 404,
  INQUIRY_EXISTS: 409,
  INQUIRY_CLOSED: 409,
  ILLEGAL_INQUIRY_MOVE: 409,
  INQUIRY_LIMIT: 429,
  INVALID_PERIOD: 400,
} as const satisfies Record<EngagementErrorCode, ErrorStatus>;

const MESSAGES: Record<EngagementErrorCode, string> = {
  INQUIRY_NOT_FOUND: 'inquiry not found',
  OFFERING_NOT_FOUND: 'offering not found',
  INQUIRY_EXISTS: 'you already have an unfinished inquiry of this kind on this offering',
  INQUIRY_CLOSED: 'the inquiry is finished (won, lost or withdrawn): no more messages',
  ILLEGAL_INQUIRY_MOVE: 'illegal status move',
  INQUIRY_LIMIT: 'too many new inquiries today',
  INVALID_PERIOD: 'from must not be after to, and the period must be at most 366 days',
};

export class EngagementError extends DomainError<EngagementErrorCode> {
  constructor(
    code: EngagementErrorCode,
    message: string = MESSAGES[code],
    details?: DomainErrorDetails,
  ) {
    super(code, message, STATUS[code], details);
  }
}
