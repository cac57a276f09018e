/** Value sets of the catalogue (offerings and providers), with bilingual labels. */

export interface BilingualLabel {
  nameZh: string;
  nameEn: string;
}

export const OFFERING_KINDS = ['saas', 'service', 'hardware'] as const;
export type OfferingKind = (typeof OFFERING_KINDS)[number];
export const OFFERING_KIND_LABELS: Readonly<Record<OfferingKind, BilingualLabel>> = {
  saas: { nameZh: 'SaaS 软件', nameEn: 'SaaS' },
  service: { nameZh: '专业服务', nameEn: 'Professional service' },
  hardware: { nameZh: '硬件设备', nameEn: 'Hardware' },
};

export const PROVIDER_KINDS = [
  'internet_platform',
  'industrial_internet_platform',
  'service_provider',
  'large_enterprise',
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
export const PROVIDER_KIND_LABELS: Readonly<Record<ProviderKind, BilingualLabel>> = {
  internet_platform: { nameZh: '互联网平台企业', nameEn: 'Internet platform company' },
  industrial_internet_platform: {
    nameZh: '工业互联网平台企业',
    nameEn: 'Industrial internet platform company',
  },
  service_provider: {
    nameZh: '数字化转型服务商',
    nameEn: 'Digital transformation service provider',
  },
  large_enterprise: { nameZh: '大型企业', nameEn: 'Large enterprise' },
};

export const DEPLOYMENTS = ['public_cloud', 'private', 'hybrid'] as const;
export type Deployment = (typeof DEPLOYMENTS)[number];
export const DEPLOYMENT_LABELS: Readonly<Record<Deployment, BilingualLabel>> = {
  public_cloud: { nameZh: '公有云', nameEn: 'Public cloud' },
  private: { nameZh: '私有化部署', nameEn: 'Private (on-premises)' },
  hybrid: { nameZh: '混合部署', nameEn: 'Hybrid' },
};

export const BILLING_PERIODS = ['month', 'year', 'once'] as const;
export type BillingPeriod = (typeof BILLING_PERIODS)[number];
export const BILLING_PERIOD_LABELS: Readonly<Record<BillingPeriod, BilingualLabel>> = {
  month: { nameZh: '按月', nameEn: 'Monthly' },
  year: { nameZh: '按年', nameEn: 'Yearly' },
  once: { nameZh: '一次性', nameEn: 'One-off' },
};

function isMember<T extends string>(values: readonly T[], x: string): x is T {
  return (values as readonly string[]).includes(x);
}

export function isOfferingKind(x: string): x is OfferingKind {
  return isMember(OFFERING_KINDS, x);
}

export function isProviderKind(x: string): x is ProviderKind {
  return isMember(PROVIDER_KINDS, x);
}

export function isDeployment(x: string): x is Deployment {
  return isMember(DEPLOYMENTS, x);
}

export function isBillingPeriod(x: string): x is BillingPeriod {
  return isMember(BILLING_PERIODS, x);
}
