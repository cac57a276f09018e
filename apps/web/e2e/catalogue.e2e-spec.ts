import { describe, expect, it } from '@jest/globals';
import {
  adminAccount,
  baseUrl,
  expectAccessible,
  logIn,
  usePeopleSession,
  withScreenshotOnFailure,
} from './browser';

const TIMEOUT_MS = 20_000;

/**
 * The catalogue loop across three people: a provider lists an offering with two plans and submits
 * it, an admin approves it from the review queue, and an anonymous visitor sees it published.
 */
describe('web catalogue flow', () => {
  const { newPage } = usePeopleSession(TIMEOUT_MS);

  it('provider lists and submits an offering, admin approves it, a visitor sees it', async () => {
    const run = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
    const providerName = `E2E 数字科技 ${run}`;
    const title = `E2E 云MES ${run}`;
    let offeringId = '';

    // 1. A new provider registers, fills in the profile and lists an offering with two plans.
    const provider = await newPage();
    await withScreenshotOnFailure(provider, 'catalogue-provider', async () => {
      await provider.goto(`${baseUrl()}/register?role=provider`);
      await provider.getByTestId('register-name').fill(providerName);
      await provider.getByTestId('register-email').fill(`e2e-provider-${run}@example.com`);
      await provider.getByTestId('register-password').fill('e2e-password-123');
      await provider.getByTestId('register-submit').click();
      await provider.waitForURL(`${baseUrl()}/provider`);

      // The home page's first next step leads to the profile, which explains it is needed first.
      await provider.getByTestId('next-step-profile').getByRole('link').click();
      await provider.waitForURL(`${baseUrl()}/provider/profile`);
      await provider.getByTestId('profile-first-time').waitFor();
      await expectAccessible(provider);
      await provider.getByTestId('profile-name').fill(providerName);
      await provider.getByTestId('profile-kind-service_provider').check();
      await provider
        .getByTestId('profile-description')
        .fill('面向中小制造企业提供数字化诊断、系统实施与培训服务。');
      await provider.getByTestId('profile-website').fill('https://example.com');
      await provider.getByTestId('profile-save').click();
      await provider.getByTestId('profile-first-saved').waitFor();
      await provider.getByTestId('profile-create-offering').click();
      await provider.waitForURL(`${baseUrl()}/provider/offerings/new`);

      await provider.getByTestId('offering-title').fill(title);
      await provider
        .getByTestId('offering-summary')
        .fill('扫码报工与生产进度看板，30 分钟上线，适合小型离散制造工厂。');
      await provider
        .getByTestId('offering-description')
        .fill('工人扫码报工，班组长实时查看进度。\n\n实施只需半天培训。');
      await provider.getByTestId('scenario-production_control').check();
      await provider.getByTestId('scenario-quality').check();
      await provider.getByTestId('stage-1').check();
      await provider.getByTestId('stage-2').check();
      await provider.getByTestId('offering-delivery-days').fill('7');

      await provider.getByTestId('plan-name-0').fill('基础版');
      await provider.getByTestId('plan-price-0').fill('99');
      await provider.getByTestId('plan-trial-0').fill('14');
      await provider.getByTestId('plan-add').click();
      await provider.getByTestId('plan-name-1').fill('专业版年付');
      // antd's button-style radios hide their input: click the label that wraps it.
      await provider.locator('label', { has: provider.getByTestId('plan-period-1-year') }).click();
      await expect(provider.getByTestId('plan-period-1-year').isChecked()).resolves.toBe(true);
      await provider.getByTestId('plan-price-1').fill('1,188.00');
      // The editor shows each plan's monthly equivalent, and the preview card the cheapest one.
      // (Both update on the next render: wait for the text rather than reading it at once.)
      await provider.getByTestId('plan-monthly-1').filter({ hasText: '¥99.00' }).waitFor();
      await provider.getByTestId('offering-card-preview').filter({ hasText: title }).waitFor();

      await provider.getByTestId('offering-save').click();
      await provider.waitForURL(/\/provider\/offerings\/[0-9a-f-]{36}\/edit$/);
      offeringId = /offerings\/([0-9a-f-]{36})\/edit/.exec(provider.url())?.[1] ?? '';
      expect(offeringId).not.toBe('');

      // Saved as a draft; the editor offers to submit it for review.
      await provider.getByTestId('offering-saved').waitFor();
      await expectAccessible(provider);
      await provider.getByTestId('submit-for-review').click();
      await provider.getByTestId('submit-for-review-confirm').click();
      await provider.waitForURL(`${baseUrl()}/provider/offerings`);
      const row = provider.getByTestId('my-offerings-table').locator('tr', { hasText: title });
      await row.getByTestId('status-pending').waitFor();
      await expectAccessible(provider);
    });

    // 2. The admin opens the review queue, finds the submission and approves it.
    const admin = await newPage();
    await withScreenshotOnFailure(admin, 'catalogue-admin', async () => {
      const account = adminAccount();
      await logIn(admin, account.email, account.password);
      await admin.waitForURL(`${baseUrl()}/admin`);

      await admin.getByTestId('nav-/admin/review').click();
      await admin.waitForURL(`${baseUrl()}/admin/review`);
      const search = admin.getByTestId('queue-search').locator('input');
      await search.fill(title);
      await search.press('Enter');
      const row = admin.getByTestId('review-queue-table').locator('tr', { hasText: title });
      await row.getByTestId('queue-type-new').waitFor();
      await row.getByTestId(`open-${offeringId}`).click();

      const drawer = admin.getByTestId('review-drawer');
      await expect(drawer.getByTestId('offering-title').textContent()).resolves.toBe(title);
      await drawer.getByTestId('review-approve').click();
      await admin.getByTestId('approve-confirm').click();
      await admin.getByText('已通过，方案已上架').waitFor();
      // The drawer closes and the offering leaves the queue.
      await drawer.waitFor({ state: 'hidden' });
      await admin.getByTestId(`open-${offeringId}`).waitFor({ state: 'detached' });
    });

    // 3. Anyone (a fresh, signed-out browser) sees the published offering with both plans.
    const visitor = await newPage();
    await withScreenshotOnFailure(visitor, 'catalogue-visitor', async () => {
      await visitor.goto(`${baseUrl()}/offerings/${offeringId}`);
      await expect(visitor.getByTestId('offering-title').textContent()).resolves.toBe(title);
      await expectAccessible(visitor);
      const plans = visitor.getByTestId('plans-table');
      await expect(plans.textContent()).resolves.toContain('基础版');
      await expect(plans.textContent()).resolves.toContain('专业版年付');
      await expect(plans.textContent()).resolves.toContain('¥1,188.00');
      await expect(visitor.getByTestId('offering-provider-link').textContent()).resolves.toBe(
        providerName,
      );
      await expect(visitor.getByTestId('offering-unpublished').count()).resolves.toBe(0);
    });
  }, 120_000);
});
