// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      'coverage/**',
      'eslint.config.js',
      '.dependency-cruiser.cjs',
      '**/*.config.js',
      '**/*.config.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // NestJS relies on runtime class references in constructor parameters for DI:
    // type-only imports would erase them, so this rule is off in the API.
    files: ['apps/api/**/*.ts', 'libs/contracts/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Import boundaries: libs never import apps; the web app never imports the API.
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/**', '@toolbox/api', '@toolbox/web'],
              message: 'libs must not import apps',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/**', '@toolbox/api', '@toolbox/web'],
              message: 'libs must not import apps',
            },
            {
              group: [
                '@nestjs/*',
                'typeorm',
                'react',
                'react-dom',
                'pg',
                'meilisearch',
                'node:*',
                'fs',
                'path',
              ],
              message: 'libs/domain is pure: no I/O or framework imports',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/**', '@toolbox/api', '@toolbox/web'],
              message: 'libs must not import apps',
            },
            {
              group: ['@nestjs/common', '@nestjs/core', 'typeorm', 'react'],
              message: 'contracts carry no Nest, TypeORM or React imports',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/api/**', '@toolbox/api', '@toolbox/api/*'],
              message: 'the web app never imports the API',
            },
          ],
        },
      ],
    },
  },
  {
    // Scripts use libs/* and the API's public entry points (`@toolbox/api/<entry>`, the
    // `exports` of apps/api/package.json), never the apps' sources or tests.
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/*/src/**', '**/apps/*/test/**', '../apps/**', '../../apps/**'],
              message:
                'scripts import only libs/* and the API public entry points (@toolbox/api/<entry>)',
            },
            {
              group: ['@toolbox/web', '@toolbox/web/*'],
              message: 'scripts never import the web app',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/test/**/*.ts', '**/e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // supertest types response bodies as `any`; tests assert their shape instead.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Plain JavaScript (Jest global setup shims): linted without type information.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
