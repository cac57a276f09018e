export * from './status-machine.js';
export * from './subsidy.js';
export * from './eligibility.js';
export * from './net-headline.js';
