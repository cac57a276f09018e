import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** The core file plus every feature file under its feature key (as locales/index.ts merges them). */
function tree(lang: 'zh-CN' | 'en'): Messages {
  const merged = load(`${lang}.json`);
  for (const name of readdirSync(here)) {
    if (statSync(join(here, name)).isDirectory()) merged[name] = load(join(name, `${lang}.json`));
  }
  return merged;
}

const zh = flatten(tree('zh-CN'));
const en = flatten(tree('en'));

describe('locale files', () => {
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
