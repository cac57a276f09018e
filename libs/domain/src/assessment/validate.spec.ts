import { describe, expect, it } from '@jest/globals';
import { questionnaireIndicators } from './model.js';
import { QUESTIONNAIRE_2024 } from './questionnaire-2024.js';
import {
  assertValidAnswers,
  InvalidAnswersError,
  isValidAnswers,
  validateAnswers,
} from './validate.js';

const q = QUESTIONNAIRE_2024;

/** A valid baseline from the data: first option (or [] / first rating) for every indicator. */
const baseline = (): Record<string, unknown> =>
  Object.fromEntries(
    questionnaireIndicators(q).map((i) => [i.code, i.multiple ? [] : i.options[0].code]),
  );
const withAnswers = (overrides: Record<string, unknown>): Record<string, unknown> => ({
  ...baseline(),
  ...overrides,
});
const without = (...codes: string[]): Record<string, unknown> => {
  const answers = baseline();
  for (const code of codes) delete answers[code];
  return answers;
};

describe('validateAnswers', () => {
  const sut = validateAnswers;

  it('accepts a complete answer set, with [] for multi-select and na for scenarios', () => {
    expect(sut(q, baseline())).toEqual([]);
    expect(
      sut(
        q,
        withAnswers({
          f_network: ['industrial_5g', 'shop_floor_network'],
          f_data_collection: ['hr'],
          production_control: 'na',
          finance: 'r4',
          r_quality: 'increased',
        }),
      ),
    ).toEqual([]);
  });

  it('reports each unanswered indicator as missing, with a hint for multi-select and scenarios', () => {
    expect(sut(q, without('f_network', 'm_funding', 'quality'))).toEqual([
      {
        indicator: 'f_network',
        code: 'missing',
        message: 'answers.f_network: missing answer (use [] when none applies)',
      },
      { indicator: 'm_funding', code: 'missing', message: 'answers.m_funding: missing answer' },
      {
        indicator: 'quality',
        code: 'missing',
        message: 'answers.quality: missing answer (use "na" when the scenario does not apply)',
      },
    ]);
  });

  it('treats null as missing and requires all 31 indicators', () => {
    expect(sut(q, withAnswers({ r_energy: null }))).toEqual([
      { indicator: 'r_energy', code: 'missing', message: 'answers.r_energy: missing answer' },
    ]);
    const problems = sut(q, {});
    expect(problems).toHaveLength(31);
    expect(problems.every((p) => p.code === 'missing')).toBe(true);
  });

  it('reports unknown indicators, including prototype keys from parsed JSON', () => {
    const answers = {
      ...baseline(),
      ...(JSON.parse('{"__proto__": "r1", "f_networks": [], "constructor": "x"}') as object),
    };
    expect(sut(q, answers)).toEqual([
      {
        indicator: '__proto__',
        code: 'unknown_indicator',
        message: 'answers.__proto__: unknown indicator',
      },
      {
        indicator: 'f_networks',
        code: 'unknown_indicator',
        message: 'answers.f_networks: unknown indicator',
      },
      {
        indicator: 'constructor',
        code: 'unknown_indicator',
        message: 'answers.constructor: unknown indicator',
      },
    ]);
  });

  it('asks for an array on multi-select indicators', () => {
    expect(sut(q, withAnswers({ f_network: 'shop_floor_network', m_talent: {} }))).toEqual([
      {
        indicator: 'f_network',
        code: 'not_array',
        message: 'answers.f_network: expected an array of option codes, got "shop_floor_network"',
      },
      {
        indicator: 'm_talent',
        code: 'not_array',
        message: 'answers.m_talent: expected an array of option codes, got an object',
      },
    ]);
  });

  it('asks for one code on single-select indicators and scenarios', () => {
    expect(sut(q, withAnswers({ r_energy: ['decreased'], production_control: 3 }))).toEqual([
      {
        indicator: 'r_energy',
        code: 'not_single',
        message: 'answers.r_energy: expected one option code, got an array',
      },
      {
        indicator: 'production_control',
        code: 'not_single',
        message: 'answers.production_control: expected one option code, got 3',
      },
    ]);
  });

  it('reports unknown option codes, also inside arrays and out-of-range ratings', () => {
    expect(
      sut(
        q,
        withAnswers({
          f_network: ['x', 'full_coverage', 1],
          r_energy: 'better',
          quality: 'r5',
        }),
      ),
    ).toEqual([
      {
        indicator: 'f_network',
        code: 'unknown_option',
        message: 'answers.f_network: unknown option "x"',
      },
      {
        indicator: 'f_network',
        code: 'unknown_option',
        message: 'answers.f_network: unknown option 1',
      },
      {
        indicator: 'r_energy',
        code: 'unknown_option',
        message: 'answers.r_energy: unknown option "better"',
      },
      {
        indicator: 'quality',
        code: 'unknown_option',
        message: 'answers.quality: unknown option "r5"',
      },
    ]);
  });

  it('refuses na on scored indicators, single or multiple', () => {
    const message = '"na" (not applicable) is only accepted for operations scenarios';
    expect(sut(q, withAnswers({ m_funding: 'na', f_data_security: ['na'] }))).toEqual([
      {
        indicator: 'f_data_security',
        code: 'unknown_option',
        message: `answers.f_data_security: ${message}`,
      },
      { indicator: 'm_funding', code: 'unknown_option', message: `answers.m_funding: ${message}` },
    ]);
  });

  it('reports a repeated option once per repeated code', () => {
    expect(
      sut(
        q,
        withAnswers({
          f_network: ['shop_floor_network', 'shop_floor_network', 'shop_floor_network'],
        }),
      ),
    ).toEqual([
      {
        indicator: 'f_network',
        code: 'duplicate_option',
        message: 'answers.f_network: duplicate option "shop_floor_network"',
      },
    ]);
  });

  it('lists problems in questionnaire order, unknown indicators last', () => {
    const answers = { ...without('r_cost_per_revenue'), zzz: 1, f_network: 'x', hr: [] };
    expect(sut(q, answers).map((p) => [p.indicator, p.code])).toEqual([
      ['f_network', 'not_array'],
      ['r_cost_per_revenue', 'missing'],
      ['hr', 'not_single'],
      ['zzz', 'unknown_indicator'],
    ]);
  });

  it('shortens very long keys and values in messages but keeps the key in `indicator`', () => {
    const key = 'k'.repeat(500);
    const [problem] = sut(q, { ...baseline(), [key]: 'x' });
    expect(problem.indicator).toBe(key);
    expect(problem.message).toBe(`answers.${'k'.repeat(60)}…: unknown indicator`);
    const [unknown] = sut(q, withAnswers({ r_quality: 'v'.repeat(100) }));
    expect(unknown.message).toBe(`answers.r_quality: unknown option "${'v'.repeat(60)}…"`);
  });
});

describe('isValidAnswers', () => {
  const sut = isValidAnswers;

  it('narrows a complete valid answer set and rejects an invalid one', () => {
    const answers: Record<string, unknown> = baseline();
    expect(sut(q, answers)).toBe(true);
    expect(sut(q, withAnswers({ f_network: 'x' }))).toBe(false);
    expect(sut(q, without('hr'))).toBe(false);
  });
});

describe('assertValidAnswers', () => {
  const sut: typeof assertValidAnswers = assertValidAnswers;

  it('throws an InvalidAnswersError carrying every problem', () => {
    expect(() => sut(q, baseline())).not.toThrow();
    let caught: unknown;
    try {
      sut(q, withAnswers({ f_network: ['x'], m_funding: 'na' }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidAnswersError);
    const error = caught as InvalidAnswersError;
    expect(error.name).toBe('InvalidAnswersError');
    expect(error.problems.map((p) => p.indicator)).toEqual(['f_network', 'm_funding']);
    expect(error.message).toContain('answers.f_network: unknown option "x"');
  });
});
