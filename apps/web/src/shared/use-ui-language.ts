import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../lib';

/** The UI language from i18next's resolved language (zh-CN when unknown). */
export function currentLanguageOf(resolved: string | undefined): Language {
  return isLanguage(resolved) ? resolved : DEFAULT_LANGUAGE;
}

/** The UI language; re-renders when it changes. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return currentLanguageOf(i18n.resolvedLanguage);
}
