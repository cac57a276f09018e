import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { mapFieldErrors } from '../../shared/form-errors';
import { storyParagraphs } from './case-data';
import {
  CASE_FIELD_ERRORS,
  completeMetrics,
  duplicateMetricCodes,
  emptyCaseFormValues,
  previewStoryData,
  toCaseBody,
  toCaseFormValues,
} from './case-form-values';

const t = ((key: string) => key) as unknown as TFunction;

describe('case form values', () => {
  it('start with one empty metric row and round-trip a saved case', () => {
    expect(emptyCaseFormValues().metrics).toEqual([{ code: null, before: null, after: null }]);
    const values = toCaseFormValues({
      title: '扫码报工',
      story: '故事',
      industry: 'C34',
      region: '330100',
      scenarios: ['production_control'],
      offeringIds: ['o1'],
      metrics: [{ code: 'on_time_delivery_pct', before: 82, after: 95 }],
    });
    expect(toCaseBody(values)).toEqual({
      title: '扫码报工',
      story: '故事',
      industry: 'C34',
      region: '330100',
      scenarios: ['production_control'],
      offeringIds: ['o1'],
      metrics: [{ code: 'on_time_delivery_pct', before: 82, after: 95 }],
    });
  });

  it('trims text, drops wholly empty rows and keeps half-filled ones for the server to name', () => {
    const body = toCaseBody({
      ...emptyCaseFormValues(),
      title: '  标题 ',
      story: '\n故事\n',
      metrics: [
        { code: null, before: null, after: null },
        { code: 'lead_time_days', before: 30, after: null },
        { code: 'defect_rate_pct', before: 2.5, after: 1.2 },
      ],
    });
    expect(body.title).toBe('标题');
    expect(body.story).toBe('故事');
    // Not chosen yet: left out, so the server names the field instead of a null.
    expect('industry' in body || 'region' in body).toBe(false);
    expect(body.metrics).toEqual([
      { code: 'lead_time_days', before: 30 },
      { code: 'defect_rate_pct', before: 2.5, after: 1.2 },
    ]);
    // Sent as JSON the missing number is absent, so the 400 names metrics.0.after.
    expect(JSON.parse(JSON.stringify(body.metrics[0]))).toEqual({
      code: 'lead_time_days',
      before: 30,
    });
  });

  it('previews only complete rows and the offerings whose titles are known', () => {
    const preview = previewStoryData(
      {
        title: '案例',
        offeringIds: ['o1', 'unknown'],
        metrics: [
          { code: 'lead_time_days', before: 30, after: 18 },
          { code: 'inventory_days', before: 10 },
          undefined as never,
        ],
      },
      new Map([['o1', '云MES']]),
      { id: 'p1', name: '服务商' },
    );
    expect(preview.offerings).toEqual([{ id: 'o1', title: '云MES' }]);
    expect(preview.metrics).toEqual([{ code: 'lead_time_days', before: 30, after: 18 }]);
    expect(preview.industry).toBeNull();
    expect(preview.scenarios).toEqual([]);
    expect(completeMetrics([{ code: '', before: 1, after: 2 }])).toEqual([]);
  });

  it('finds metric codes chosen twice', () => {
    expect([
      ...duplicateMetricCodes([
        { code: 'lead_time_days' },
        { code: 'defect_rate_pct' },
        { code: 'lead_time_days' },
        { code: null },
      ]),
    ]).toEqual(['lead_time_days']);
  });

  it('maps server errors onto the editor fields, metric rows included', () => {
    const mapped = mapFieldErrors(
      [
        { field: 'title', code: 'isNotEmpty', message: 'title should not be empty' },
        { field: 'metrics.1.after', code: 'isNumber', message: 'after must be a number' },
        { field: 'offeringIds.0', code: 'notOwn', message: 'not your offering' },
        { field: 'somethingElse', code: 'x', message: 'other problem' },
      ],
      CASE_FIELD_ERRORS,
      t,
    );
    expect(mapped.fields.map((field) => field.name)).toEqual([
      ['title'],
      ['metrics', 1, 'after'],
      ['offeringIds'],
    ]);
    expect(mapped.other).toEqual(['other problem']);
  });
});

describe('storyParagraphs', () => {
  it('splits on blank lines and drops empty paragraphs', () => {
    expect(storyParagraphs('第一段\n续行\n\n  \n第二段\r\n\r\n')).toEqual([
      '第一段\n续行',
      '第二段',
    ]);
    expect(storyParagraphs('   ')).toEqual([]);
  });
});
