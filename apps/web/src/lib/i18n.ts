import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, zhCN } from '../locales';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

const STORAGE_KEY = 'toolbox.language';

/** zh-CN is the source of truth; `satisfies` makes a missing English key a compile error. */
export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this visit only.
  }
}

/** The app is Chinese-first: zh-CN unless the user chose English before. */
export function initialLanguage(): Language {
  return readStoredLanguage() ?? DEFAULT_LANGUAGE;
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

export async function changeLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18n.changeLanguage(language);
}

/**
 * Starts i18next (called once, first thing in main.tsx). Kept out of module evaluation so that
 * importing the lib barrel has no side effects (unit tests run without a DOM).
 */
export function initI18n(): void {
  if (i18n.isInitialized) return;
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = isLanguage(language) ? language : DEFAULT_LANGUAGE;
  });
  void i18n.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    nonExplicitSupportedLngs: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export { i18n };
