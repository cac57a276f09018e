import { describe, expect, it } from '@jest/globals';
import { CURRENT_QUESTIONNAIRE, findIndicator, NOT_APPLICABLE } from '@toolbox/domain';
import {
  dimensionIndexOf,
  dimensionProgress,
  estimateLevel,
  indicatorOfField,
  isAnswered,
  missingIndicators,
  toggleOption,
  usableAnswers,
} from './answers';

const q = CURRENT_QUESTIONNAIRE;
const indicator = (code: string) => findIndicator(q, code)!;

/** Every indicator answered with its last (most digital) option; multi-selects with all. */
function completeAnswers(): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const dimension of q.dimensions) {
    for (const ind of dimension.indicators) {
      const codes = ind.options.map((option) => option.code);
      answers[ind.code] = ind.multiple ? codes : codes[codes.length - 1];
    }
  }
  return answers;
}

describe('isAnswered', () => {
  it('takes an empty selection as an answer to a multi-select indicator', () => {
    expect(isAnswered(indicator('f_network'), [])).toBe(true);
    expect(isAnswered(indicator('f_network'), undefined)).toBe(false);
    expect(isAnswered(indicator('f_network'), 'shop_floor_network')).toBe(false);
  });

  it('accepts "na" for operations scenarios only', () => {
    expect(isAnswered(indicator('production_control'), NOT_APPLICABLE)).toBe(true);
    expect(isAnswered(indicator('m_funding'), NOT_APPLICABLE)).toBe(false);
    expect(isAnswered(indicator('m_funding'), 'over_5')).toBe(true);
  });
});

describe('usableAnswers', () => {
  it('keeps valid answers and drops unknown indicators, options and wrong types', () => {
    const sut = usableAnswers(q, {
      f_network: ['shop_floor_network', 'shop_floor_network', 'x'],
      f_data_collection: ['hr', 'finance', 'hr'],
      m_funding: 'pct_1_3',
      r_energy: ['decreased'],
      quality: 'na',
      finance: 'r9',
      nonsense: 'r1',
    });
    expect(sut).toEqual({
      f_data_collection: ['hr', 'finance'],
      m_funding: 'pct_1_3',
      quality: 'na',
    });
  });
});

describe('missingIndicators', () => {
  it('lists every indicator of an empty answer set in questionnaire order', () => {
    const sut = missingIndicators(q, {});
    expect(sut).toHaveLength(31);
    expect(sut[0]).toBe('f_network');
    expect(sut[30]).toBe('decision_support');
  });

  it('is empty for a complete answer set', () => {
    expect(missingIndicators(q, completeAnswers())).toEqual([]);
  });
});

describe('dimensionIndexOf and dimensionProgress', () => {
  it('finds the step of an indicator and counts its answered indicators', () => {
    expect(dimensionIndexOf(q, 'm_talent')).toBe(1);
    expect(dimensionIndexOf(q, 'hr')).toBe(3);
    expect(dimensionIndexOf(q, 'nope')).toBe(-1);
    expect(dimensionProgress(q, 2, { r_energy: 'decreased', r_quality: 'x' })).toEqual({
      answered: 1,
      total: 4,
    });
  });
});

describe('estimateLevel', () => {
  it('reaches level 4 with every indicator at its best', () => {
    expect(estimateLevel(q, completeAnswers(), 100)).toEqual({
      bandLevel: 4,
      scenarioLevel: 4,
      level: 4,
    });
  });

  it('caps the band level by the scenario ratings but keeps level 1', () => {
    expect(estimateLevel(q, {}, 65)).toEqual({ bandLevel: 3, scenarioLevel: 0, level: 1 });
    expect(estimateLevel(q, {}, 10)).toEqual({ bandLevel: 0, scenarioLevel: 0, level: 0 });
  });
});

describe('indicatorOfField', () => {
  it('reads the indicator code from a validation error’s field', () => {
    expect(indicatorOfField('answers.f_network')).toBe('f_network');
    expect(indicatorOfField('answers.f_network.0')).toBe('f_network');
    expect(indicatorOfField('answers')).toBeUndefined();
    expect(indicatorOfField('')).toBeUndefined();
  });
});

describe('toggleOption', () => {
  it('adds and removes options in questionnaire order and leaves [] when the last goes', () => {
    const order = ['a', 'b', 'c'];
    expect(toggleOption(undefined, 'c', true, order)).toEqual(['c']);
    expect(toggleOption(['c'], 'a', true, order)).toEqual(['a', 'c']);
    expect(toggleOption(['a', 'c'], 'a', false, order)).toEqual(['c']);
    expect(toggleOption(['c'], 'c', false, order)).toEqual([]);
  });
});
