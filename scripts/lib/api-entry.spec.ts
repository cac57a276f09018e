import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { builtApiEntry, exportTarget } from './api-entry.js';

describe('exportTarget', () => {
  it('reads plain and conditional targets', () => {
    const exportsMap = { './main': './dist/main.js', './cli': { default: './dist/cli.js' } };
    expect(exportTarget(exportsMap, './main')).toBe('./dist/main.js');
    expect(exportTarget(exportsMap, './cli')).toBe('./dist/cli.js');
  });

  it('refuses an entry the package does not export', () => {
    expect(() => exportTarget({ './main': './dist/main.js' }, './internal')).toThrow(
      'the package exports no "./internal"',
    );
    expect(() => exportTarget(undefined, './main')).toThrow('the package declares no exports map');
  });
});

describe('builtApiEntry', () => {
  it('points into the API build, as apps/api/package.json declares', () => {
    const apiDir = path.resolve(import.meta.dirname, '..', '..', 'apps', 'api');
    const manifest = JSON.parse(readFileSync(path.join(apiDir, 'package.json'), 'utf8')) as {
      exports: Record<string, string>;
    };
    for (const entry of ['./main', './cli', './migrations', './data-source'] as const) {
      const sut = builtApiEntry(entry);
      expect(sut).toBe(path.join(apiDir, manifest.exports[entry]));
      expect(path.relative(apiDir, sut).startsWith(`dist${path.sep}`)).toBe(true);
    }
  });
});
