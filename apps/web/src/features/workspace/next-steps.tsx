import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  CloudUploadOutlined,
  ExportOutlined,
  FileSearchOutlined,
  FundOutlined,
  IdcardOutlined,
  MessageOutlined,
  NodeIndexOutlined,
  RadarChartOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  AimOutlined,
  ReadOutlined,
} from '@ant-design/icons';
import type { Role } from '@toolbox/domain';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { PATHS } from '../../shared';
import { OpenLeadsCount } from '../leads';

export interface NextStep {
  key: string;
  icon: ReactNode;
  titleKey: ParseKeys;
  bodyKey: ParseKeys;
  /** Where the step lives once it is built; until then the card says "coming soon". */
  path?: string;
  /** A live figure shown on the card (e.g. open leads). */
  badge?: ReactNode;
}

/** What each role does next on its home page, in the order of the journey (product.md). */
export const NEXT_STEPS: Record<Role, readonly NextStep[]> = {
  sme: [
    {
      key: 'assess',
      icon: <RadarChartOutlined />,
      titleKey: 'workspace.sme.steps.assess.title',
      bodyKey: 'workspace.sme.steps.assess.body',
      path: PATHS.smeAssessment,
    },
    {
      key: 'profile',
      icon: <IdcardOutlined />,
      titleKey: 'workspace.sme.steps.profile.title',
      bodyKey: 'workspace.sme.steps.profile.body',
      path: PATHS.smeProfile,
    },
    {
      key: 'needs',
      icon: <AimOutlined />,
      titleKey: 'workspace.sme.steps.needs.title',
      bodyKey: 'workspace.sme.steps.needs.body',
      path: PATHS.smeNeeds,
    },
    {
      key: 'discover',
      icon: <FileSearchOutlined />,
      titleKey: 'workspace.sme.steps.discover.title',
      bodyKey: 'workspace.sme.steps.discover.body',
      path: PATHS.smeMatches,
    },
    {
      key: 'plan',
      icon: <NodeIndexOutlined />,
      titleKey: 'workspace.sme.steps.plan.title',
      bodyKey: 'workspace.sme.steps.plan.body',
      path: PATHS.smePlan,
    },
    {
      key: 'learn',
      icon: <ReadOutlined />,
      titleKey: 'workspace.sme.steps.learn.title',
      bodyKey: 'workspace.sme.steps.learn.body',
      path: PATHS.cases,
    },
  ],
  provider: [
    {
      key: 'profile',
      icon: <ShopOutlined />,
      titleKey: 'workspace.provider.steps.profile.title',
      bodyKey: 'workspace.provider.steps.profile.body',
      path: PATHS.providerProfile,
    },
    {
      key: 'offering',
      icon: <CloudUploadOutlined />,
      titleKey: 'workspace.provider.steps.offering.title',
      bodyKey: 'workspace.provider.steps.offering.body',
      path: PATHS.providerOfferingNew,
    },
    {
      key: 'review',
      icon: <SafetyCertificateOutlined />,
      titleKey: 'workspace.provider.steps.review.title',
      bodyKey: 'workspace.provider.steps.review.body',
      path: PATHS.providerOfferings,
    },
    {
      key: 'leads',
      icon: <MessageOutlined />,
      titleKey: 'workspace.provider.steps.leads.title',
      bodyKey: 'workspace.provider.steps.leads.body',
      path: PATHS.providerLeads,
      badge: <OpenLeadsCount />,
    },
    {
      key: 'demand',
      icon: <FundOutlined />,
      titleKey: 'workspace.provider.steps.demand.title',
      bodyKey: 'workspace.provider.steps.demand.body',
      path: PATHS.providerDemand,
    },
  ],
  admin: [
    {
      key: 'review',
      icon: <AuditOutlined />,
      titleKey: 'workspace.admin.steps.review.title',
      bodyKey: 'workspace.admin.steps.review.body',
      path: PATHS.adminReview,
    },
    {
      key: 'subsidy',
      icon: <BankOutlined />,
      titleKey: 'workspace.admin.steps.subsidy.title',
      bodyKey: 'workspace.admin.steps.subsidy.body',
      path: PATHS.adminProgrammes,
    },
    {
      key: 'cases',
      icon: <BookOutlined />,
      titleKey: 'workspace.admin.steps.cases.title',
      bodyKey: 'workspace.admin.steps.cases.body',
      path: PATHS.adminCases,
    },
    {
      key: 'dashboard',
      icon: <BarChartOutlined />,
      titleKey: 'workspace.admin.steps.dashboard.title',
      bodyKey: 'workspace.admin.steps.dashboard.body',
      path: PATHS.adminDashboards,
    },
    {
      key: 'export',
      icon: <ExportOutlined />,
      titleKey: 'workspace.admin.steps.export.title',
      bodyKey: 'workspace.admin.steps.export.body',
      path: PATHS.adminDashboards,
    },
  ],
  // A gov user's home is its programmes page (/gov), not this workspace.
  gov: [],
};
