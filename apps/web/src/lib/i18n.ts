import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCore from '../locales/zh-CN.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

const STORAGE_KEY = 'toolbox.language';

/**
 * The core Chinese messages (shell, landing, auth, errors) ship with the app; the features'
 * (locales/zh-CN-features.ts) are a chunk added before the first lazy page renders
 * (`loadFeatureMessages`). English (locales/en.ts, typed against zh-CN) is its own chunk, added
 * when English is chosen or was chosen before, so Chinese first loads do not carry it.
 */
const resources = { 'zh-CN': { translation: zhCore } } as const;

let featureMessages: Promise<void> | null = null;

/**
 * Adds the features' Chinese messages (once; later calls share the first). Every lazily loaded
 * part of the UI that renders a feature's text waits for it together with its own chunk
 * (app/lazy-page.tsx, the router, the signed-in menus, the notification bell).
 */
export function loadFeatureMessages(): Promise<void> {
  featureMessages ??= import('../locales/zh-CN-features').then(({ zhFeatures }) => {
    i18n.addResourceBundle('zh-CN', 'translation', zhFeatures, true, false);
  });
  return featureMessages;
}

async function loadLanguage(language: Language): Promise<void> {
  if (language !== 'en' || i18n.hasResourceBundle('en', 'translation')) return;
  const { en } = await import('../locales/en');
  i18n.addResourceBundle('en', 'translation', en);
}

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
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

/**
 * Starts i18next (called once, first thing in main.tsx, which waits for it). Kept out of module
 * evaluation so that importing the lib barrel has no side effects (unit tests run without a DOM).
 * Settles when the initial language's messages are in (at once for zh-CN).
 */
export async function initI18n(): Promise<void> {
  if (i18n.isInitialized) return;
  const language = initialLanguage();
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = isLanguage(language) ? language : DEFAULT_LANGUAGE;
  });
  // Chinese until the English chunk is in, then English: nothing renders before this settles.
  await i18n.use(initReactI18next).init({
    resources,
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    nonExplicitSupportedLngs: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (language !== DEFAULT_LANGUAGE) {
    await loadLanguage(language);
    await i18n.changeLanguage(language);
  }
}

export { i18n };
