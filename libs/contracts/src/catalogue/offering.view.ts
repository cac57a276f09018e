import type {
  BillingPeriod,
  Deployment,
  FieldChange,
  OfferingKind,
  OfferingStatus,
  ProviderKind,
  ScenarioCode,
} from '@toolbox/domain';

export interface PlanView {
  name: string;
  billingPeriod: BillingPeriod;
  priceCents: number;
  trialDays: number;
}

/** The editable content of an offering (the request body, normalised). */
export interface OfferingContent {
  title: string;
  titleEn: string | null;
  summary: string;
  summaryEn: string | null;
  description: string;
  descriptionEn: string | null;
  kind: OfferingKind;
  scenarios: ScenarioCode[];
  industries: string[];
  stages: number[];
  regions: string[];
  deployment: Deployment;
  deliveryDays: number;
  plans: PlanView[];
  tags: string[];
}

export interface ProviderRef {
  id: string;
  name: string;
  kind: ProviderKind;
}

export interface OfferingView extends OfferingContent {
  id: string;
  status: OfferingStatus;
  /** Reason of the last rejection or suspension (shown to the provider), else null. */
  statusReason: string | null;
  provider: ProviderRef;
  minMonthlyPriceCents: number;
  rating: number | null;
  reviewCount: number;
  /** True when an edit of the published offering waits for review. */
  pendingRevision: boolean;
  /**
   * Incremented by every change to the offering or its pending revision; send it back with
   * approve/reject/suspend so a change made after the review is a 409, not approved unseen.
   */
  version: number;
  /** The waiting edit itself: only for the owner and admins. */
  revision?: (OfferingContent & { submittedAt: string }) | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StatusResponse {
  status: OfferingStatus;
  pendingRevision?: boolean;
}

export interface OfferingDiff {
  id: string;
  status: OfferingStatus;
  /** The offering's `version` this diff was computed from (compare with the view's). */
  version: number;
  changes: FieldChange[];
}

export interface ProviderView {
  id: string;
  name: string;
  kind: ProviderKind;
  description: string;
  website: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProviderPublicView extends ProviderView {
  offeringCount: number;
  offerings: OfferingView[];
}

export interface AuditEntryView {
  id: string;
  at: string;
  actor: { id: string; name: string; role: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  summary: string | null;
  reason: string | null;
  changes: FieldChange[];
}
