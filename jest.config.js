// Jest runs in native ESM mode (NestJS 12 ships as pure ESM): see docs/adr/0002-esm-and-jest.md.
// Projects: unit (libs, API, web, scripts), integration (API against real PostgreSQL and
// Meilisearch), e2e (Chromium through playwright-core against the whole stack).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.tsx?$': swc },
  moduleNameMapper: {
    '^@toolbox/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@toolbox/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@toolbox/contracts/constants$': '<rootDir>/libs/contracts/src/constants.ts',
    '^@toolbox/search$': '<rootDir>/libs/search/src/index.ts',
    '^@toolbox/demo-catalogue$': '<rootDir>/libs/demo-catalogue/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  rootDir: import.meta.dirname,
};

/** @type {import('jest').Config} */
export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/libs/*/src/**/*.spec.ts',
        '<rootDir>/apps/api/src/**/*.spec.ts',
        '<rootDir>/apps/web/src/**/*.spec.ts',
        '<rootDir>/scripts/**/*.spec.ts',
      ],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/apps/api/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/global-setup.js',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.js',
      setupFilesAfterEnv: ['<rootDir>/apps/api/test/setup-timeout.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/web/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/apps/web/e2e/global-setup.js',
      globalTeardown: '<rootDir>/apps/web/e2e/global-teardown.js',
      setupFilesAfterEnv: ['<rootDir>/apps/web/e2e/setup-timeout.ts'],
    },
  ],
};
