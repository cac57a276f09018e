import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_LOCALES, zhCN } from './index';

type Messages = { [key: string]: string | Messages };

const here = fileURLToPath(new URL('.', import.meta.url));
const srcDir = join(here, '..');

function load(file: string): Messages {
  return JSON.parse(readFileSync(join(here, file), 'utf8')) as Messages;
}

/** "a.b.c" → value, for every leaf. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** `search-index` → `searchIndex`: the key a feature's folder is merged under. */
function featureKey(folder: string): string {
  return folder.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

const featureFolders = readdirSync(here).filter((name) => statSync(join(here, name)).isDirectory());

/** The core file plus every feature file under its feature key (as locales/index.ts merges them). */
function tree(lang: 'zh-CN' | 'en'): Messages {
  const merged = load(`${lang}.json`);
  for (const name of featureFolders) merged[featureKey(name)] = load(join(name, `${lang}.json`));
  return merged;
}

const zh = flatten(tree('zh-CN'));
const en = flatten(tree('en'));

describe('locale files', () => {
  it('merge every feature folder, each under its own key', () => {
    expect([...FEATURE_LOCALES].sort()).toEqual([...featureFolders].sort());
    expect(Object.keys(zhCN)).toEqual(expect.arrayContaining(featureFolders.map(featureKey)));
    expect(featureFolders).toEqual(expect.arrayContaining(['search', 'smes', 'search-index']));
  });

  it('have exactly the same keys in zh-CN and en', () => {
    const missingInEn = [...zh.keys()].filter((key) => !en.has(key));
    const missingInZh = [...en.keys()].filter((key) => !zh.has(key));
    expect({ missingInEn, missingInZh }).toEqual({ missingInEn: [], missingInZh: [] });
    expect(zh.size).toBeGreaterThan(100);
  });

  it('have no empty translations', () => {
    const empty = [...zh, ...en].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same {{placeholders}} in both languages', () => {
    const mismatched = [...zh.keys()].filter(
      (key) => placeholders(zh.get(key) ?? '').join() !== placeholders(en.get(key) ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('define every literal key the source code asks for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(srcDir)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([\w.]+)'/g)) used.add(match[1] ?? '');
      for (const match of text.matchAll(/Key: '([\w.]+)'/g)) used.add(match[1] ?? '');
      for (const match of text.matchAll(/^\s*'((?:landing|workspace|nav)\.[\w.]+)',?$/gm)) {
        used.add(match[1] ?? '');
      }
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !zh.has(key))).toEqual([]);
  });
});
