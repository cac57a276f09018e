export * from './demand.js';
