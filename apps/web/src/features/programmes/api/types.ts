/**
 * The programme API's shapes (api-v1.md "Public programmes"), in one place for the feature.
 * Written to match libs/contracts/src/programmes exactly until those contracts land; then this
 * file re-exports them.
 */
import type { BillingPeriod, IneligibilityReason, ProgrammeStatus } from '@toolbox/domain';

export type { ProgrammeStatus } from '@toolbox/domain';

export const APPLICATION_STATUSES = ['submitted', 'approved', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type LedgerKind = 'commit' | 'release';

export const PROGRAMME_LIMITS = {
  nameMax: 100,
  descriptionMax: 4000,
  moneyCentsMax: 1_000_000_000_000,
  reasonMax: 500,
  planNameMax: 60,
} as const;

export interface CreateProgrammeRequest {
  name: string;
  description: string;
  region: string;
  industries: string[];
  scenarios: string[];
  levels: number[];
  subsidyPercent: number;
  capCents: number;
  budgetCents: number;
  opensAt: string;
  closesAt: string;
}

export type UpdateProgrammeRequest = Partial<CreateProgrammeRequest>;

export interface ProgrammeView {
  id: string;
  name: string;
  description: string;
  region: string;
  industries: string[];
  scenarios: string[];
  levels: number[];
  subsidyPercent: number;
  capCents: number;
  budgetCents: number;
  committedCents: number;
  remainingCents: number;
  opensAt: string;
  closesAt: string;
  status: ProgrammeStatus;
  publishedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface EligibilityView {
  eligible: boolean;
  reason: IneligibilityReason | null;
  messageZh: string | null;
  messageEn: string | null;
}

export interface ApplicationView {
  id: string;
  status: ApplicationStatus;
  programme: { id: string; name: string; region: string };
  offering: { id: string; title: string };
  sme: {
    id: string;
    companyName: string;
    industry: string;
    region: string;
    sizeClass: string;
    level: number | null;
  };
  planName: string;
  billingPeriod: string;
  priceCents: number;
  requestedCents: number;
  grantedCents: number | null;
  reason: string | null;
  eligibility: EligibilityView;
  createdAt: string;
  decidedAt: string | null;
  withdrawnAt: string | null;
}

export interface LedgerEntryView {
  id: string;
  kind: LedgerKind;
  amountCents: number;
  balanceCents: number;
  remainingCents: number;
  applicationId: string;
  actor: { id: string; name: string; role: string } | null;
  createdAt: string;
}

export interface PlanNetPriceView {
  name: string;
  billingPeriod: BillingPeriod;
  priceCents: number;
  subsidyCents: number;
  netPriceCents: number;
  programmeId: string | null;
}

export interface NetPriceView {
  plans: PlanNetPriceView[];
}

export interface CreateGovAccountRequest {
  email: string;
  password: string;
  name: string;
  region: string;
}

export interface GovAccountView {
  id: string;
  email: string;
  name: string;
  role: 'gov';
  region: string;
  disabledAt: string | null;
  createdAt: string;
}
