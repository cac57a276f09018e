/** Languages of the dashboard CSV's section titles and headers (`?lang=`, default `zh-CN`). */
export const DASHBOARD_CSV_LANGS = ['zh-CN', 'en'] as const;
export type DashboardCsvLang = (typeof DASHBOARD_CSV_LANGS)[number];

/** The digital levels an assessed SME can have, as the keys of `levels`. */
export const DASHBOARD_LEVEL_KEYS = ['0', '1', '2', '3', '4'] as const;
export type DashboardLevelKey = (typeof DASHBOARD_LEVEL_KEYS)[number];
