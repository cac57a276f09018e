export * from './common/paging.js';
export * from './auth/auth.dto.js';
