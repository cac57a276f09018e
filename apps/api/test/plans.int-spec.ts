import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { PlanItemView, PlanResponse } from '@toolbox/contracts';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { createTestApp, type TestApp } from './harness.js';
import { registerUser, type TestUser } from './factories/users.js';
import {
  bearer,
  createOffering,
  loginAdmin,
  publishOffering,
  registerProvider,
} from './factories/catalogue.js';
import { answersAt } from './factories/assessments.js';

const ADMIN = { email: 'plan-admin@example.com', password: 'admin-password-1' };

describe('transformation plan (/api/plans/me)', () => {
  let sut: TestApp;
  let sme: TestUser;
  let offeringId: string;
  let draftId: string;

  beforeAll(async () => {
    sut = await createTestApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    await sut.app.get(AuthService).ensureAdmin();
    const admin = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    const provider = await registerProvider(sut.http);
    offeringId = (await publishOffering(sut.http, provider, admin)).id; // plans: ¥499/month, ¥4 999/year
    draftId = (await createOffering(sut.http, provider)).id;
    sme = await registerUser(sut.http, 'sme');
  });
  afterAll(async () => {
    await sut.close();
  });

  const plan = async (user = sme): Promise<PlanResponse> =>
    (
      await request(sut.http)
        .get('/api/plans/me')
        .set(...bearer(user.accessToken))
        .expect(200)
    ).body as PlanResponse;

  it('starts empty', async () => {
    expect(await plan()).toEqual({
      items: [],
      costs: {
        adoptedMonthlyCents: 0,
        adoptedYearlyCents: 0,
        plannedMonthlyCents: 0,
        plannedYearlyCents: 0,
        adoptedNetMonthlyCents: 0,
        adoptedNetYearlyCents: 0,
        plannedNetMonthlyCents: 0,
        plannedNetYearlyCents: 0,
      },
      progress: null,
    });
  });

  it('adds offerings and free-text actions, validating input', async () => {
    const item = await request(sut.http)
      .post('/api/plans/me/items')
      .set(...bearer(sme.accessToken))
      .send({
        offeringId,
        scenario: 'production_control',
        priority: 5,
        phase: 'now',
        targetDate: '2027-03-31',
      })
      .expect(201);
    expect(item.body).toMatchObject({
      title: '云MES 轻量版',
      status: 'planned',
      monthlyCents: 41658,
      yearlyCents: 499900,
    });
    expect((item.body as PlanItemView).offering).toMatchObject({ id: offeringId });
    await request(sut.http)
      .post('/api/plans/me/items')
      .set(...bearer(sme.accessToken))
      .send({ offeringId, scenario: 'production_control', priority: 5, phase: 'now' })
      .expect(409);
    await request(sut.http)
      .post('/api/plans/me/items')
      .set(...bearer(sme.accessToken))
      .send({ offeringId: draftId, scenario: 'quality', priority: 3, phase: 'next' })
      .expect(404);
    const free = await request(sut.http)
      .post('/api/plans/me/items')
      .set(...bearer(sme.accessToken))
      .send({ title: '建立质量问题台账', scenario: 'quality', priority: 3, phase: 'next' })
      .expect(201);
    expect(free.body).toMatchObject({ offering: null, monthlyCents: 0 });
    for (const [body, field] of [
      [{ scenario: 'quality', priority: 3, phase: 'next' }, 'title'],
      [{ title: 'x', scenario: 'quality', priority: 9, phase: 'next' }, 'priority'],
      [{ title: 'x', scenario: 'quality', priority: 3, phase: 'someday' }, 'phase'],
      [
        { title: 'x', scenario: 'quality', priority: 3, phase: 'next', targetDate: 'tomorrow' },
        'targetDate',
      ],
      [{ offeringId, scenario: 'quality', priority: 3, phase: 'next', planIndex: 4 }, 'planIndex'],
    ] as const) {
      const res = await request(sut.http)
        .post('/api/plans/me/items')
        .set(...bearer(sme.accessToken))
        .send(body);
      expect([res.status, String(res.body.message)]).toEqual([
        res.status === 409 ? 409 : 400,
        expect.stringContaining(field),
      ]);
    }
  });

  it('moves items through their statuses, refuses illegal moves and sums costs', async () => {
    const { items } = await plan();
    const mes = items.find((i) => i.offering !== null)!;
    await request(sut.http)
      .patch(`/api/plans/me/items/${mes.id}`)
      .set(...bearer(sme.accessToken))
      .send({ status: 'reviewed' })
      .expect(409);
    await request(sut.http)
      .patch(`/api/plans/me/items/${mes.id}`)
      .set(...bearer(sme.accessToken))
      .send({ status: 'trial' })
      .expect(200);
    const chosen = await request(sut.http)
      .patch(`/api/plans/me/items/${mes.id}`)
      .set(...bearer(sme.accessToken))
      .send({ status: 'adopted', planIndex: 0 })
      .expect(200);
    expect(chosen.body).toMatchObject({
      status: 'adopted',
      planIndex: 0,
      monthlyCents: 49900,
      yearlyCents: 598800,
    });
    const after = await plan();
    expect(after.costs).toEqual({
      adoptedMonthlyCents: 49900,
      adoptedYearlyCents: 598800,
      plannedMonthlyCents: 0,
      plannedYearlyCents: 0,
      // No programme: the same after subsidy.
      adoptedNetMonthlyCents: 49900,
      adoptedNetYearlyCents: 598800,
      plannedNetMonthlyCents: 0,
      plannedNetYearlyCents: 0,
    });
  });

  it('keeps plans private: another SME cannot see or change my items', async () => {
    const other = await registerUser(sut.http, 'sme');
    const mine = (await plan()).items[0];
    expect((await plan(other)).items).toEqual([]);
    await request(sut.http)
      .patch(`/api/plans/me/items/${mine.id}`)
      .set(...bearer(other.accessToken))
      .send({ priority: 1 })
      .expect(404);
    await request(sut.http)
      .delete(`/api/plans/me/items/${mine.id}`)
      .set(...bearer(other.accessToken))
      .expect(404);
    const provider = await registerUser(sut.http, 'provider');
    await request(sut.http)
      .get('/api/plans/me')
      .set(...bearer(provider.accessToken))
      .expect(403);
    await request(sut.http).get('/api/plans/me').expect(401);
  });

  it('shows which scenarios moved after a re-assessment and the adopted items in them', async () => {
    await request(sut.http)
      .post('/api/assessments')
      .set(...bearer(sme.accessToken))
      .send({ answers: answersAt(0, 1) })
      .expect(201);
    await request(sut.http)
      .post('/api/assessments')
      .set(...bearer(sme.accessToken))
      .send({ answers: answersAt(0, 1, { production_control: 3 }) })
      .expect(201);
    const { progress, items } = await plan();
    const mes = items.find((i) => i.offering !== null)!;
    expect(progress?.scenarios).toEqual([
      { code: 'production_control', before: 1, after: 3, adoptedItems: [mes.id] },
    ]);
  });

  it('deletes items', async () => {
    const { items } = await plan();
    const free = items.find((i) => i.offering === null)!;
    await request(sut.http)
      .delete(`/api/plans/me/items/${free.id}`)
      .set(...bearer(sme.accessToken))
      .expect(204);
    expect((await plan()).items.map((i) => i.id)).not.toContain(free.id);
  });
});
