import { describe, expect, it } from '@jest/globals';
import type { MatchResponse, PlanItemView } from '@toolbox/contracts';
import type { Page } from 'playwright-core';
import {
  api,
  baseUrl,
  creditCode,
  expectAccessible,
  pageToken,
  registerSme,
  useBrowserSession,
  withScreenshotOnFailure,
} from './browser';

const TIMEOUT_MS = 20_000;

/** Fills the open inquiry dialog's message and sends it. */
async function sendInquiry(page: Page, text: string): Promise<void> {
  const dialog = page.getByTestId('inquiry-dialog');
  await dialog.waitFor();
  expect(await dialog.getAttribute('data-kind')).toBe('trial');
  await page.getByTestId('inquiry-message').fill(text);
  await page.getByTestId('inquiry-submit').click();
  await dialog.waitFor({ state: 'detached' });
}

/**
 * Issue 11 beyond the offering page: an SME requests a trial from its matches list (the card then
 * links the thread), sees that inquiry on the plan card of the same offering, and moves another
 * offering item to trial, where the card offers 申请试用 (opened from the keyboard).
 */
describe('web engagement from the matches list and the plan', () => {
  const session = useBrowserSession(TIMEOUT_MS);

  it('SME requests a trial from a match; the plan card links it; an item moved to trial offers one', async () => {
    const page = session.page();
    await withScreenshotOnFailure(page, 'engagement-quick', async () => {
      await registerSme(page, 'E2E 快捷试用', 'eng-quick');
      const token = await pageToken(page);
      const run = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
      await api(
        'PUT',
        '/api/smes/me',
        {
          companyName: `E2E 苏州精密 ${run}`,
          creditCode: creditCode('91320100MA'),
          industry: 'C34',
          region: '320100',
          employees: 60,
        },
        token,
      );
      const matches = await api<MatchResponse>('GET', '/api/matches?limit=10', undefined, token);
      const [first, second] = matches.items;
      if (first === undefined || second === undefined) throw new Error('fewer than two matches');

      // 1. 为您推荐: the first match's "申请试用" opens the inquiry dialog; once sent, the card
      //    shows the request's status and a link to its thread instead of the button.
      await page.goto(`${baseUrl()}/sme/matches`);
      const matchAction = page.getByTestId(`match-inquiry-${first.offering.id}`);
      await page
        .locator(`[data-testid="match-inquiry-${first.offering.id}"][data-state="new"]`)
        .waitFor();
      await matchAction.getByRole('button').click();
      await sendInquiry(page, '看到推荐，想申请 14 天试用。');
      await page
        .locator(`[data-testid="match-inquiry-${first.offering.id}"][data-state="open"]`)
        .waitFor();
      const inquiryId = (await matchAction.getAttribute('data-inquiry-id')) ?? '';
      expect(inquiryId).not.toBe('');
      await expect(
        matchAction.getByTestId('inquiry-status').getAttribute('data-status'),
      ).resolves.toBe('open');
      const inquiry = await api<{ kind: string; offering: { id: string } }>(
        'GET',
        `/api/inquiries/${inquiryId}`,
        undefined,
        token,
      );
      expect(inquiry).toMatchObject({ kind: 'trial', offering: { id: first.offering.id } });

      // 2. Both offerings in the plan (through the API: adding has its own test).
      const add = (offering: (typeof matches.items)[number]['offering']) =>
        api<PlanItemView>(
          'POST',
          '/api/plans/me/items',
          {
            offeringId: offering.id,
            scenario: offering.scenarios[0],
            priority: 3,
            phase: 'now',
          },
          token,
        );
      const linkedItem = await add(first.offering);
      const otherItem = await add(second.offering);

      await page.goto(`${baseUrl()}/sme/plan`);
      const linked = page.locator(
        `[data-testid="plan-inquiry-${linkedItem.id}"][data-state="open"]`,
      );
      await linked.waitFor();
      await expectAccessible(page);
      expect(await linked.getAttribute('data-inquiry-id')).toBe(inquiryId);
      await linked.getByRole('link').click();
      await page.waitForURL(`${baseUrl()}/sme/inquiries/${inquiryId}`);
      await page.getByTestId('inquiry-thread').waitFor();
      await expectAccessible(page);

      // 3. The other item is planned: a plain 申请试用. Moved to trial, the card asks for one
      //    (the move itself needs no inquiry), opened here from the keyboard.
      await page.goto(`${baseUrl()}/sme/plan`);
      const other = page.getByTestId(`plan-inquiry-${otherItem.id}`);
      await page
        .locator(`[data-testid="plan-inquiry-${otherItem.id}"][data-state="new"]`)
        .waitFor();
      await page.getByTestId(`plan-item-${otherItem.id}-move-trial`).click();
      await page
        .locator(`[data-testid="plan-item-${otherItem.id}"][data-status="trial"]`)
        .waitFor();
      await other.locator('.tb-eng-quick__hint').waitFor();
      const request = other.getByRole('button');
      await request.focus();
      await page.keyboard.press('Enter');
      await sendInquiry(page, '计划里已进入试用阶段，请开通试用账号。');
      await page
        .locator(`[data-testid="plan-inquiry-${otherItem.id}"][data-state="open"]`)
        .waitFor();
      expect(await other.getAttribute('data-inquiry-id')).not.toBe(inquiryId);
    });
  });
});
