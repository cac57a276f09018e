/** Account rules shared by the API (validation) and the web app (form rules). */
export const SELF_SERVICE_ROLES = ['sme', 'provider'] as const;
/** `gov` (local authority) accounts are created by an admin and act only inside their `region`. */
export const ROLES = ['sme', 'provider', 'admin', 'gov'] as const;
export type Role = (typeof ROLES)[number];
export type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;
