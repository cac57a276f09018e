import { DomainError, type ErrorStatus } from '../../common/errors/domain-error.js';

export type SmeErrorCode = 'SME_PROFILE_REQUIRED';

const STATUS = {
  SME_PROFILE_REQUIRED: 409,
} as const satisfies Record<SmeErrorCode, ErrorStatus>;

export class SmeError extends DomainError<SmeErrorCode> {
  constructor(
    code: SmeErrorCode,
    message = 'fill in your company profile first (PUT /api/smes/me: companyName, creditCode, industry, region, employees)',
  ) {
    super(code, message, STATUS[code]);
  }
}
