import { DomainError, type ErrorStatus } from '../../common/errors/domain-error.js';

export type ReviewErrorCode = 'OFFERING_NOT_FOUND' | 'REVIEW_NOT_FOUND' | 'REVIEW_NOT_ELIGIBLE';

const STATUS = {
  OFFERING_NOT_FOUND: 404,
  REVIEW_NOT_FOUND: 404,
  REVIEW_NOT_ELIGIBLE: 403,
} as const satisfies Record<ReviewErrorCode, ErrorStatus>;

const MESSAGES: Record<ReviewErrorCode, string> = {
  OFFERING_NOT_FOUND: 'offering not found',
  REVIEW_NOT_FOUND: 'review not found',
  REVIEW_NOT_ELIGIBLE:
    'only a firm whose inquiry on this offering reached a trial or adoption can review it',
};

export class ReviewError extends DomainError<ReviewErrorCode> {
  constructor(code: ReviewErrorCode, message: string = MESSAGES[code]) {
    super(code, message, STATUS[code]);
  }
}
