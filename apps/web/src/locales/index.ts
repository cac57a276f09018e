/**
 * One translation tree per language, assembled from per-feature files
 * (`locales/<feature>/<lang>.json` under the feature's name in camelCase: `search-index` →
 * `searchIndex`), one namespace per feature, so features do not all edit one file.
 * zh-CN (zh-CN.ts) is the source of truth and ships with the app; English (en.ts) is a separate
 * chunk that lib/i18n.ts fetches when English is chosen, and its `satisfies` makes a missing
 * English key a compile error. Of zh-CN, only the core file (zh-CN.json) is in the first load;
 * the features' files (zh-CN-features.ts) come with the first lazy page, so text the shell or
 * the landing page shows belongs in zh-CN.json. A new namespace: its JSON import and key in
 * both zh-CN-features.ts and en.ts, and its name in FEATURE_LOCALES.
 */
export { zhCN } from './zh-CN';
export { en } from './en';

/** Feature files merged into the tree, for the parity test. */
export const FEATURE_LOCALES = [
  'catalogue',
  'search',
  'search-index',
  'smes',
  'assessment',
  'plan',
  'leads',
  'engagement',
  'notifications',
  'cases',
  'programmes',
  'dashboards',
] as const;
