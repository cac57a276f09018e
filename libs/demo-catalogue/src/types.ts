import type {
  BillingPeriod,
  Deployment,
  InquiryKind,
  InquiryStatus,
  OfferingKind,
  OfferingStage,
  ProviderKind,
  ScenarioCode,
} from '@toolbox/domain';

export interface SeedPlan {
  name: string;
  nameEn: string;
  billingPeriod: BillingPeriod;
  priceCents: number;
  trialDays: number;
}

export interface SeedProvider {
  /** Stable slug, e.g. `yunqi-iiot`. */
  key: string;
  /** Login email of the provider account: `<key>@provider.demo.toolbox.local`. */
  email: string;
  name: string;
  nameEn: string;
  kind: ProviderKind;
  description: string;
  descriptionEn: string;
  /** Always an `.example.com` address (or null). */
  website: string | null;
  /** Headquarters region code (a province or capital city of REGIONS). */
  region: string;
}

export type SeedStatus = 'published' | 'pending' | 'rejected' | 'draft' | 'suspended';

export interface SeedOffering {
  key: string;
  providerKey: string;
  title: string;
  titleEn: string;
  summary: string;
  summaryEn: string;
  description: string;
  descriptionEn: string;
  kind: OfferingKind;
  scenarios: ScenarioCode[];
  industries: string[];
  stages: OfferingStage[];
  regions: string[];
  deployment: Deployment;
  deliveryDays: number;
  plans: SeedPlan[];
  tags: string[];
  status: SeedStatus;
  /** The review decision's reason for rejected and suspended offerings, else null. */
  statusReason: string | null;
  /** 3.5–5.0 with one decimal for about 60% of the published offerings, else null. */
  rating: number | null;
  /** Number of its reviews (generateCatalogue: the seeded reviews behind `rating`). */
  reviewCount: number;
  /** 1–400: how long ago the offering was created (for "newest" sorting). */
  createdDaysAgo: number;
}

export type SeedPriority = 1 | 2 | 3 | 4 | 5;
export type SeedLevel = 0 | 1 | 2 | 3 | 4;

export interface SeedSme {
  key: string;
  email: string;
  contactName: string;
  companyName: string;
  /** A valid 18-character unified social credit code. */
  creditCode: string;
  industry: string;
  region: string;
  employees: number;
  annualRevenueCents: number;
  /** The digital level this demo firm should end up with after its assessment. */
  targetLevel: SeedLevel;
  needs: {
    scenarios: { code: ScenarioCode; priority: SeedPriority }[];
    monthlyBudgetCents: number | null;
    deployment: Deployment | null;
    notes: string;
  };
}

export interface SeedCatalogue {
  providers: SeedProvider[];
  offerings: SeedOffering[];
  smes: SeedSme[];
  /** Assessment histories, plans, and the reviews (with their inquiries) behind every rating. */
  engagement: SeedEngagement;
}

/** A text in both languages: `[zh, en]`. */
export type Bi = readonly [zh: string, en: string];

/** A typical result with one number drawn from `range` in place of `{n}`. */
export interface ResultTemplate {
  zh: string;
  en: string;
  range: readonly [number, number];
}

/** How an archetype's plans are priced (see plans.ts). */
export type PriceModel =
  'tool' | 'suite' | 'platform' | 'infra' | 'service' | 'coaching' | 'hardware';

/** A product archetype: what one kind of offering does, in both languages. */
export interface Archetype {
  id: string;
  /** Two or three name variants; a provider's title uses one of them. */
  names: readonly Bi[];
  kind: OfferingKind;
  scenarios: readonly ScenarioCode[];
  stages: readonly OfferingStage[];
  deployments: readonly Deployment[];
  /** Delivery days, inclusive range. */
  delivery: readonly [number, number];
  price: PriceModel;
  /** Index into the price model's ladder where the cheapest paid tier starts (default 0–1). */
  priceStart?: number;
  /**
   * `generic`: never an industry edition. Otherwise the industry codes it has editions for;
   * an empty list means any manufacturing industry.
   */
  fit: 'generic' | readonly string[];
  /** Noun phrase: what it is ("一套……的生产执行系统" / "a … MES"). */
  lead: Bi;
  /** Four to six short feature clauses. */
  features: readonly Bi[];
  /** Pain points it removes, as the customer would say them. */
  pains: readonly Bi[];
  results: readonly ResultTemplate[];
  tags: readonly string[];
}

/** How an industry edition talks about its firms. */
export interface IndustryFlavour {
  /** The division codes the edition lists, main one first. */
  codes: readonly string[];
  /** Edition label in titles: "注塑行业版" / "Plastics Edition". */
  edition: Bi;
  /** The firms it serves: "注塑、吹塑和塑料制品企业". */
  firms: Bi;
  /** A sample firm for results: "汽车零部件厂" / "auto-parts plant". */
  sample: Bi;
  /** Typical industry pains. */
  pains: readonly Bi[];
}

export interface ProviderRow {
  key: string;
  name: string;
  nameEn: string;
  /** Short brand used in offering titles. */
  brand: Bi;
  kind: ProviderKind;
  region: string;
  description: string;
  descriptionEn: string;
  /** Archetype ids, in the order the provider offers them. */
  portfolio: readonly string[];
  /** Industry codes (of INDUSTRY_FLAVOURS) the provider focuses on; [] for none. */
  focus: readonly string[];
  /** Number of offerings to generate. */
  count: number;
  /** Regions served by its regional offerings (province and/or capital); [] = always nationwide. */
  serves: readonly string[];
  website: boolean;
  /** What the provider stands on, a verb phrase: "深耕……十余年" / "has served … for over ten years". */
  pitch: Bi;
}

// ── Engagement (engagement.ts builds these) ─────────────────────────────────────────────

export type SeedAnswers = Record<string, string | string[]>;

export interface SeedAssessment {
  smeKey: string;
  daysAgo: number;
  answers: SeedAnswers;
  /** The level these answers score (without need priorities; the level does not use them). */
  level: number;
}

export interface SeedInquiry {
  key: string;
  smeKey: string;
  offeringKey: string;
  kind: InquiryKind;
  /** Review-backing inquiries are won (adopted) or still trialing; demo leads are in any status. */
  status: InquiryStatus;
  planName: string | null;
  /** Days (fractional: hours matter for first-response times) before the seed's "now". */
  createdDaysAgo: number;
  /** When the provider moved it to `trialing`; null when it never got there. */
  trialDaysAgo: number | null;
  /** When it became won, lost or withdrawn. */
  closedDaysAgo: number | null;
  /** The reason given with the final move: the provider's for lost, the SME's for withdrawn. */
  reason: string | null;
  messages: { author: 'sme' | 'provider'; body: string; daysAgo: number }[];
}

/** A counted view of a published offering by a demo SME (`smeKey`) or an anonymous address. */
export interface SeedView {
  offeringKey: string;
  smeKey: string | null;
  /** The client address of an anonymous view (documentation ranges), null for an SME's view. */
  address: string | null;
  daysAgo: number;
}

/**
 * An in-app notification of a demo account, as the API would have written it on the latest
 * action of one of its leads; the seeder adds the inquiry's and offering's ids to the payload.
 */
export interface SeedNotification {
  recipient: { role: 'sme'; smeKey: string } | { role: 'provider'; providerKey: string };
  inquiryKey: string;
  kind: 'inquiry_created' | 'inquiry_message' | 'inquiry_status';
  payload: Readonly<Record<string, string | number | boolean | null>>;
  daysAgo: number;
  read: boolean;
}

export interface SeedReview {
  smeKey: string;
  offeringKey: string;
  rating: number;
  body: string;
  verified: 'trial' | 'adopted';
  replyBody: string | null;
  daysAgo: number;
}

export interface SeedPlanItem {
  smeKey: string;
  offeringKey: string | null;
  title: string;
  scenario: ScenarioCode;
  priority: number;
  phase: 'now' | 'next' | 'later';
  status: 'planned' | 'trial' | 'adopted' | 'reviewed';
  notes: string | null;
}

export interface SeedEngagement {
  assessments: SeedAssessment[];
  inquiries: SeedInquiry[];
  reviews: SeedReview[];
  planItems: SeedPlanItem[];
  /** Offering views of the last 30 days (the funnel's first bar). */
  views: SeedView[];
  notifications: SeedNotification[];
}
