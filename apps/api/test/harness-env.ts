/** Name of the migrated template database every integration test file clones. */
export const TEMPLATE_DB = 'toolbox_template';
