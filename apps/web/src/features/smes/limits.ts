/** Input limits of the SME endpoints (api-v1.md; mirrored from the contract's validators). */
export const SME_FORM_LIMITS = {
  companyNameMax: 100,
  employeesMax: 1_000_000,
  /** ¥10 000 亿 in fen. */
  revenueCentsMax: 100_000_000_000_000,
  notesMax: 1000,
  /** ¥1 000 000 a month in fen. */
  budgetCentsMax: 100_000_000,
} as const;

export const PRIORITIES = [1, 2, 3, 4, 5] as const;
export const DEFAULT_PRIORITY = 3;
