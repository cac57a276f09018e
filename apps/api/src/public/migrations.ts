/**
 * Public entry point `@toolbox/api/migrations`: every migration in order (plain SQL classes,
 * no entities). The test harness builds its template database from it.
 */
export { MIGRATIONS } from '../database/migrations/index.js';
