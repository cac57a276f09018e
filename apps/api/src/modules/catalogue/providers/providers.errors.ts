import { DomainError, type ErrorStatus } from '../../../common/errors/domain-error.js';

export type ProviderErrorCode = 'PROVIDER_NOT_FOUND' | 'PROVIDER_PROFILE_REQUIRED';

const STATUS = {
  PROVIDER_NOT_FOUND: 404,
  PROVIDER_PROFILE_REQUIRED: 409,
} as const satisfies Record<ProviderErrorCode, ErrorStatus>;

const MESSAGES: Record<ProviderErrorCode, string> = {
  PROVIDER_NOT_FOUND: 'provider not found',
  PROVIDER_PROFILE_REQUIRED:
    'complete your provider profile first (PUT /api/providers/me with name, kind and description)',
};

export class ProviderError extends DomainError<ProviderErrorCode> {
  constructor(code: ProviderErrorCode, message: string = MESSAGES[code]) {
    super(code, message, STATUS[code]);
  }
}
