import { DomainError } from '../../common/errors/domain-error.js';

export type AssessmentErrorCode = 'ASSESSMENT_NOT_FOUND' | 'INVALID_ANSWERS';

export class AssessmentError extends DomainError<AssessmentErrorCode> {
  constructor(
    code: AssessmentErrorCode,
    message: string = code === 'ASSESSMENT_NOT_FOUND' ? 'assessment not found' : 'invalid answers',
    readonly problems: readonly string[] = [],
  ) {
    super(code, message);
  }
}
