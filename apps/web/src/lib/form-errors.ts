import type { TFunction } from 'i18next';

export interface SplitValidationMessages<F extends string> {
  /** Messages that name one of the form's fields ("password must be at least 10 characters"). */
  byField: Partial<Record<F, string[]>>;
  /** Messages that name no field of the form. */
  other: string[];
}

/**
 * The API's 400 messages start with the property path ("email must be a valid email address",
 * "plans.0.name must not be empty"); group them under the form field they name.
 */
export function splitValidationMessages<F extends string>(
  messages: readonly string[],
  fields: readonly F[],
): SplitValidationMessages<F> {
  const byField: Partial<Record<F, string[]>> = {};
  const other: string[] = [];
  for (const message of messages) {
    const subject = message.trim().split(/\s+/, 1)[0] ?? '';
    const root = subject.split('.', 1)[0];
    const field = fields.find((candidate) => candidate === root);
    if (field === undefined) other.push(message);
    else (byField[field] ??= []).push(message);
  }
  return { byField, other };
}

/**
 * Known class-validator phrasings become translated sentences; anything else is shown as the
 * server wrote it (it is still specific and correct, just not translated).
 */
export function localizeValidationMessage(message: string, t: TFunction): string {
  const lower = message.toLowerCase();
  const number = /(\d+)/.exec(lower)?.[1];
  const count = number === undefined ? undefined : Number(number);
  if (/valid email|must be an email/.test(lower)) return t('validation.email');
  if (/must not be empty|should not be empty|is required/.test(lower)) {
    return t('validation.required');
  }
  if (/must be one of|must be one of the following/.test(lower)) return t('validation.oneOf');
  if (count !== undefined && /^password\b/.test(lower) && /at least|longer than/.test(lower)) {
    return t('validation.passwordMin', { count });
  }
  if (count !== undefined && /at most|shorter than/.test(lower)) {
    return t('validation.maxLength', { count });
  }
  return message;
}
