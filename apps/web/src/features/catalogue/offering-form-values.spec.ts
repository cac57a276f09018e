import { describe, expect, it } from '@jest/globals';
import type { OfferingContent } from '@toolbox/contracts';
import {
  emptyOfferingFormValues,
  OFFERING_FIELD_ERRORS,
  toOfferingBody,
  toOfferingFormValues,
} from './offering-form-values';
import { formFieldOf } from '../../shared';

const content: OfferingContent = {
  title: '云MES 轻量版',
  titleEn: 'Cloud MES Lite',
  summary: '一句话',
  summaryEn: null,
  description: '长文本',
  descriptionEn: null,
  kind: 'saas',
  scenarios: ['production_control', 'quality'],
  industries: ['C34'],
  stages: [1, 2],
  regions: [],
  deployment: 'public_cloud',
  deliveryDays: 7,
  plans: [
    { name: '基础版', billingPeriod: 'month', priceCents: 99900, trialDays: 14 },
    { name: '年付版', billingPeriod: 'year', priceCents: 1_000_029, trialDays: 0 },
  ],
  tags: ['免部署'],
};

describe('offering form values', () => {
  it('round-trips content through the form without changing a fen', () => {
    const values = toOfferingFormValues(content);
    expect(values.plans[1]?.price).toBe('10000.29');
    expect(values.summaryEn).toBe('');
    const body = toOfferingBody(values, 'create');
    expect(body).toEqual({
      ...content,
      titleEn: 'Cloud MES Lite',
      summaryEn: undefined,
      descriptionEn: undefined,
    });
    expect('summaryEn' in body).toBe(false);
  });

  it('trims texts, sorts levels and sends cleared translations as "" on update', () => {
    const values = {
      ...emptyOfferingFormValues(),
      title: '  标题 ',
      summary: '摘要',
      description: '描述',
      titleEn: '   ',
      stages: [3, 1],
      deliveryDays: 3,
      plans: [{ name: ' 标准版 ', billingPeriod: 'once' as const, price: '0.29', trialDays: null }],
    };
    const body = toOfferingBody(values, 'update');
    expect(body.title).toBe('标题');
    expect(body.titleEn).toBe('');
    expect(body.stages).toEqual([1, 3]);
    expect(body.plans).toEqual([
      { name: '标准版', billingPeriod: 'once', priceCents: 29, trialDays: 0 },
    ]);
  });
});

describe('OFFERING_FIELD_ERRORS', () => {
  it.each([
    ['title', ['title']],
    ['plans.0.priceCents', ['plans', 0, 'price']],
    ['plans.2.name', ['plans', 2, 'name']],
    ['plans', ['plans']],
    ['stages', ['stages']],
    ['tags.3', ['tags']],
    ['foo', null],
    ['', null],
  ])('%s → %p', (field, path) => {
    expect(formFieldOf(field, OFFERING_FIELD_ERRORS)).toEqual(path);
  });
});
