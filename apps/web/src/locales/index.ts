import enCore from './en.json';
import zhCore from './zh-CN.json';
import enCatalogue from './catalogue/en.json';
import zhCatalogue from './catalogue/zh-CN.json';
import enAssessment from './assessment/en.json';
import zhAssessment from './assessment/zh-CN.json';
import enPlan from './plan/en.json';
import zhPlan from './plan/zh-CN.json';
import enSearch from './search/en.json';
import zhSearch from './search/zh-CN.json';

/**
 * One translation tree per language, assembled from per-feature files
 * (`locales/<feature>/<lang>.json` under the key `<feature>`), so features do not all edit one file.
 * zh-CN is the source of truth; `satisfies` makes a missing English key a compile error.
 */
export const zhCN = {
  ...zhCore,
  catalogue: zhCatalogue,
  search: zhSearch,
  assessment: zhAssessment,
  plan: zhPlan,
};
export const en = {
  ...enCore,
  catalogue: enCatalogue,
  search: enSearch,
  assessment: enAssessment,
  plan: enPlan,
} satisfies typeof zhCN;

/** Feature files merged into the tree, for the parity test. */
export const FEATURE_LOCALES = ['catalogue', 'search', 'assessment', 'plan'] as const;
