export * from './credit-code.js';
export * from './size-class.js';
