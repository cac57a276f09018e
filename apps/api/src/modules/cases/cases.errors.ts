import {
  DomainError,
  type DomainErrorDetails,
  type ErrorStatus,
} from '../../common/errors/domain-error.js';

export type CaseErrorCode =
  'CASE_NOT_FOUND' | 'CASE_NOT_EDITABLE' | 'ILLEGAL_CASE_MOVE' | 'INVALID_CASE_OFFERINGS';

const STATUS = {
  CASE_NOT_FOUND: 404,
  CASE_NOT_EDITABLE: 409,
  ILLEGAL_CASE_MOVE: 409,
  INVALID_CASE_OFFERINGS: 400,
} as const satisfies Record<CaseErrorCode, ErrorStatus>;

const MESSAGES: Record<CaseErrorCode, string> = {
  CASE_NOT_FOUND: 'case not found',
  CASE_NOT_EDITABLE: 'only a draft or rejected case can be edited',
  ILLEGAL_CASE_MOVE: 'illegal status move',
  INVALID_CASE_OFFERINGS: 'offeringIds must name published offerings of one provider',
};

export class CaseError extends DomainError<CaseErrorCode> {
  constructor(code: CaseErrorCode, message: string = MESSAGES[code], details?: DomainErrorDetails) {
    super(code, message, STATUS[code], details);
  }
}
