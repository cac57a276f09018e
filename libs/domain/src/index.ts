export * from './accounts.js';
export * from './taxonomy/index.js';
export * from './company/index.js';
export * from './money.js';
export * from './assessment/index.js';
export * from './catalogue/index.js';
export * from './matching/index.js';
export * from './plan/index.js';
