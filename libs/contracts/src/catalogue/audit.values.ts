/**
 * What the audit log records (api-v1.md). The AuditQuery DTO validates against these lists; this
 * module has no decorators, so the web imports it (through `@toolbox/contracts/constants`).
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'revise',
  'submit',
  'approve',
  'reject',
  'suspend',
  'profile',
  'hide',
  'publish',
  'close',
  'disable',
  'enable',
  'withdraw',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_ENTITY_TYPES = [
  'offering',
  'provider',
  'review',
  'gov_account',
  'programme',
  'application',
  'case',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
