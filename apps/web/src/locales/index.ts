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
import enSmes from './smes/en.json';
import zhSmes from './smes/zh-CN.json';
import enSearchIndex from './search-index/en.json';
import zhSearchIndex from './search-index/zh-CN.json';
import enEngagement from './engagement/en.json';
import zhEngagement from './engagement/zh-CN.json';
import enNotifications from './notifications/en.json';
import zhNotifications from './notifications/zh-CN.json';
import enLeads from './leads/en.json';
import zhLeads from './leads/zh-CN.json';
import enCases from './cases/en.json';
import zhCases from './cases/zh-CN.json';
import enProgrammes from './programmes/en.json';
import zhProgrammes from './programmes/zh-CN.json';
import enDashboards from './dashboards/en.json';
import zhDashboards from './dashboards/zh-CN.json';

/**
 * One translation tree per language, assembled from per-feature files
 * (`locales/<feature>/<lang>.json` under the feature's name in camelCase: `search-index` →
 * `searchIndex`), one namespace per feature, so features do not all edit one file.
 * zh-CN is the source of truth; `satisfies` makes a missing English key a compile error.
 */
export const zhCN = {
  ...zhCore,
  catalogue: zhCatalogue,
  search: zhSearch,
  smes: zhSmes,
  searchIndex: zhSearchIndex,
  assessment: zhAssessment,
  plan: zhPlan,
  leads: zhLeads,
  engagement: zhEngagement,
  notifications: zhNotifications,
  cases: zhCases,
  programmes: zhProgrammes,
  dashboards: zhDashboards,
};
export const en = {
  ...enCore,
  catalogue: enCatalogue,
  search: enSearch,
  smes: enSmes,
  searchIndex: enSearchIndex,
  assessment: enAssessment,
  plan: enPlan,
  leads: enLeads,
  engagement: enEngagement,
  notifications: enNotifications,
  cases: enCases,
  programmes: enProgrammes,
  dashboards: enDashboards,
} satisfies typeof zhCN;

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
