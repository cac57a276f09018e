/**
 * Import boundaries (docs/architecture.md, docs/adr/0008-module-boundaries.md). `npm run
 * lint:boundaries` (part of `npm run check` and CI) fails on any violation.
 */
const API_MODULES = '^apps/api/src/modules/([^/]+)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment:
        'No import loops anywhere: API modules, web features, libs and scripts form a layered graph.',
      from: { path: '^(apps|libs|scripts)/' },
      to: { circular: true },
    },
    {
      name: 'api-module-through-index',
      severity: 'error',
      comment:
        'An API module uses another only through its public index.ts (its module, services and ports).',
      from: { path: API_MODULES },
      to: {
        path: '^apps/api/src/modules/[^/]+/',
        pathNot: ['^apps/api/src/modules/$1/', '^apps/api/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'common-imports-no-module',
      severity: 'error',
      comment: 'common/ is cross-cutting: guards, filters, errors and helpers know no feature.',
      from: { path: '^apps/api/src/(common|config)/' },
      to: { path: '^apps/api/src/modules/' },
    },
    {
      name: 'libs-import-no-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^(apps|scripts)/' },
    },
    {
      name: 'scripts-use-public-entry-points',
      severity: 'error',
      comment:
        'Scripts import libs/* and the API through its declared public entry points, never app sources or tests.',
      from: { path: '^scripts/' },
      to: {
        path: '^apps/[^/]+/(src|test)/',
        pathNot: '^apps/api/src/public/',
      },
    },
    {
      name: 'web-never-imports-api',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^apps/api/' },
    },
    {
      name: 'web-feature-through-index',
      severity: 'error',
      comment: 'A web feature (and a page) uses another feature only through its public index.ts.',
      from: { path: '^apps/web/src/(features/([^/]+)|pages|app)/' },
      to: {
        path: '^apps/web/src/features/[^/]+/',
        pathNot: ['^apps/web/src/features/$2/', '^apps/web/src/features/[^/]+/index\\.tsx?$'],
      },
    },
    {
      name: 'web-shared-imports-no-feature',
      severity: 'error',
      from: { path: '^apps/web/src/(shared|lib)/' },
      to: { path: '^apps/web/src/(features|pages|app)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|coverage)/' },
    includeOnly: '^(apps|libs|scripts)/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
