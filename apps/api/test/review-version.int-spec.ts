import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { OfferingView } from '@toolbox/contracts';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { createTestApp, type TestApp } from './harness.js';
import {
  bearer,
  createOffering,
  loginAdmin,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';

const ADMIN = { email: 'version-admin@example.com', password: 'admin-password-1' };

/**
 * api-v1 `version`: every change to an offering or its pending revision increments it; approve,
 * reject and suspend given a version that is no longer current answer 409 and change nothing.
 */
describe('review against the version the admin saw (issue 10)', () => {
  let sut: TestApp;
  let admin: string;
  let owner: TestProvider;

  const view = async (id: string, token = admin): Promise<OfferingView> =>
    (
      await request(sut.http)
        .get(`/api/offerings/${id}`)
        .set(...bearer(token))
        .expect(200)
    ).body as OfferingView;

  const patch = (id: string, body: object) =>
    request(sut.http)
      .patch(`/api/offerings/${id}`)
      .set(...bearer(owner.accessToken))
      .send(body)
      .expect(200);

  const review = (id: string, action: 'approve' | 'reject' | 'suspend', body?: object) => {
    const req = request(sut.http)
      .post(`/api/admin/offerings/${id}/${action}`)
      .set(...bearer(admin));
    return body === undefined ? req : req.send(body);
  };

  beforeAll(async () => {
    sut = await createTestApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    await sut.app.get(AuthService).ensureAdmin();
    admin = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    owner = await registerProvider(sut.http, '版本测试服务商');
  });
  afterAll(async () => {
    await sut.close();
  });

  it('increments version on every edit, submit and review, and shows it in every view', async () => {
    const created = await createOffering(sut.http, owner);
    expect(created.version).toBe(1);
    const edited = (await patch(created.id, { title: '改过的标题' })).body as OfferingView;
    expect(edited.version).toBe(2);
    await request(sut.http)
      .post(`/api/offerings/${created.id}/submit`)
      .set(...bearer(owner.accessToken))
      .expect(200);
    expect((await view(created.id)).version).toBe(3);
    await review(created.id, 'approve', { version: 3 }).expect(200);
    const published = await view(created.id, owner.accessToken);
    expect(published).toMatchObject({ status: 'published', version: 4 });
    // A pending revision is a change too.
    const revised = (await patch(created.id, { summary: '修订后的一句话' })).body as OfferingView;
    expect(revised).toMatchObject({ pendingRevision: true, version: 5 });
    const queue = (
      await request(sut.http)
        .get('/api/admin/offerings?status=pending')
        .set(...bearer(admin))
        .expect(200)
    ).body as { items: OfferingView[] };
    expect(queue.items.find((o) => o.id === created.id)?.version).toBe(5);
  });

  it('approve with a stale version is 409 and applies nothing; with the current one it is 200', async () => {
    const o = await publishOffering(sut.http, owner, admin);
    await patch(o.id, { title: '管理员看到的修订' });
    const seen = await view(o.id);
    const diff = (
      await request(sut.http)
        .get(`/api/admin/offerings/${o.id}/diff`)
        .set(...bearer(admin))
        .expect(200)
    ).body as { version: number };
    expect(diff.version).toBe(seen.version);
    // The provider replaces the revision after the admin read it.
    await patch(o.id, { title: '管理员没看到的修订' });

    const res = await review(o.id, 'approve', { version: seen.version }).expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, code: 'VERSION_CONFLICT' });
    const after = await view(o.id);
    expect(after).toMatchObject({ status: 'published', pendingRevision: true });
    expect(after.title).toBe(o.title);
    expect(after.revision?.title).toBe('管理员没看到的修订');
    expect(after.version).toBe(seen.version + 1);

    await review(o.id, 'approve', { version: after.version }).expect(200);
    const applied = await view(o.id);
    expect(applied).toMatchObject({ title: '管理员没看到的修订', pendingRevision: false });
    expect(applied.version).toBe(after.version + 1);
  });

  it('reject and suspend with a stale version are 409 and change nothing', async () => {
    const o = await publishOffering(sut.http, owner, admin);
    await patch(o.id, { title: '待驳回的修订' });
    const stale = (await view(o.id)).version - 1;

    await review(o.id, 'reject', { reason: '不符合要求', version: stale }).expect(409);
    expect(await view(o.id)).toMatchObject({ status: 'published', pendingRevision: true });
    await review(o.id, 'suspend', { reason: '违规', version: stale }).expect(409);
    expect(await view(o.id)).toMatchObject({ status: 'published', statusReason: null });

    const current = (await view(o.id)).version;
    await review(o.id, 'reject', { reason: '不符合要求', version: current }).expect(200);
    const rejected = await view(o.id);
    expect(rejected).toMatchObject({ status: 'published', pendingRevision: false });
    await review(o.id, 'suspend', { reason: '违规', version: rejected.version }).expect(200);
    expect(await view(o.id)).toMatchObject({ status: 'suspended' });
  });

  it('without a version, approve, reject and suspend act on whatever is current (as before)', async () => {
    const o = await createOffering(sut.http, owner);
    await request(sut.http)
      .post(`/api/offerings/${o.id}/submit`)
      .set(...bearer(owner.accessToken))
      .expect(200);
    await review(o.id, 'approve').expect(200);
    await patch(o.id, { title: '无版本驳回' });
    await review(o.id, 'reject', { reason: '不行' }).expect(200);
    await review(o.id, 'suspend', { reason: '下架' }).expect(200);
    expect(await view(o.id)).toMatchObject({ status: 'suspended' });
  });

  it('rejects a malformed version with 400', async () => {
    const o = await createOffering(sut.http, owner);
    const res = await review(o.id, 'approve', { version: 'latest' }).expect(400);
    expect(res.body).toMatchObject({
      errors: expect.arrayContaining([expect.objectContaining({ field: 'version' })]),
    });
    await review(o.id, 'approve', { version: 0 }).expect(400);
  });

  it('documents version on the review bodies in OpenAPI', async () => {
    const doc = (await request(sut.http).get('/api/docs-json').expect(200)).body as {
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(doc.components.schemas.ReviewVersionRequest?.properties).toHaveProperty('version');
    expect(doc.components.schemas.ReasonRequest?.properties).toHaveProperty('version');
    expect(doc.components.schemas.ReasonRequest?.properties).toHaveProperty('reason');
  });
});
