/**
 * Public entry point `@toolbox/api/data-source`: the connection options Nest and the CLI use
 * (entities and migrations included). Load the built file (`apps/api/dist`) when the entities'
 * decorator metadata matters, as `db:migration:generate` does.
 */
export { dataSourceOptions } from '../database/data-source.js';
