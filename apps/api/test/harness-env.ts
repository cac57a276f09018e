/** Name of the migrated template database every integration test file clones (scripts/test-services.ts creates it). */
export { TEMPLATE_DB } from '../../../scripts/lib/test-template.js';
