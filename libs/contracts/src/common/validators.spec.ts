import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';
import * as contracts from '../index.js';
import {
  hasNoControlChars,
  IndustryCodeList,
  PageQuery,
  RegionCodeList,
  ScenarioCodeList,
} from './validators.js';

/** Every DTO class the contracts export, with its validation rules by property. */
function rulesByProperty(): { dto: string; property: string; rules: Set<string> }[] {
  const storage = getMetadataStorage();
  const out: { dto: string; property: string; rules: Set<string> }[] = [];
  for (const [name, value] of Object.entries(contracts)) {
    if (typeof value !== 'function') continue;
    const metas = storage.getTargetValidationMetadatas(value, '', true, false);
    const byProperty = new Map<string, Set<string>>();
    for (const m of metas) {
      const rules = byProperty.get(m.propertyName) ?? new Set<string>();
      rules.add(m.name ?? m.type);
      byProperty.set(m.propertyName, rules);
    }
    for (const [property, rules] of byProperty) out.push({ dto: name, property, rules });
  }
  return out;
}

/** Rules that accept free text (as opposed to codes, ids, dates and enumerations). */
const FREE_TEXT = ['isString', 'isEmail', 'isUrl'];

describe('shared input rules of every DTO', () => {
  const all = rulesByProperty();

  it('finds the DTOs (the scan is not empty)', () => {
    expect(all.length).toBeGreaterThan(40);
    expect(all.some((p) => p.dto === 'RegisterRequest' && p.property === 'name')).toBe(true);
  });

  it('every free-text field refuses control characters (noControlChars)', () => {
    const missing = all
      .filter((p) => FREE_TEXT.some((r) => p.rules.has(r)) && !p.rules.has('noControlChars'))
      .map((p) => `${p.dto}.${p.property}`);
    expect(missing).toEqual([]);
  });

  it('every integer field has an upper and a lower bound', () => {
    const unbounded = all
      .filter((p) => p.rules.has('isInt') && !(p.rules.has('max') && p.rules.has('min')))
      .map((p) => `${p.dto}.${p.property}`);
    expect(unbounded).toEqual([]);
  });
});

describe('hasNoControlChars', () => {
  it.each(['a\u0000', '\u0007', 'x\u001b[31m', '\u007f', '\u0085', '\u009f'])(
    'refuses %j',
    (value) => {
      expect(hasNoControlChars(value)).toBe(false);
    },
  );

  it.each(['plain', '第一段\n\n第二段', 'a\tb\r\n', 'emoji 🙂', ''])('accepts %j', (value) => {
    expect(hasNoControlChars(value)).toBe(true);
  });
});

describe('ToInt (query integers)', () => {
  const problems = (query: Record<string, unknown>): string[] =>
    validateSync(plainToInstance(PageQuery, query)).map((e) => e.property);

  it('refuses integers beyond the safe range instead of rounding them', () => {
    expect(problems({ page: '99999999999999999999' })).toEqual(['page']);
    expect(problems({ page: '-99999999999999999999' })).toEqual(['page']);
  });

  it('accepts ordinary integers', () => {
    expect(problems({ page: '2', pageSize: '100' })).toEqual([]);
  });
});

describe('code lists (ScenarioCodeList, IndustryCodeList, RegionCodeList)', () => {
  class Body {
    @ScenarioCodeList({ nonEmptyMessage: 'scenarios must list at least one scenario' })
    scenarios!: string[];
    @IndustryCodeList({ emptyMeans: 'every industry' })
    industries!: string[];
    @RegionCodeList({ emptyMeans: 'nationwide', max: 2 })
    regions!: string[];
  }
  const messages = (body: Record<string, unknown>): string[] =>
    validateSync(
      plainToInstance(Body, { scenarios: ['energy'], industries: [], regions: [], ...body }),
    ).flatMap((e) => Object.values(e.constraints ?? {}));

  it('accepts distinct known codes, and [] where it means "every"', () => {
    expect(messages({ industries: ['C34', 'C41'], regions: ['330000', '330100'] })).toEqual([]);
  });

  it('says what [] means, refuses it where a code is required, repeats, unknown codes and too many', () => {
    expect(messages({ industries: 'C34' })).toContain(
      'industries must be an array ([] = every industry)',
    );
    expect(messages({ scenarios: [] })).toEqual(['scenarios must list at least one scenario']);
    expect(messages({ industries: ['C34', 'C34'] })).toEqual(['industries must not repeat a code']);
    expect(messages({ scenarios: ['energy', 'nope'] })).toEqual([
      'scenarios contains an unknown scenario code: "nope"',
    ]);
    expect(messages({ regions: ['330000', '330100', '320000'] })).toEqual([
      'regions must contain no more than 2 elements',
    ]);
  });
});
