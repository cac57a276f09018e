import { DomainError, type ErrorStatus } from '../../common/errors/domain-error.js';

export type AssessmentErrorCode = 'ASSESSMENT_NOT_FOUND' | 'INVALID_ANSWERS';

const STATUS = {
  ASSESSMENT_NOT_FOUND: 404,
  INVALID_ANSWERS: 400,
} as const satisfies Record<AssessmentErrorCode, ErrorStatus>;

export class AssessmentError extends DomainError<AssessmentErrorCode> {
  constructor(
    code: AssessmentErrorCode,
    message: string = code === 'ASSESSMENT_NOT_FOUND' ? 'assessment not found' : 'invalid answers',
    problems: readonly string[] = [],
  ) {
    super(code, message, STATUS[code], { problems });
  }
}
