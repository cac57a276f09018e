/**
 * Step 10: approval to findable — a provider submits offerings one at a time, the admin
 * approves each after an idle moment, and the search is polled until it finds it (10 s bound).
 */
import { approvalMarker, approvalOfferingBody } from '../approvals.js';
import { summarise } from '../http.js';
import { str } from '../json-fields.js';
import type { Results } from '../results.js';
import { type BenchContext, sleep } from '../run.js';

const FINDABLE_WITHIN_MS = 10_000;

type Approvals = Results['approvals'];

export async function measureApprovals(ctx: BenchContext, adminToken: string): Promise<Approvals> {
  const { opts } = ctx;
  const a = (
    await ctx.phases.run(`approval-to-findable, ${opts.approvals} approvals one at a time`, () =>
      approvals(ctx, adminToken),
    )
  ).value;
  ctx.say(
    `approval → findable: p50 ${a.fromRequest.p50.toFixed(0)} ms, p95 ${a.fromRequest.p95.toFixed(0)} ms (from the approve request); not found within 10 s: ${a.notFound}`,
  );
  return a;
}

async function approvals(ctx: BenchContext, adminToken: string): Promise<Approvals> {
  const { api, opts } = ctx;
  const token = await registerProvider(ctx);
  const fromRequest: number[] = [];
  const fromAck: number[] = [];
  const approveCall: number[] = [];
  let notFound = 0;
  const poller = ctx.httpClient(ctx.stack.url, 1);
  for (let i = 0; i < opts.approvals; i += 1) {
    ctx.checkAborted();
    const marker = approvalMarker(i);
    const created = await api.json({
      method: 'POST',
      path: '/api/offerings',
      token,
      expect: 201,
      body: approvalOfferingBody(marker),
    });
    const id = str(created, 'id');
    await api.json({ method: 'POST', path: `/api/offerings/${id}/submit`, token });
    await sleep(300); // idle before each approval
    const t0a = performance.now();
    const approved = await api.request({
      method: 'POST',
      path: `/api/admin/offerings/${id}/approve`,
      headers: { authorization: `Bearer ${adminToken}` },
    });
    const tAck = performance.now();
    if (approved.status !== 200)
      throw new Error(`approve answered ${approved.status}: ${approved.body.toString('utf8')}`);
    approveCall.push(tAck - t0a);
    let found = false;
    while (performance.now() - t0a < FINDABLE_WITHIN_MS) {
      const r = await poller.request({
        method: 'GET',
        path: `/api/search/offerings?q=${marker}&pageSize=5`,
      });
      if (r.status === 200 && r.body.includes(id)) {
        found = true;
        break;
      }
      await sleep(5);
    }
    const tFound = performance.now();
    if (!found) {
      notFound += 1;
      continue;
    }
    fromRequest.push(tFound - t0a);
    fromAck.push(tFound - tAck);
  }
  return {
    n: opts.approvals,
    fromRequest: summarise(fromRequest, 0, notFound),
    fromAck: summarise(fromAck, 0, notFound),
    approveCall: summarise(approveCall, 0, 0),
    notFound,
  };
}

/** Registers the provider whose offerings are approved; returns its token. */
async function registerProvider(ctx: BenchContext): Promise<string> {
  const { api } = ctx;
  const reg = await api.json({
    method: 'POST',
    path: '/api/auth/register',
    expect: 201,
    body: JSON.stringify({
      email: 'bench-provider@bench.toolbox.local',
      password: 'Bench-provider-password',
      name: 'Bench provider',
      role: 'provider',
    }),
  });
  const token = str(reg, 'accessToken');
  await api.json({
    method: 'PUT',
    path: '/api/providers/me',
    token,
    body: JSON.stringify({
      name: '基准测试服务商',
      kind: 'service_provider',
      description: '用于测量审批到可搜索延迟的服务商。',
    }),
  });
  return token;
}
