// The Chinese messages of the features (every namespace but the core one), a chunk of its own:
// lib/i18n.ts adds it before the first lazy page renders, so the landing page's first load carries
// only zh-CN.json. See index.ts.
import zhCatalogue from './catalogue/zh-CN.json';
import zhAssessment from './assessment/zh-CN.json';
import zhPlan from './plan/zh-CN.json';
import zhSearch from './search/zh-CN.json';
import zhSmes from './smes/zh-CN.json';
import zhSearchIndex from './search-index/zh-CN.json';
import zhEngagement from './engagement/zh-CN.json';
import zhNotifications from './notifications/zh-CN.json';
import zhLeads from './leads/zh-CN.json';
import zhCases from './cases/zh-CN.json';
import zhProgrammes from './programmes/zh-CN.json';
import zhDashboards from './dashboards/zh-CN.json';

export const zhFeatures = {
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
