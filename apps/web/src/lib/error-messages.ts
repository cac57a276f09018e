import type { TFunction } from 'i18next';
import { isApiError } from './http';

const GATEWAY_STATUSES = new Set([502, 503, 504]);

/** A short, translated sentence for any error, for alerts and toasts. */
export function describeError(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.unknown');
  // No answer at all, or a gateway saying the API behind it is down.
  if (error.status === 0 || GATEWAY_STATUSES.has(error.status)) return t('errors.network');
  if (error.status === 429) return t('errors.rateLimited');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.notFound');
  if (error.status >= 500) return t('errors.server');
  return error.messages[0] ?? t('errors.unknown');
}
