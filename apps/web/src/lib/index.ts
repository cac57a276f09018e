/**
 * lib/: infrastructure without product knowledge: the HTTP client and its errors, the auth token
 * store, the query client, i18n and document titles. Importing it has no side effects
 * (i18n starts in app/init-i18n.ts). Import it only through this file.
 */
export { authToken } from './auth-token';
export { describeError } from './error-messages';
export { API_BASE_URL, ApiError, http, isApiError } from './http';
export {
  changeLanguage,
  currentLanguage,
  DEFAULT_LANGUAGE,
  i18n,
  initI18n,
  isLanguage,
  type Language,
  loadFeatureMessages,
} from './i18n';
export { queryClient } from './query-client';
export { useDocumentTitle } from './use-document-title';
