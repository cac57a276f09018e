import {
  DomainError,
  type DomainErrorDetails,
  type ErrorStatus,
} from '../../common/errors/domain-error.js';

export type ProgrammeErrorCode =
  | 'PROGRAMME_NOT_FOUND'
  | 'APPLICATION_NOT_FOUND'
  | 'OFFERING_NOT_FOUND'
  | 'REGION_OUTSIDE_OWN'
  | 'INVALID_WINDOW'
  | 'UNKNOWN_PLAN'
  | 'ILLEGAL_PROGRAMME_MOVE'
  | 'ILLEGAL_APPLICATION_MOVE'
  | 'PROGRAMME_NOT_PUBLISHED'
  | 'NOT_ELIGIBLE'
  | 'NO_SUBSIDY'
  | 'APPLICATION_EXISTS'
  | 'BUDGET_EXHAUSTED'
  | 'PROGRAMME_CLOSED';

const STATUS = {
  PROGRAMME_NOT_FOUND: 404,
  APPLICATION_NOT_FOUND: 404,
  OFFERING_NOT_FOUND: 404,
  REGION_OUTSIDE_OWN: 400,
  INVALID_WINDOW: 400,
  UNKNOWN_PLAN: 400,
  ILLEGAL_PROGRAMME_MOVE: 409,
  ILLEGAL_APPLICATION_MOVE: 409,
  PROGRAMME_NOT_PUBLISHED: 409,
  NOT_ELIGIBLE: 409,
  NO_SUBSIDY: 409,
  APPLICATION_EXISTS: 409,
  BUDGET_EXHAUSTED: 409,
  PROGRAMME_CLOSED: 409,
} as const satisfies Record<ProgrammeErrorCode, ErrorStatus>;

const MESSAGES: Record<ProgrammeErrorCode, string> = {
  PROGRAMME_NOT_FOUND: 'programme not found',
  APPLICATION_NOT_FOUND: 'application not found',
  OFFERING_NOT_FOUND: 'offering not found',
  REGION_OUTSIDE_OWN: 'region must lie inside your own region',
  INVALID_WINDOW: 'closesAt must be after opensAt',
  UNKNOWN_PLAN: 'planName must name one of the offering’s plans',
  ILLEGAL_PROGRAMME_MOVE: 'illegal programme status move',
  ILLEGAL_APPLICATION_MOVE: 'illegal application status move',
  PROGRAMME_NOT_PUBLISHED: 'the programme is not published: applications are decided while it is',
  NOT_ELIGIBLE: 'not eligible for this programme',
  NO_SUBSIDY: 'this plan gets no subsidy under the programme (free plan)',
  APPLICATION_EXISTS: 'you already have an undecided application for this offering',
  BUDGET_EXHAUSTED: 'budget exhausted: the remaining budget is less than the requested subsidy',
  PROGRAMME_CLOSED: 'the programme is closed: an approved application can no longer be withdrawn',
};

/** A 400 naming one field (the answer's `errors`, like a validation 400). */
export function fieldError(
  code: ProgrammeErrorCode,
  field: string,
  fieldCode: string,
): ProgrammeError {
  const message = MESSAGES[code];
  return new ProgrammeError(code, message, { fields: [{ field, code: fieldCode, message }] });
}

export class ProgrammeError extends DomainError<ProgrammeErrorCode> {
  constructor(
    code: ProgrammeErrorCode,
    message: string = MESSAGES[code],
    details?: DomainErrorDetails,
  ) {
    super(code, message, STATUS[code], details);
  }
}
