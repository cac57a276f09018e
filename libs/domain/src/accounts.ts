/** Account rules shared by the API (validation) and the web app (form rules). */
export const SELF_SERVICE_ROLES = ['sme', 'provider'] as const;
export const ROLES = ['sme', 'provider', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;
