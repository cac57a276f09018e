import { describe, expect, it } from '@jest/globals';
import type { OfferingView, Page as ApiPage } from '@toolbox/contracts';
import {
  api,
  baseUrl,
  creditCode,
  DEMO_PROVIDER,
  E2E_PASSWORD,
  expectAccessible,
  logIn,
  usePeopleSession,
  uniqueEmail,
  withScreenshotOnFailure,
} from './browser';

const TIMEOUT_MS = 20_000;

interface Funnel {
  inquiries: number;
  trials: number;
}

/** Polls `read` until it gives a defined value, for at most `ms` (shorter than the test). */
async function until<T>(what: string, read: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Engagement across two people (issue 11): an SME requests a trial on an offering, the provider
 * replies from its lead inbox and moves the lead to trialing, the SME sees the reply and reviews
 * the offering; the review and the new rating show on the offering page and in search, and the
 * provider's funnel counts the lead.
 */
describe('web engagement flow', () => {
  const { newPage } = usePeopleSession(TIMEOUT_MS);

  it('SME requests a trial → provider replies and moves it to trialing → SME reviews; rating on the page and in search; funnel counts it', async () => {
    const run = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
    // A new SME with a company profile (set through the API: the profile screens have their own test).
    const smeEmail = uniqueEmail('eng-sme');
    const registered = await api<{ accessToken: string }>('POST', '/api/auth/register', {
      email: smeEmail,
      password: E2E_PASSWORD,
      name: 'E2E 采购经理',
      role: 'sme',
    });
    await api(
      'PUT',
      '/api/smes/me',
      {
        companyName: `E2E 南京精工 ${run}`,
        creditCode: creditCode('91320100MA'),
        industry: 'C34',
        region: '320100',
        employees: 80,
      },
      registered.accessToken,
    );
    // One of the demo provider's published offerings, and where its numbers stand now.
    const provider = await api<{ accessToken: string }>('POST', '/api/auth/login', DEMO_PROVIDER);
    const mine = await api<ApiPage<OfferingView>>(
      'GET',
      '/api/offerings/mine?pageSize=100',
      undefined,
      provider.accessToken,
    );
    const target = mine.items.find((o) => o.status === 'published');
    if (target === undefined) throw new Error('the demo provider has no published offering');
    const before = await api<OfferingView>('GET', `/api/offerings/${target.id}`);
    const funnelBefore = await api<Funnel>(
      'GET',
      '/api/providers/me/funnel',
      undefined,
      provider.accessToken,
    );
    const rating = 5;
    const count = before.reviewCount + 1;
    const expected =
      Math.round((((before.rating ?? 0) * before.reviewCount + rating) / count) * 10) / 10;

    // 1. The SME requests a trial from the offering page.
    const sme = await newPage();
    let inquiryId = '';
    await withScreenshotOnFailure(sme, 'engagement-sme-request', async () => {
      await logIn(sme, smeEmail, E2E_PASSWORD);
      await sme.goto(`${baseUrl()}/offerings/${target.id}`);
      await sme.getByTestId('inquiry-action-trial').click();
      await sme.getByTestId('inquiry-message').fill('我们想试用 14 天，请安排开通。');
      await sme.getByTestId('inquiry-submit').click();
      // The page now shows the open trial request instead of a second button, with its thread.
      const open = sme.getByTestId('inquiry-open-trial');
      inquiryId = (await open.getAttribute('data-inquiry-id')) ?? '';
      await open.getByRole('link').click();
      await sme.waitForURL(`${baseUrl()}/sme/inquiries/${inquiryId}`);
      await sme.getByTestId('inquiry-thread').waitFor();
      await expectAccessible(sme);
    });

    // 2. The provider replies from its lead inbox and moves the lead to trialing.
    const reply = `已为贵司开通试用账号 ${run}`;
    const prov = await newPage();
    await withScreenshotOnFailure(prov, 'engagement-provider', async () => {
      await logIn(prov, DEMO_PROVIDER.email, DEMO_PROVIDER.password);
      await prov.goto(`${baseUrl()}/provider/leads`);
      await prov.getByTestId(`lead-link-${inquiryId}`).click();
      await prov.getByTestId('lead-thread').waitFor();
      await prov.getByTestId('lead-composer').fill(reply);
      await prov.getByTestId('lead-send').click();
      await prov.getByTestId('lead-message-provider').filter({ hasText: reply }).waitFor();
      await prov.getByTestId('lead-move-trialing').click();
      await prov.getByRole('dialog').getByRole('button', { name: '确认变更' }).click();
      await until('the lead to be trialing', async () => {
        const inquiry = await api<{ status: string }>(
          'GET',
          `/api/inquiries/${inquiryId}`,
          undefined,
          provider.accessToken,
        );
        return inquiry.status === 'trialing' ? true : undefined;
      });
    });

    // 3. The SME sees the reply, then reviews the offering.
    const body = `试用两周，扫码报工很顺手，排产看板清楚 ${run}`;
    await withScreenshotOnFailure(sme, 'engagement-sme-review', async () => {
      await sme.reload();
      await sme.getByTestId('thread-message').filter({ hasText: reply }).waitFor();
      await sme.goto(`${baseUrl()}/offerings/${target.id}`);
      await sme.getByTestId('review-form').waitFor();
      await expectAccessible(sme);
      await sme
        .getByTestId('review-rating')
        .locator('.ant-rate-star')
        .nth(rating - 1)
        .click();
      await sme.getByTestId('review-body').fill(body);
      await sme.getByTestId('review-submit').click();
      await sme.getByTestId('review-item').filter({ hasText: body }).waitFor();
    });

    // 4. A visitor sees the review and the new rating on the offering page and in search.
    const visitor = await newPage();
    await withScreenshotOnFailure(visitor, 'engagement-visitor', async () => {
      await visitor.goto(`${baseUrl()}/offerings/${target.id}`);
      const review = visitor.getByTestId('review-item').filter({ hasText: body });
      await review.waitFor();
      await expectAccessible(visitor);
      await expect(review.getByTestId('review-verified').textContent()).resolves.toContain('试用');
      await expect(visitor.getByTestId('review-summary').textContent()).resolves.toContain(
        expected.toFixed(1),
      );
      // Search shows the new rating once the outbox has relayed it (the contract's 2 s).
      await until('the new rating in search', async () => {
        const found = await api<{ items: { id: string; rating: number | null }[] }>(
          'GET',
          `/api/search/offerings?q=${encodeURIComponent(target.title)}&pageSize=50`,
        );
        return found.items.find((i) => i.id === target.id)?.rating === expected ? true : undefined;
      });
      await visitor.goto(`${baseUrl()}/search?q=${encodeURIComponent(target.title)}`);
      const card = visitor
        .locator('article.tb-result')
        .filter({ has: visitor.locator(`a[href="/offerings/${target.id}"]`) });
      await expect(card.locator('.tb-result__rating').textContent()).resolves.toContain(
        expected.toFixed(1),
      );
    });

    // 5. The provider's funnel counts the lead as an inquiry and a trial, and its page shows
    //    the numbers the API gives for the period it asks for.
    const funnelAfter = await api<Funnel>(
      'GET',
      '/api/providers/me/funnel',
      undefined,
      provider.accessToken,
    );
    expect(funnelAfter.inquiries).toBe(funnelBefore.inquiries + 1);
    expect(funnelAfter.trials).toBe(funnelBefore.trials + 1);
    await withScreenshotOnFailure(prov, 'engagement-funnel', async () => {
      const answer = prov.waitForResponse(
        (r) => r.url().includes('/api/providers/me/funnel') && r.ok(),
      );
      await prov.goto(`${baseUrl()}/provider/funnel`);
      const shown = (await (await answer).json()) as Funnel;
      await prov.getByTestId('funnel-chart').waitFor();
      await expectAccessible(prov);
      const number = async (id: string): Promise<string> =>
        ((await prov.getByTestId(id).textContent()) ?? '').replace(/[,\s]/g, '');
      await expect(number('funnel-inquiries')).resolves.toBe(String(shown.inquiries));
      await expect(number('funnel-trials')).resolves.toBe(String(shown.trials));
      expect(shown.inquiries).toBeGreaterThanOrEqual(1);
    });
  });
});
