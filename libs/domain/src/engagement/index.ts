export * from './inquiry.js';
