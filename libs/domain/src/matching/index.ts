export * from './match.js';
export * from './programme-reasons.js';
