import enCore from './en.json';
import zhCore from './zh-CN.json';
import enCatalogue from './catalogue/en.json';
import zhCatalogue from './catalogue/zh-CN.json';
import enSearch from './search/en.json';
import zhSearch from './search/zh-CN.json';

/**
 * One translation tree per language, assembled from per-feature files
 * (`locales/<feature>/<lang>.json` under the key `<feature>`), so features do not all edit one file.
 * zh-CN is the source of truth; `satisfies` makes a missing English key a compile error.
 */
export const zhCN = { ...zhCore, catalogue: zhCatalogue, search: zhSearch };
export const en = { ...enCore, catalogue: enCatalogue, search: enSearch } satisfies typeof zhCN;

/** Feature files merged into the tree, for the parity test. */
export const FEATURE_LOCALES = ['catalogue', 'search'] as const;
