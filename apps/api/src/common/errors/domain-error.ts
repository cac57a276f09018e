/**
 * Services throw domain errors carrying a string-literal code; one global filter maps codes to
 * HTTP statuses (see error-status.ts). No HttpException in services.
 */
export abstract class DomainError<C extends string = string> extends Error {
  protected constructor(
    readonly code: C,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export type CommonErrorCode = 'SERVICE_UNAVAILABLE' | 'NOT_FOUND' | 'RATE_LIMITED' | 'CONFLICT';

export class CommonError extends DomainError<CommonErrorCode> {
  constructor(code: CommonErrorCode, message: string) {
    super(code, message);
  }
}
