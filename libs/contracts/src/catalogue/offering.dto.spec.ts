import { describe, expect, it } from '@jest/globals';
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import {
  CreateOfferingRequest,
  UpdateOfferingRequest,
  UpsertProviderRequest,
} from './offering.dto.js';

const valid = {
  title: '云MES 轻量版',
  summary: '扫码报工，一周上线',
  description: '面向离散制造中小企业的轻量级制造执行系统。',
  kind: 'saas',
  scenarios: ['production_control'],
  industries: [],
  stages: [1, 2],
  regions: [],
  deployment: 'public_cloud',
  deliveryDays: 7,
  plans: [{ name: '基础版', billingPeriod: 'month', priceCents: 49900, trialDays: 14 }],
  tags: ['小快轻准'],
};

/** Every message, with nested paths like `plans.0.priceCents`. */
function messages(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const path = prefix === '' ? e.property : `${prefix}.${e.property}`;
    return [
      ...Object.values(e.constraints ?? {}).map((m) => `${path}: ${m}`),
      ...messages(e.children ?? [], path),
    ];
  });
}

function sut(
  cls: typeof CreateOfferingRequest | typeof UpdateOfferingRequest,
  body: object,
): string[] {
  return messages(
    validateSync(plainToInstance(cls, body) as object, {
      whitelist: true,
      forbidNonWhitelisted: true,
    }),
  );
}

describe('offering validation (contracts)', () => {
  it('accepts a valid body, and trims text', () => {
    expect(sut(CreateOfferingRequest, valid)).toEqual([]);
    const dto = plainToInstance(CreateOfferingRequest, { ...valid, title: '  云MES  ' });
    expect(dto.title).toBe('云MES');
  });

  it.each([
    [{ title: 'x'.repeat(81) }, 'title: title must be 1–80 characters'],
    [{ title: '   ' }, 'title: title must be 1–80 characters'],
    [{ summary: 'x'.repeat(201) }, 'summary: summary must be 1–200 characters'],
    [{ description: 'x'.repeat(10_001) }, 'description: description must be 1–10000 characters'],
    [{ plans: [] }, 'plans: plans must have 1 to 5 entries'],
    [{ plans: Array(6).fill(valid.plans[0]) }, 'plans: plans must have 1 to 5 entries'],
    [
      { plans: [{ ...valid.plans[0], priceCents: -1 }] },
      'plans.0.priceCents: priceCents must not be negative',
    ],
    [
      { plans: [{ ...valid.plans[0], priceCents: 1.5 }] },
      'plans.0.priceCents: priceCents must be an integer number of fen',
    ],
    [{ scenarios: [] }, 'scenarios: scenarios must list at least one scenario'],
    [{ scenarios: ['nope'] }, 'scenarios: scenarios contains an unknown scenario code: "nope"'],
    [
      { industries: ['C34', 'X1'] },
      'industries: industries contains an unknown industry code (GB/T 4754-2017 division): "X1"',
    ],
    [
      { regions: ['330199'] },
      'regions: regions contains an unknown region code (GB/T 2260): "330199"',
    ],
    [{ stages: [5] }, 'stages: stages must contain digital levels from 1 to 4'],
    [{ stages: [1, 1] }, 'stages: stages must not repeat a level'],
    [
      {
        tags: Array(11)
          .fill('a')
          .map((t: string, i) => `${t}${i}`),
      },
      'tags: tags must have at most 10 entries',
    ],
    [{ status: 'published' }, 'status: property status should not exist'],
  ])('rejects %j naming the field', (override, message) => {
    expect(sut(CreateOfferingRequest, { ...valid, ...override })).toContain(message);
  });

  it('lets an update carry any subset, with the same rules', () => {
    expect(sut(UpdateOfferingRequest, {})).toEqual([]);
    expect(sut(UpdateOfferingRequest, { deliveryDays: 3 })).toEqual([]);
    expect(sut(UpdateOfferingRequest, { deliveryDays: -1 })).toContain(
      'deliveryDays: deliveryDays must not be negative',
    );
  });

  it('checks provider kinds and websites', () => {
    const ok = { name: '云启', kind: 'service_provider', description: '服务商' };
    const check = (body: object): string[] =>
      messages(validateSync(plainToInstance(UpsertProviderRequest, body) as object));
    expect(check(ok)).toEqual([]);
    expect(check({ ...ok, kind: 'bank' })[0]).toMatch(/^kind: kind must be one of/);
    expect(check({ ...ok, website: 'ftp://x' })[0]).toMatch(
      /^website: website must be an http\(s\) URL/,
    );
  });
});
