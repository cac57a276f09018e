export * from './offering-rules.js';
export * from './status-machine.js';
export * from './diff.js';
