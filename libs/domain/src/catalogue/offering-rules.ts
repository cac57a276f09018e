/** Limits of an offering (product.md, issue "toolbox catalogue"); shared by API validation and web forms. */
export const OFFERING_LIMITS = {
  titleMax: 80,
  summaryMax: 200,
  descriptionMax: 10_000,
  plansMin: 1,
  plansMax: 5,
  planNameMax: 40,
  tagsMax: 10,
  tagMax: 20,
  deliveryDaysMax: 365,
  trialDaysMax: 90,
  /** ¥10 000 000.00 — far above any SME subscription, low enough to stay a safe integer everywhere. */
  priceCentsMax: 1_000_000_000,
  reasonMax: 500,
  providerNameMax: 100,
  providerDescriptionMax: 2_000,
  websiteMax: 200,
} as const;

export const OFFERING_STATUSES = [
  'draft',
  'pending',
  'published',
  'rejected',
  'suspended',
] as const;
export type OfferingStatus = (typeof OFFERING_STATUSES)[number];

export const OFFERING_STATUS_LABELS: Readonly<
  Record<OfferingStatus, { nameZh: string; nameEn: string }>
> = {
  draft: { nameZh: '草稿', nameEn: 'Draft' },
  pending: { nameZh: '待审核', nameEn: 'Pending review' },
  published: { nameZh: '已上架', nameEn: 'Published' },
  rejected: { nameZh: '已驳回', nameEn: 'Rejected' },
  suspended: { nameZh: '已下架', nameEn: 'Suspended' },
};

export function isOfferingStatus(x: string): x is OfferingStatus {
  return (OFFERING_STATUSES as readonly string[]).includes(x);
}
