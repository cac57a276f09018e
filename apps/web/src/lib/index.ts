/** Public face of lib: import it only through this file. */
export { authToken } from './auth-token';
export { describeError } from './error-messages';
export { localizeValidationMessage, splitValidationMessages } from './form-errors';
export { API_BASE_URL, http, isApiError } from './http';
export {
  changeLanguage,
  currentLanguage,
  DEFAULT_LANGUAGE,
  i18n,
  initI18n,
  isLanguage,
  type Language,
} from './i18n';
export { queryClient } from './query-client';
export { useDocumentTitle } from './use-document-title';
