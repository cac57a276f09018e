// The English tree: its own chunk, fetched only when English is chosen (lib/i18n.ts). See index.ts.
import type { zhCN } from './zh-CN';
import enCore from './en.json';
import enCatalogue from './catalogue/en.json';
import enAssessment from './assessment/en.json';
import enPlan from './plan/en.json';
import enSearch from './search/en.json';
import enSmes from './smes/en.json';
import enSearchIndex from './search-index/en.json';
import enEngagement from './engagement/en.json';
import enNotifications from './notifications/en.json';
import enLeads from './leads/en.json';
import enCases from './cases/en.json';
import enProgrammes from './programmes/en.json';
import enDashboards from './dashboards/en.json';

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
