/** Demo accounts share one documented password (README, "Demo data"). */
export const DEMO_PASSWORD = 'demo-password-123';

/** Easy-to-remember logins for the first demo SME and the first demo provider. */
export const DEMO_SME_EMAIL = 'sme@demo.toolbox.local';
export const DEMO_PROVIDER_EMAIL = 'provider@demo.toolbox.local';

/** The demo local authority (gov role): Zhejiang province, with its programmes. */
export const DEMO_GOV_EMAIL = 'gov@demo.toolbox.local';
export const DEMO_GOV_REGION = '330000';
