/**
 * Input limits of the SME endpoints (api-v1.md). The DTOs in sme.dto.ts enforce them; this module
 * has no decorators, so the web imports it (through `@toolbox/contracts/constants`) as values.
 */
export const SME_LIMITS = {
  companyNameMax: 100,
  employeesMax: 1_000_000,
  /** ¥10 000 亿 in fen: far above any SME. */
  revenueCentsMax: 100_000_000_000_000,
  notesMax: 1000,
  needScenariosMax: 22,
  /** ¥1 000 000 a month in fen. */
  budgetCentsMax: 100_000_000,
  /** A scenario's priority is an integer from priorityMin to priorityMax. */
  priorityMin: 1,
  priorityMax: 5,
} as const;

/** The most matches one request may ask for. */
export const MATCH_LIMIT_MAX = 50;
