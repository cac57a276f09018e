import { describe, expect, it } from '@jest/globals';
import type { OfferingView, Page as ApiPage } from '@toolbox/contracts';
import type { Page } from 'playwright-core';
import {
  adminAccount,
  api,
  apiToken,
  baseUrl,
  DEMO_PROVIDER,
  DEMO_SME,
  logIn,
  usePeopleSession,
  withScreenshotOnFailure,
} from './browser';

const TIMEOUT_MS = 20_000;
/** One of the demo provider's published offerings (a case links the provider's own). */
async function publishedOffering(providerToken: string): Promise<OfferingView> {
  const page = await api<ApiPage<OfferingView>>(
    'GET',
    '/api/offerings/mine?status=published&pageSize=20',
    undefined,
    providerToken,
  );
  const offering = page.items[0];
  if (!offering) throw new Error('the demo provider has no published offering');
  return offering;
}

/** Picks an option of an antd (showSearch) Select by typing and clicking the match. */
async function pick(page: Page, testId: string, search: string, option: string): Promise<void> {
  const select = page.getByTestId(testId);
  await select.click();
  await page.keyboard.type(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: option,
    })
    .first()
    .click();
}

describe('case library', () => {
  const { newPage } = usePeopleSession(TIMEOUT_MS);

  it('an SME follows a weak scenario to cases of firms like it and opens one with metric cards', async () => {
    // The demo SME's newest assessment and its first weak scenario.
    const smeToken = await apiToken(DEMO_SME);
    const history = await api<ApiPage<{ id: string }>>(
      'GET',
      '/api/assessments?pageSize=1',
      undefined,
      smeToken,
    );
    const newest = history.items[0];
    if (!newest) throw new Error('the demo SME has no assessment');
    const assessment = await api<{ id: string; weakScenarios: string[] }>(
      'GET',
      `/api/assessments/${newest.id}`,
      undefined,
      smeToken,
    );
    const scenario = assessment.weakScenarios[0];
    if (!scenario) throw new Error('the demo SME has no weak scenario');
    const profile = await api<{ industry: string; region: string }>(
      'GET',
      '/api/smes/me',
      undefined,
      smeToken,
    );

    // A published case of a firm like it, in that scenario (the demo data may have one already).
    const run = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
    const providerToken = await apiToken(DEMO_PROVIDER);
    const offering = await publishedOffering(providerToken);
    const created = await api<{ id: string }>(
      'POST',
      '/api/cases',
      {
        title: `E2E 同行案例 ${run}`,
        story: '上线三个月后，订单准时交付明显改善。\n\n质量问题可追溯到工序。',
        industry: profile.industry,
        region: profile.region,
        scenarios: [scenario],
        offeringIds: [offering.id],
        metrics: [
          { code: 'on_time_delivery_pct', before: 82, after: 95 },
          { code: 'defect_rate_pct', before: 3.2, after: 1.1 },
        ],
      },
      providerToken,
    );
    await api('POST', `/api/cases/${created.id}/submit`, undefined, providerToken);
    await api(
      'POST',
      `/api/admin/cases/${created.id}/approve`,
      undefined,
      await apiToken(adminAccount()),
    );

    const sme = await newPage();
    await withScreenshotOnFailure(sme, 'cases-sme', async () => {
      await logIn(sme, DEMO_SME.email, DEMO_SME.password);
      await sme.goto(`${baseUrl()}/sme/assessment/${assessment.id}`);
      await sme.getByTestId('weak-scenarios').waitFor();

      // The weak scenario's "同类企业案例" link, by keyboard.
      const link = sme.getByTestId(`weak-${scenario}-cases`);
      await expect(link.textContent()).resolves.toContain('同类企业案例');
      await link.focus();
      await sme.keyboard.press('Enter');
      await sme.waitForURL(`${baseUrl()}/sme/cases?scenario=${scenario}`);
      await sme.getByTestId('peer-cases-page').waitFor();

      // Our case is among them (same industry first); open it.
      const card = sme.getByTestId('case-card').filter({ hasText: `E2E 同行案例 ${run}` });
      await card.getByTestId('case-card-link').click();
      await sme.waitForURL(`${baseUrl()}/cases/${created.id}`);

      // The case page: title, labels, linked offering and before/after metric cards.
      await expect(sme.getByTestId('case-title').textContent()).resolves.toBe(
        `E2E 同行案例 ${run}`,
      );
      await sme.getByTestId(`case-scenario-${scenario}`).waitFor();
      await sme.getByTestId(`case-offering-${offering.id}`).waitFor();
      const onTime = sme.getByTestId('case-metric-on_time_delivery_pct');
      await expect(onTime.getByTestId('metric-before').textContent()).resolves.toBe('82%');
      await expect(onTime.getByTestId('metric-after').textContent()).resolves.toBe('95%');
      await expect(onTime.getByTestId('metric-change').textContent()).resolves.toBe('↑13 个百分点');
      await expect(onTime.getAttribute('data-tone')).resolves.toBe('better');
      // A lower defect rate is the improvement too.
      const defects = sme.getByTestId('case-metric-defect_rate_pct');
      await expect(defects.getByTestId('metric-change').textContent()).resolves.toBe(
        '↓2.1 个百分点',
      );
      await expect(defects.getAttribute('data-tone')).resolves.toBe('better');
    });
  }, 120_000);

  it('a provider writes a case with a live preview and submits it, an admin approves it, the library shows it', async () => {
    const run = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
    const title = `E2E 扫码报工案例 ${run}`;
    const offering = await publishedOffering(await apiToken(DEMO_PROVIDER));
    let caseId = '';

    // 1. The provider writes the case; the preview follows the form.
    const provider = await newPage();
    await withScreenshotOnFailure(provider, 'cases-provider', async () => {
      await logIn(provider, DEMO_PROVIDER.email, DEMO_PROVIDER.password);
      await provider.getByTestId('nav-/provider/cases').click();
      await provider.waitForURL(`${baseUrl()}/provider/cases`);
      await provider.getByTestId('create-case').click();
      await provider.waitForURL(`${baseUrl()}/provider/cases/new`);

      const preview = provider.getByTestId('case-preview');
      await provider.getByTestId('case-title-input').fill(title);
      await preview.getByTestId('case-title').filter({ hasText: title }).waitFor();
      await pick(provider, 'case-industry-input', 'C34', '通用设备制造业');
      await preview.getByTestId('case-industry').filter({ hasText: '通用设备制造业' }).waitFor();
      const region = provider.getByTestId('case-region-input');
      await region.click();
      await provider.keyboard.type('拉萨');
      await provider.locator('.ant-cascader-menu-item', { hasText: '拉萨市' }).first().click();
      await preview.getByTestId('case-region').filter({ hasText: '拉萨市' }).waitFor();
      await pick(provider, 'case-scenarios-input', '质量', '质量管理');
      await provider.keyboard.press('Escape');
      await preview.getByTestId('case-scenario-quality').waitFor();
      await pick(provider, 'case-offerings-input', offering.title.slice(0, 4), offering.title);
      await provider.keyboard.press('Escape');
      await provider
        .getByTestId('case-story-input')
        .fill('工人扫码报工，班组长实时看进度。\n\n三个月后准时交付率从 82% 提到 95%。');
      await preview
        .getByTestId('case-story-body')
        .filter({ hasText: '班组长实时看进度' })
        .waitFor();

      // Two figures: a higher-is-better one and a lower-is-better one.
      await pick(provider, 'metric-code-0', '准时', '准时交付率');
      await provider.getByTestId('metric-before-0').fill('82');
      await provider.getByTestId('metric-after-0').fill('95');
      await provider.getByTestId('metric-add').click();
      await pick(provider, 'metric-code-1', '生产周期', '生产周期');
      await provider.getByTestId('metric-before-1').fill('30');
      await provider.getByTestId('metric-after-1').fill('18');
      const onTime = preview.getByTestId('case-metric-on_time_delivery_pct');
      await onTime.getByTestId('metric-change').filter({ hasText: '↑13 个百分点' }).waitFor();
      const lead = preview.getByTestId('case-metric-lead_time_days');
      await lead.getByTestId('metric-change').filter({ hasText: '↓12 天（−40%）' }).waitFor();
      await expect(lead.getAttribute('data-tone')).resolves.toBe('better');

      // Save and submit in one step, confirmed first.
      await provider.getByTestId('case-submit').click();
      await provider.getByTestId('case-submit-confirm').click();
      await provider.waitForURL(`${baseUrl()}/provider/cases`);
      const row = provider.getByTestId('my-cases-table').locator('tr', { hasText: title });
      await row.getByTestId('case-status-pending').waitFor();
      const view = row.locator('[data-testid^="case-view-"]');
      caseId = ((await view.getAttribute('data-testid')) ?? '').replace('case-view-', '');
      expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
    });

    // 2. The admin reads it in the review queue and approves it.
    const reviewer = await newPage();
    const admin = adminAccount();
    await withScreenshotOnFailure(reviewer, 'cases-admin', async () => {
      await logIn(reviewer, admin.email, admin.password);
      await reviewer.getByTestId('nav-/admin/cases').click();
      await reviewer.waitForURL(`${baseUrl()}/admin/cases`);
      await reviewer.getByTestId(`case-open-${caseId}`).click();
      const drawer = reviewer.getByTestId('case-review-drawer');
      await expect(drawer.getByTestId('case-title').textContent()).resolves.toBe(title);
      await drawer.getByTestId('case-metric-lead_time_days').waitFor();
      await drawer.getByTestId('case-approve').click();
      await reviewer.getByTestId('case-approve-confirm').click();
      await reviewer.getByText('已通过，案例已发布').waitFor();
      await reviewer.getByTestId(`case-open-${caseId}`).waitFor({ state: 'detached' });
    });

    // 3. A visitor finds it in the library (filters in the URL) and on the offering's page.
    const visitor = await newPage();
    await withScreenshotOnFailure(visitor, 'cases-visitor', async () => {
      await visitor.goto(`${baseUrl()}/cases?industry=C34&region=540100&scenario=quality`);
      const card = visitor.getByTestId('case-card').filter({ hasText: title });
      await card.waitFor();
      await card.getByTestId('case-card-link').click();
      await visitor.waitForURL(`${baseUrl()}/cases/${caseId}`);
      await expect(visitor.getByTestId('case-title').textContent()).resolves.toBe(title);
      await expect(
        visitor
          .getByTestId('case-metric-lead_time_days')
          .getByTestId('metric-change')
          .textContent(),
      ).resolves.toBe('↓12 天（−40%）');

      await visitor.getByTestId(`case-offering-${offering.id}`).click();
      await visitor.waitForURL(`${baseUrl()}/offerings/${offering.id}`);
      await visitor.getByTestId('offering-cases').getByTestId('case-card').first().waitFor();
    });
  }, 150_000);
});
