import {
  INELIGIBILITY_MESSAGES,
  INELIGIBILITY_REASONS,
  type IneligibilityReason,
} from '@toolbox/domain';
import type { TFunction } from 'i18next';
import { describeError, isApiError, type Language } from '../../lib';

/** The codes of the programme API's 409s that the UI explains in its own words. */
const CONFLICT_KEYS = {
  BUDGET_EXHAUSTED: 'programmes.errors.budgetExhausted',
  APPLICATION_EXISTS: 'programmes.errors.applicationExists',
  NO_SUBSIDY: 'programmes.errors.noSubsidy',
  SME_PROFILE_REQUIRED: 'programmes.errors.profileRequired',
  PROGRAMME_NOT_PUBLISHED: 'programmes.errors.notPublished',
  PROGRAMME_CLOSED: 'programmes.errors.closed',
  ILLEGAL_PROGRAMME_MOVE: 'programmes.errors.illegalMove',
  ILLEGAL_APPLICATION_MOVE: 'programmes.errors.illegalMove',
} as const;

function isReason(value: string): value is IneligibilityReason {
  return (INELIGIBILITY_REASONS as readonly string[]).includes(value);
}

/** The reason code in a NOT_ELIGIBLE message ("not eligible (industry_not_listed): …"). */
export function ineligibilityReasonOf(message: string): IneligibilityReason | null {
  const code = /\(([a-z_]+)\)/.exec(message)?.[1];
  return code !== undefined && isReason(code) ? code : null;
}

/** Why an SME is not eligible, in the UI language. */
export function ineligibilityText(reason: IneligibilityReason, language: Language): string {
  const message = INELIGIBILITY_MESSAGES[reason];
  return language === 'en' ? message.en : message.zh;
}

/**
 * A failed programme or application call as one translated sentence: the 409s (budget
 * exhausted, not eligible and why, an open application, …) in the UI's own words, others as
 * {@link describeError}.
 */
export function programmeErrorText(error: unknown, t: TFunction, language: Language): string {
  if (isApiError(error) && error.status === 409 && error.code !== undefined) {
    if (error.code === 'NOT_ELIGIBLE') {
      const reason = ineligibilityReasonOf(error.messages[0] ?? '');
      return reason === null
        ? t('programmes.errors.notEligible')
        : t('programmes.errors.notEligibleBecause', {
            reason: ineligibilityText(reason, language),
          });
    }
    if (error.code in CONFLICT_KEYS) {
      return t(CONFLICT_KEYS[error.code as keyof typeof CONFLICT_KEYS]);
    }
  }
  return describeError(error, t);
}

/** Whether the error is the approval's 409 "budget exhausted". */
export function isBudgetExhausted(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.code === 'BUDGET_EXHAUSTED';
}
