import { describe, expect, it } from '@jest/globals';
import {
  BILLING_PERIOD_LABELS,
  BILLING_PERIODS,
  DEPLOYMENT_LABELS,
  DEPLOYMENTS,
  OFFERING_KIND_LABELS,
  OFFERING_KINDS,
  PROVIDER_KIND_LABELS,
  PROVIDER_KINDS,
  isBillingPeriod,
  isDeployment,
  isOfferingKind,
  isProviderKind,
} from './catalogue.js';

describe('catalogue value sets', () => {
  it('match API v1', () => {
    expect(OFFERING_KINDS).toEqual(['saas', 'service', 'hardware']);
    expect(PROVIDER_KINDS).toEqual([
      'internet_platform',
      'industrial_internet_platform',
      'service_provider',
      'large_enterprise',
    ]);
    expect(DEPLOYMENTS).toEqual(['public_cloud', 'private', 'hybrid']);
    expect(BILLING_PERIODS).toEqual(['month', 'year', 'once']);
  });

  it('label exactly the values of each set, in both languages', () => {
    const sets = [
      [OFFERING_KINDS, OFFERING_KIND_LABELS],
      [PROVIDER_KINDS, PROVIDER_KIND_LABELS],
      [DEPLOYMENTS, DEPLOYMENT_LABELS],
      [BILLING_PERIODS, BILLING_PERIOD_LABELS],
    ] as const;
    for (const [values, labels] of sets) {
      expect(Object.keys(labels)).toEqual([...values]);
      for (const label of Object.values(labels)) {
        expect(label.nameZh).toMatch(/[\u4e00-\u9fff]/);
        expect(label.nameEn).toMatch(/^[A-Z]/);
      }
    }
  });

  it('use the official provider kind names of the guide', () => {
    expect(Object.values(PROVIDER_KIND_LABELS).map((label) => label.nameZh)).toEqual([
      '互联网平台企业',
      '工业互联网平台企业',
      '数字化转型服务商',
      '大型企业',
    ]);
  });

  it('guards accept members only', () => {
    expect(isOfferingKind('saas')).toBe(true);
    expect(isOfferingKind('SaaS')).toBe(false);
    expect(isProviderKind('large_enterprise')).toBe(true);
    expect(isProviderKind('enterprise')).toBe(false);
    expect(isDeployment('hybrid')).toBe(true);
    expect(isDeployment('cloud')).toBe(false);
    expect(isBillingPeriod('once')).toBe(true);
    expect(isBillingPeriod('week')).toBe(false);
  });
});
