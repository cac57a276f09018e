import {
  DomainError,
  type DomainErrorDetails,
  type ErrorStatus,
} from '../../common/errors/domain-error.js';

export type DashboardErrorCode = 'REGION_NOT_FOUND';

const STATUS = {
  // A gov account asking for a region outside its own: not its business, so not found.
  REGION_NOT_FOUND: 404,
} as const satisfies Record<DashboardErrorCode, ErrorStatus>;

const MESSAGES: Record<DashboardErrorCode, string> = {
  REGION_NOT_FOUND: 'region not found',
};

export class DashboardError extends DomainError<DashboardErrorCode> {
  constructor(
    code: DashboardErrorCode,
    message: string = MESSAGES[code],
    details?: DomainErrorDetails,
  ) {
    super(code, message, STATUS[code], details);
  }
}
