import { isLanguage, type Language } from '../../lib/i18n';

/** The UI language from i18next's resolved language (zh-CN when unknown). */
export function currentLanguageOf(resolved: string | undefined): Language {
  return isLanguage(resolved) ? resolved : 'zh-CN';
}
