/**
 * Name of the migrated template database every integration test file clones. Created by
 * scripts/test-services.ts; the API's test harness (apps/api/test/harness-env.ts) re-exports it.
 */
export const TEMPLATE_DB = 'toolbox_template';
