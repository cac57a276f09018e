import { describe, expect, it } from '@jest/globals';
import type { OfferingContent } from '@toolbox/contracts';
import {
  emptyOfferingFormValues,
  formFieldOfMessage,
  toOfferingBody,
  toOfferingFormValues,
} from './offering-form-values';

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

describe('formFieldOfMessage', () => {
  it.each([
    ['title must be 1–80 characters', ['title']],
    ['plans.0.priceCents must not be negative', ['plans', 0, 'price']],
    ['plans.2.name must be 1–40 characters', ['plans', 2, 'name']],
    ['plans must have 1 to 5 entries', ['plans']],
    ['stages must list at least one digital level (1–4)', ['stages']],
    ['each tag must be 1–20 characters', null],
    ['property foo should not exist', null],
  ])('%s → %p', (message, path) => {
    expect(formFieldOfMessage(message)).toEqual(path);
  });
});
