import { describe, expect, it } from '@jest/globals';
import { CURRENT_QUESTIONNAIRE, findQuestionnaire, QUESTIONNAIRES } from './index.js';
import { QUESTIONNAIRE_2024 } from './questionnaire-2024.js';
import { questionnaireView } from './view.js';

describe('questionnaireView', () => {
  const sut = questionnaireView;

  it('has the public shape of GET /api/assessments/questionnaire', () => {
    const view = sut(QUESTIONNAIRE_2024);
    expect(view.version).toBe('2024.1');
    expect(view.dimensions.map((d) => d.code)).toEqual([
      'foundations',
      'management',
      'results',
      'operations',
    ]);
    for (const dimension of view.dimensions) {
      expect(dimension).toEqual(
        expect.objectContaining({
          code: expect.any(String) as unknown,
          nameZh: expect.any(String) as unknown,
          nameEn: expect.any(String) as unknown,
        }),
      );
      for (const indicator of dimension.indicators) {
        expect(typeof indicator.code).toBe('string');
        expect(typeof indicator.nameZh).toBe('string');
        expect(typeof indicator.nameEn).toBe('string');
        expect(typeof indicator.multiple).toBe('boolean');
        for (const option of indicator.options) {
          expect(typeof option.code).toBe('string');
          expect(typeof option.labelZh).toBe('string');
          expect(typeof option.labelEn).toBe('string');
        }
      }
    }
    expect(view.dimensions.flatMap((d) => d.indicators)).toHaveLength(31);
  });

  it('shows one scored indicator with points, help and explanations', () => {
    const view = sut(QUESTIONNAIRE_2024);
    const funding = view.dimensions[1].indicators.find((i) => i.code === 'm_funding')!;
    expect(funding).toMatchObject({
      code: 'm_funding',
      nameZh: '资金保障',
      nameEn: 'Funding',
      multiple: false,
      maxScore: 7.5,
      acceptsNotApplicable: false,
    });
    expect(funding.options.map((o) => [o.code, o.points])).toEqual([
      ['none', 0],
      ['under_1', 1.875],
      ['pct_1_3', 3.75],
      ['pct_3_5', 5.625],
      ['over_5', 7.5],
    ]);
    expect(funding.options[0]).not.toHaveProperty('rating');
    expect(funding).not.toHaveProperty('scenario');
  });

  it('shows operations indicators with ratings r0–r4 and na accepted', () => {
    const view = sut(QUESTIONNAIRE_2024);
    const quality = view.dimensions[3].indicators.find((i) => i.code === 'quality')!;
    expect(quality).toMatchObject({
      scenario: 'quality',
      constraint: true,
      multiple: false,
      acceptsNotApplicable: true,
    });
    expect(quality.options.map((o) => [o.code, o.rating])).toEqual([
      ['r0', 0],
      ['r1', 1],
      ['r2', 2],
      ['r3', 3],
      ['r4', 4],
    ]);
    expect(view.notApplicable).toBe('na');
    expect(view.levelRule).toEqual(QUESTIONNAIRE_2024.levelRule);
  });

  it('survives a JSON round trip unchanged (no undefined or non-JSON values)', () => {
    const view = sut(QUESTIONNAIRE_2024);
    expect(JSON.parse(JSON.stringify(view))).toStrictEqual(view);
  });

  it('is a copy: changing it leaves the questionnaire alone', () => {
    const view = sut(QUESTIONNAIRE_2024) as unknown as {
      dimensions: { areas: { indicatorCodes: string[] }[] }[];
      levelRule: { bands: { min: number }[] };
    };
    view.dimensions[0].areas[0].indicatorCodes.push('hacked');
    view.levelRule.bands[0].min = 0;
    expect(QUESTIONNAIRE_2024.dimensions[0].areas[0].indicatorCodes).toHaveLength(3);
    expect(QUESTIONNAIRE_2024.levelRule.bands[0].min).toBe(20);
  });
});

describe('CURRENT_QUESTIONNAIRE and findQuestionnaire', () => {
  const sut = findQuestionnaire;

  it('serves 2024.1 as current and finds questionnaires by version', () => {
    expect(CURRENT_QUESTIONNAIRE).toBe(QUESTIONNAIRE_2024);
    expect(QUESTIONNAIRES.map((q) => q.version)).toEqual(['2024.1']);
    expect(sut('2024.1')).toBe(QUESTIONNAIRE_2024);
    expect(sut('2022.1')).toBeUndefined();
  });
});
