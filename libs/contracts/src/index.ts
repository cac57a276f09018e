export * from './common/paging.js';
export * from './common/validators.js';
export * from './auth/auth.dto.js';
export * from './catalogue/offering.dto.js';
export * from './catalogue/offering.view.js';
export * from './catalogue/audit.dto.js';
export * from './search/search.dto.js';
