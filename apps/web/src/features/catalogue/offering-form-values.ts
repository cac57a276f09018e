import type { CreateOfferingRequest, OfferingContent } from '@toolbox/contracts';
import {
  type BillingPeriod,
  type Deployment,
  OFFERING_LIMITS,
  type OfferingKind,
  type ScenarioCode,
} from '@toolbox/domain';
import { centsToYuanInput, type FieldErrorMapping, parseYuanToCents } from '../../shared';

/** One row of the plans editor: the price is what the provider typed, in yuan. */
export interface PlanFormValue {
  name: string;
  billingPeriod: BillingPeriod;
  price: string;
  trialDays: number | null;
}

/** The offering form's values (optional English texts are empty strings when not given). */
export interface OfferingFormValues {
  title: string;
  titleEn: string;
  summary: string;
  summaryEn: string;
  description: string;
  descriptionEn: string;
  kind: OfferingKind;
  scenarios: ScenarioCode[];
  industries: string[];
  stages: number[];
  regions: string[];
  deployment: Deployment;
  deliveryDays: number | null;
  plans: PlanFormValue[];
  tags: string[];
}

export type OfferingBody = Required<
  Omit<CreateOfferingRequest, 'titleEn' | 'summaryEn' | 'descriptionEn'>
> &
  Pick<CreateOfferingRequest, 'titleEn' | 'summaryEn' | 'descriptionEn'>;

export const EMPTY_PLAN: PlanFormValue = {
  name: '',
  billingPeriod: 'month',
  price: '',
  trialDays: 0,
};

/** A new offering: the common choices made, everything the provider must decide left empty. */
export function emptyOfferingFormValues(): OfferingFormValues {
  return {
    title: '',
    titleEn: '',
    summary: '',
    summaryEn: '',
    description: '',
    descriptionEn: '',
    kind: 'saas',
    scenarios: [],
    industries: [],
    stages: [],
    regions: [],
    deployment: 'public_cloud',
    deliveryDays: null,
    plans: [{ ...EMPTY_PLAN }],
    tags: [],
  };
}

export function toOfferingFormValues(content: OfferingContent): OfferingFormValues {
  return {
    title: content.title,
    titleEn: content.titleEn ?? '',
    summary: content.summary,
    summaryEn: content.summaryEn ?? '',
    description: content.description,
    descriptionEn: content.descriptionEn ?? '',
    kind: content.kind,
    scenarios: [...content.scenarios],
    industries: [...content.industries],
    stages: [...content.stages],
    regions: [...content.regions],
    deployment: content.deployment,
    deliveryDays: content.deliveryDays,
    plans: content.plans.map((plan) => ({
      name: plan.name,
      billingPeriod: plan.billingPeriod,
      price: centsToYuanInput(plan.priceCents),
      trialDays: plan.trialDays,
    })),
    tags: [...content.tags],
  };
}

/**
 * The request body for validated form values. A new offering leaves out empty English texts; an
 * edit sends them as "" so that clearing a translation removes it.
 */
export function toOfferingBody(
  values: OfferingFormValues,
  mode: 'create' | 'update',
): OfferingBody {
  const optional = (text: string | undefined): string | undefined => {
    const trimmed = (text ?? '').trim();
    if (trimmed !== '') return trimmed;
    return mode === 'update' ? '' : undefined;
  };
  const body: OfferingBody = {
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description.trim(),
    kind: values.kind,
    scenarios: [...values.scenarios],
    industries: [...values.industries],
    stages: [...values.stages].sort((a, b) => a - b),
    regions: [...values.regions],
    deployment: values.deployment,
    deliveryDays: values.deliveryDays ?? 0,
    plans: values.plans.map((plan) => ({
      name: plan.name.trim(),
      billingPeriod: plan.billingPeriod,
      priceCents: parseYuanToCents(plan.price) ?? 0,
      trialDays: plan.trialDays ?? 0,
    })),
    tags: values.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''),
  };
  const titleEn = optional(values.titleEn);
  const summaryEn = optional(values.summaryEn);
  const descriptionEn = optional(values.descriptionEn);
  if (titleEn !== undefined) body.titleEn = titleEn;
  if (summaryEn !== undefined) body.summaryEn = summaryEn;
  if (descriptionEn !== undefined) body.descriptionEn = descriptionEn;
  return body;
}

const PLAN_FIELD = {
  name: 'name',
  billingPeriod: 'billingPeriod',
  priceCents: 'price',
  trialDays: 'trialDays',
} as const satisfies Record<string, keyof PlanFormValue>;

const TOP_FIELDS: readonly (keyof OfferingFormValues)[] = [
  'title',
  'titleEn',
  'summary',
  'summaryEn',
  'description',
  'descriptionEn',
  'kind',
  'scenarios',
  'industries',
  'stages',
  'regions',
  'deployment',
  'deliveryDays',
  'plans',
  'tags',
];

/**
 * Where the API's validation problems go in the offering form: `plans.1.priceCents` onto
 * `['plans', 1, 'price']`, other top-level fields onto themselves; with the rules' numbers.
 */
export const OFFERING_FIELD_ERRORS: FieldErrorMapping = {
  fields: Object.fromEntries(TOP_FIELDS.map((field) => [field, field])),
  lists: { plans: PLAN_FIELD },
  limits: {
    title: { maxLength: OFFERING_LIMITS.titleMax },
    titleEn: { maxLength: OFFERING_LIMITS.titleMax },
    summary: { maxLength: OFFERING_LIMITS.summaryMax },
    summaryEn: { maxLength: OFFERING_LIMITS.summaryMax },
    description: { maxLength: OFFERING_LIMITS.descriptionMax },
    descriptionEn: { maxLength: OFFERING_LIMITS.descriptionMax },
  },
};
