import { describe, expect, it } from '@jest/globals';
import type {
  ApplicationView,
  OfferingView,
  Page as ApiPage,
  ProgrammeView,
} from '@toolbox/contracts';
import { formatCny, regionContains } from '@toolbox/domain';
import {
  api,
  baseUrl,
  creditCode,
  DEMO_GOV,
  DEMO_PROVIDER,
  E2E_PASSWORD,
  logIn,
  usePeopleSession,
  uniqueEmail,
  withScreenshotOnFailure,
} from './browser';

const TIMEOUT_MS = 20_000;

/** Fen as the UI shows it: "¥1,234.50". */
const formatFen = (cents: number): string => formatCny(cents, 'zh-CN');

/**
 * Public programmes across two people (issue 12): the demo gov (Zhejiang) creates and publishes
 * a programme in the browser → a Hangzhou SME sees the subsidised net price on an offering's page
 * and applies → the gov approves in its queue and the budget bar moves by the granted amount.
 */

describe('web public programmes flow', () => {
  const { newPage } = usePeopleSession(TIMEOUT_MS);

  it('gov creates and publishes a programme → SME sees the net price and applies → gov approves and the budget bar moves', async () => {
    const run = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
    const name = `E2E 数字化改造补贴 ${run}`;

    // A new Hangzhou SME with a company profile (through the API; its screens have their own tests).
    const smeEmail = uniqueEmail('prog-sme');
    const registered = await api<{ accessToken: string }>('POST', '/api/auth/register', {
      email: smeEmail,
      password: E2E_PASSWORD,
      name: 'E2E 杭州采购',
      role: 'sme',
    });
    await api(
      'PUT',
      '/api/smes/me',
      {
        companyName: `E2E 杭州精工 ${run}`,
        creditCode: creditCode(),
        industry: 'C34',
        region: '330100',
        employees: 60,
      },
      registered.accessToken,
    );
    // A published demo offering that serves Hangzhou and has a paid plan.
    const provider = await api<{ accessToken: string }>('POST', '/api/auth/login', DEMO_PROVIDER);
    const mine = await api<ApiPage<OfferingView>>(
      'GET',
      '/api/offerings/mine?pageSize=100',
      undefined,
      provider.accessToken,
    );
    const target = mine.items.find(
      (o) =>
        o.status === 'published' &&
        o.plans.some((p) => p.priceCents > 0) &&
        (o.regions.length === 0 || o.regions.some((r) => regionContains(r, '330100'))),
    );
    if (target === undefined) throw new Error('no published demo offering serves Hangzhou');
    const plan = target.plans.find((p) => p.priceCents > 0);
    if (plan === undefined) throw new Error('no paid plan');
    // 90 % with a cap far above the price: this programme is the best for the plan.
    const expectedSubsidy = Math.round((plan.priceCents * 90) / 100);
    const gov = await api<{ accessToken: string }>('POST', '/api/auth/login', DEMO_GOV);

    // 1. The gov creates the programme in the drawer and publishes it.
    const govPage = await newPage();
    let programme: ProgrammeView | undefined;
    await withScreenshotOnFailure(govPage, 'programmes-gov-create', async () => {
      await logIn(govPage, DEMO_GOV.email, DEMO_GOV.password);
      await govPage.waitForURL(`${baseUrl()}/gov`);
      await govPage.getByTestId('programme-create').click();
      await govPage.getByTestId('programme-name').fill(name);
      await govPage.getByTestId('programme-description').fill('E2E 测试项目');
      await govPage.getByTestId('programme-percent').fill('90');
      await govPage.getByTestId('programme-cap').fill('1,000,000');
      await govPage.getByTestId('programme-budget').fill('5000000');
      await govPage.getByTestId('programme-save').click();
      await govPage.getByTestId('programme-drawer').waitFor({ state: 'hidden' });
      const list = await api<ApiPage<ProgrammeView>>(
        'GET',
        '/api/programmes?status=draft&pageSize=100',
        undefined,
        gov.accessToken,
      );
      programme = list.items.find((p) => p.name === name);
      if (programme === undefined) throw new Error('the programme was not created');
      expect(programme).toMatchObject({
        region: '330000',
        subsidyPercent: 90,
        capCents: 100_000_000,
        budgetCents: 500_000_000,
        status: 'draft',
      });
      await govPage.getByTestId(`programme-publish-${programme.id}`).click();
      await govPage.getByTestId('programme-publish-confirm').click();
      await govPage
        .getByTestId(`programme-status-${programme.id}`)
        .filter({ hasText: '已发布' })
        .waitFor();
    });
    if (programme === undefined) throw new Error('unreachable');
    const programmeId = programme.id;

    // 2. The SME sees the net price on the offering's page and applies.
    const sme = await newPage();
    await withScreenshotOnFailure(sme, 'programmes-sme-apply', async () => {
      await logIn(sme, smeEmail, E2E_PASSWORD);
      await sme.getByTestId('eligible-programmes').getByText(name).waitFor();
      await sme.goto(`${baseUrl()}/offerings/${target.id}`);
      const subsidies = sme.getByTestId('offering-subsidies');
      await subsidies.waitFor();
      await expect(sme.getByTestId('subsidy-eligibility').textContent()).resolves.toBe(
        '可申请补贴',
      );
      const net = formatFen(plan.priceCents - expectedSubsidy);
      await sme.getByTestId(`net-price-${plan.name}`).filter({ hasText: net }).waitFor();
      await subsidies.getByText(name).first().waitFor();
      await sme.getByTestId(`apply-plan-${plan.name}`).click();
      await sme.getByTestId('apply-summary').waitFor();
      await sme.getByTestId('apply-submit').click();
      await sme.getByTestId('apply-dialog').waitFor({ state: 'hidden' });
    });
    const applications = await api<ApiPage<ApplicationView>>(
      'GET',
      `/api/applications?programmeId=${programmeId}`,
      undefined,
      gov.accessToken,
    );
    const application = applications.items[0];
    expect(applications.total).toBe(1);
    expect(application).toMatchObject({ status: 'submitted', requestedCents: expectedSubsidy });
    if (application === undefined) throw new Error('unreachable');

    // 3. The gov approves from its queue; the budget bar moves by the grant.
    await withScreenshotOnFailure(govPage, 'programmes-gov-approve', async () => {
      await govPage.getByTestId(`programme-applications-${programmeId}`).click();
      await govPage.waitForURL((url) => url.pathname === '/gov/applications');
      const bar = govPage.getByTestId('applications-budget');
      await bar.waitFor();
      await expect(bar.getAttribute('data-committed-cents')).resolves.toBe('0');
      await govPage.getByTestId(`application-eligible-${application.id}`).waitFor();
      await govPage.getByTestId(`application-approve-${application.id}`).click();
      await govPage.getByTestId('application-approve-confirm').click();
      await govPage
        .getByTestId(`application-status-${application.id}`)
        .filter({ hasText: '已批准' })
        .waitFor();
      await govPage
        .locator(`[data-testid="applications-budget"][data-committed-cents="${expectedSubsidy}"]`)
        .waitFor();
      // The programme list and its ledger show the same.
      await govPage.goto(`${baseUrl()}/gov`);
      await govPage
        .locator(
          `[data-testid="programme-budget-${programmeId}"][data-committed-cents="${expectedSubsidy}"]`,
        )
        .waitFor();
      await govPage.getByTestId(`programme-ledger-${programmeId}`).click();
      await govPage
        .getByTestId('ledger-table')
        .getByText(formatFen(expectedSubsidy))
        .first()
        .waitFor();
    });

    // The SME's 我的申请 shows the approval.
    await withScreenshotOnFailure(sme, 'programmes-sme-mine', async () => {
      await sme.goto(`${baseUrl()}/sme/applications`);
      await sme
        .getByTestId(`my-application-status-${application.id}`)
        .filter({ hasText: '已批准' })
        .waitFor();
    });
  }, 120_000);
});
