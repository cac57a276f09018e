import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BulbOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileSearchOutlined,
  FormOutlined,
  FundOutlined,
  FunnelPlotOutlined,
  GiftOutlined,
  IdcardOutlined,
  MessageOutlined,
  NodeIndexOutlined,
  ProfileOutlined,
  RadarChartOutlined,
  SearchOutlined,
  SettingOutlined,
  ShopOutlined,
  SolutionOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { Role } from '@toolbox/domain';
import { PATHS } from '../shared';
import { type Audience, type NavItem, PUBLIC_NAVIGATION } from './navigation';

/** Who sees which top-level page. Only pages that exist are listed. */
const ROLE_NAVIGATION: Record<Role, readonly NavItem[]> = {
  sme: [
    { path: PATHS.smeHome, labelKey: 'nav.smeHome', icon: <DashboardOutlined /> },
    {
      path: PATHS.smeAssessment,
      labelKey: 'nav.smeAssessment',
      icon: <RadarChartOutlined />,
      alsoActiveOn: [PATHS.smeAssessments],
    },
    { path: PATHS.smeMatches, labelKey: 'nav.smeMatches', icon: <BulbOutlined /> },
    {
      path: PATHS.search,
      labelKey: 'nav.search',
      icon: <SearchOutlined />,
      alsoActiveOn: [PATHS.offerings],
    },
    { path: PATHS.smePlan, labelKey: 'nav.smePlan', icon: <NodeIndexOutlined /> },
    {
      path: PATHS.cases,
      labelKey: 'cases.nav.library',
      icon: <TrophyOutlined />,
      alsoActiveOn: [PATHS.smeCases],
    },
    {
      path: PATHS.smeInquiries,
      labelKey: 'engagement.nav.myInquiries',
      icon: <MessageOutlined />,
    },
    {
      path: PATHS.smeApplications,
      labelKey: 'programmes.nav.myApplications',
      icon: <GiftOutlined />,
    },
    // Company facts and needs are one place, with a switcher on both pages.
    {
      path: PATHS.smeProfile,
      labelKey: 'nav.smeProfile',
      icon: <IdcardOutlined />,
      alsoActiveOn: [PATHS.smeNeeds],
    },
  ],
  provider: [
    { path: PATHS.providerHome, labelKey: 'nav.providerHome', icon: <AppstoreOutlined /> },
    {
      path: PATHS.providerOfferings,
      labelKey: 'nav.providerOfferings',
      icon: <UnorderedListOutlined />,
    },
    { path: PATHS.providerCases, labelKey: 'cases.nav.mine', icon: <TrophyOutlined /> },
    { path: PATHS.providerLeads, labelKey: 'leads.nav.inbox', icon: <MessageOutlined /> },
    { path: PATHS.providerFunnel, labelKey: 'leads.nav.funnel', icon: <FunnelPlotOutlined /> },
    { path: PATHS.providerDemand, labelKey: 'leads.nav.demand', icon: <FundOutlined /> },
    { path: PATHS.providerProfile, labelKey: 'nav.providerProfile', icon: <SolutionOutlined /> },
    { path: PATHS.search, labelKey: 'nav.search', icon: <SearchOutlined /> },
  ],
  admin: [
    { path: PATHS.adminHome, labelKey: 'nav.adminHome', icon: <SettingOutlined /> },
    { path: PATHS.adminReview, labelKey: 'nav.adminReview', icon: <AuditOutlined /> },
    { path: PATHS.adminCases, labelKey: 'cases.nav.review', icon: <TrophyOutlined /> },
    { path: PATHS.adminOfferings, labelKey: 'nav.adminOfferings', icon: <ProfileOutlined /> },
    { path: PATHS.adminAudit, labelKey: 'nav.adminAudit', icon: <FileSearchOutlined /> },
    {
      path: PATHS.adminInquiries,
      labelKey: 'leads.nav.adminInquiries',
      icon: <MessageOutlined />,
    },
    { path: PATHS.adminDemand, labelKey: 'leads.nav.demand', icon: <FundOutlined /> },
    {
      path: PATHS.adminDashboards,
      labelKey: 'dashboards.nav.dashboards',
      icon: <DashboardOutlined />,
    },
    {
      path: PATHS.adminProgrammes,
      labelKey: 'programmes.nav.programmes',
      icon: <GiftOutlined />,
    },
    {
      path: PATHS.adminGovAccounts,
      labelKey: 'programmes.nav.govAccounts',
      icon: <BankOutlined />,
    },
    { path: PATHS.adminSearchIndex, labelKey: 'nav.adminSearchIndex', icon: <DatabaseOutlined /> },
  ],
  gov: [
    {
      path: PATHS.govHome,
      labelKey: 'programmes.nav.programmes',
      icon: <GiftOutlined />,
      alsoActiveOn: [`${PATHS.govHome}/programmes`],
    },
    {
      path: PATHS.govApplications,
      labelKey: 'programmes.nav.applications',
      icon: <FormOutlined />,
    },
    {
      path: PATHS.govDashboards,
      labelKey: 'dashboards.nav.dashboards',
      icon: <DashboardOutlined />,
    },
    { path: PATHS.offerings, labelKey: 'nav.offerings', icon: <ShopOutlined /> },
    { path: PATHS.search, labelKey: 'nav.search', icon: <SearchOutlined /> },
    { path: PATHS.cases, labelKey: 'cases.nav.library', icon: <TrophyOutlined /> },
  ],
};

export function navigationFor(audience: Audience): readonly NavItem[] {
  return audience === 'anonymous' ? PUBLIC_NAVIGATION : ROLE_NAVIGATION[audience];
}
