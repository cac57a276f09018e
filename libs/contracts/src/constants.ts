/**
 * `@toolbox/contracts/constants`: the contracts' values (limits, value lists, validation codes)
 * without the DTO classes. Nothing here uses decorators or imports class-validator, so a browser
 * bundle can import it without pulling the validation libraries in.
 */
export * from './common/paging.js';
export * from './catalogue/audit.values.js';
export * from './smes/sme.limits.js';
export * from './common/owner.limits.js';
export * from './engagement/engagement.limits.js';
export * from './dashboards/dashboard.values.js';
export * from './notifications/notification.values.js';
export * from './cases/case.values.js';
export * from './programmes/programme.values.js';
