import { describe, expect, it } from '@jest/globals';
import type { SearchItem } from '@toolbox/contracts';
import { CURRENT_QUESTIONNAIRE, type Indicator, NOT_APPLICABLE } from '@toolbox/domain';
import type { Page } from 'playwright-core';
import {
  baseUrl,
  clickSettled,
  expectAccessible,
  pageToken,
  registerSme,
  useBrowserSession,
  withScreenshotOnFailure,
} from './browser';
import { formatCny } from '@toolbox/domain';

const TIMEOUT_MS = 20_000;

/**
 * The answer the test gives each indicator: a middling firm (level 1) with a few scenarios
 * not applicable and one rated higher, so the result has weak scenarios to plan for.
 */
function choiceFor(indicator: Indicator): string {
  if (indicator.kind === 'rating') {
    if (indicator.code === 'hr' || indicator.code === 'after_sales') return NOT_APPLICABLE;
    return indicator.code === 'collaboration' ? 'r2' : 'r1';
  }
  const options = indicator.options.map((option) => option.code);
  if (indicator.multiple) return indicator.code === 'f_data_security' ? 'none' : options[0];
  return options[Math.floor(options.length / 2)];
}

async function answerDimension(page: Page, index: number): Promise<void> {
  const dimension = CURRENT_QUESTIONNAIRE.dimensions[index];
  for (const indicator of dimension.indicators) {
    await page.getByTestId(`option-${indicator.code}-${choiceFor(indicator)}`).click();
  }
}

/** A published offering with a price, to see the plan's costs move (the demo data has many). */
async function pricedOffering(page: Page): Promise<SearchItem> {
  const response = await page.request.get(`${baseUrl()}/api/search/offerings?pageSize=50`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { items: SearchItem[] };
  const offering = body.items.find((item) => item.minMonthlyPriceCents > 0);
  if (!offering) throw new Error('no published offering with a price: is the demo data seeded?');
  return offering;
}

describe('assessment and plan', () => {
  const session = useBrowserSession(TIMEOUT_MS);

  it('answers the whole questionnaire, sees the result and carries a weak scenario through the plan', async () => {
    const page = session.page();
    await withScreenshotOnFailure(page, 'assessment-to-plan', async () => {
      await registerSme(page, `评估测试企业 ${Date.now() % 100000}`, 'assess');

      // The home page's first step leads to the wizard.
      await page.getByTestId('next-step-assess').getByRole('link').click();
      await page.waitForURL(`${baseUrl()}/sme/assessment`);
      await page.getByTestId('assessment-wizard').waitFor();
      await expectAccessible(page);
      await expect(page.getByTestId('running-total').textContent()).resolves.toBe('0');

      // Step 1, with the running score moving and the draft saved as we go.
      await answerDimension(page, 0);
      await expect(page.getByTestId('answered-progress').textContent()).resolves.toContain('7/31');
      expect(Number(await page.getByTestId('running-total').textContent())).toBeGreaterThan(0);
      await page.locator('[data-testid="draft-status"][data-state="saved"]').waitFor();

      // Leaving and coming back resumes the draft at the first unfinished part.
      await page.reload();
      await page.getByTestId('draft-resumed').waitFor();
      await expect(page.getByTestId('answered-progress').textContent()).resolves.toContain('7/31');
      await page.getByTestId('question-m_plan_execution').waitFor();

      // Submitting early leads to the first unanswered question instead.
      for (let step = 1; step < CURRENT_QUESTIONNAIRE.dimensions.length; step += 1) {
        await page.getByTestId('wizard-next').click();
      }
      await page.getByTestId('assessment-submit').click();
      await page
        .locator('.tb-question--missing[data-testid="question-m_plan_execution"]')
        .waitFor();

      // The rest of the questionnaire, step by step.
      for (let index = 1; index < CURRENT_QUESTIONNAIRE.dimensions.length; index += 1) {
        await answerDimension(page, index);
        await page.getByTestId('wizard-next').click();
      }
      await page.getByTestId('review-ready').waitFor();
      await expect(page.getByTestId('answered-progress').textContent()).resolves.toContain('31/31');
      await page.getByTestId('assessment-submit').click();
      const confirm = page.getByTestId('assessment-confirm-submit');
      await clickSettled(page, confirm);
      await confirm.waitFor({ state: 'hidden' });

      // The result: level badge, radar chart, heat map, weak scenarios.
      await page.waitForURL(/\/sme\/assessment\/[0-9a-f-]{36}$/);
      const badge = page.getByTestId('level-badge');
      await badge.waitFor();
      await expectAccessible(page);
      await expect(badge.getAttribute('data-level')).resolves.toBe('1');
      await expect(page.getByTestId('level-name').textContent()).resolves.toBe('一级');
      await page.locator('[data-testid="dimension-radar"] canvas').first().waitFor();
      await expect(page.getByTestId('heat-hr').getAttribute('data-rating')).resolves.toBe('na');
      await expect(
        page.getByTestId('heat-collaboration').getAttribute('data-rating'),
      ).resolves.toBe('2');
      await page.getByTestId('level-rule-note').waitFor();
      await page.getByTestId('change-first').waitFor();

      // Constraint scenarios come first among the weak ones; plan the first.
      const firstWeak = page.getByTestId('weak-scenarios').locator(':scope > li').first();
      const weakCode = (await firstWeak.getAttribute('data-testid'))!.replace(/^weak-/, '');
      expect(CURRENT_QUESTIONNAIRE.constraintScenarios).toContain(weakCode);
      await expect(page.getByTestId(`weak-${weakCode}-search`).getAttribute('href')).resolves.toBe(
        `/search?scenario=${weakCode}`,
      );
      await page.getByTestId(`weak-${weakCode}-add-to-plan`).click();
      await page.getByTestId('plan-dialog-submit').click();
      const added = page.locator(
        `[data-testid="weak-${weakCode}-add-to-plan"][data-state="added"]`,
      );
      await added.waitFor();

      // An offering with a price goes into the plan too (other pages add offerings).
      const offering = await pricedOffering(page);
      const token = await pageToken(page);
      const created = await page.request.post(`${baseUrl()}/api/plans/me/items`, {
        headers: { Authorization: `Bearer ${token}` },
        data: { offeringId: offering.id, scenario: weakCode, priority: 4, phase: 'next' },
      });
      expect(created.status()).toBe(201);
      const offeringItem = (await created.json()) as {
        id: string;
        monthlyCents: number;
        netMonthlyCents: number;
      };
      expect(offeringItem.monthlyCents).toBeGreaterThan(0);

      // On the board: the free-text item is planned now, nothing adopted yet.
      await added.click();
      await page.waitForURL(`${baseUrl()}/sme/plan`);
      const nowColumn = page.getByTestId('plan-column-now');
      const card = nowColumn.locator('[data-testid^="plan-item-"][data-status="planned"]').first();
      await card.waitFor();
      await expectAccessible(page);
      const itemId = (await card.getAttribute('data-testid'))!.replace(/^plan-item-/, '');
      await expect(page.getByTestId('cost-adopted-monthly').textContent()).resolves.toContain(
        '¥0.00',
      );

      // Adopt both; the adopted cost becomes the offering's monthly cost.
      await page.getByTestId(`plan-item-${itemId}-move-adopted`).click();
      await page.locator(`[data-testid="plan-item-${itemId}"][data-status="adopted"]`).waitFor();
      await page.getByTestId(`plan-item-${offeringItem.id}-move-adopted`).click();
      await page
        .locator(`[data-testid="plan-item-${offeringItem.id}"][data-status="adopted"]`)
        .waitFor();
      // As the page writes money: ¥, two decimals, thousands separators (¥1,249.17); the
      // amount after any subsidy the SME is eligible for.
      const yuan = formatCny(offeringItem.netMonthlyCents, 'zh-CN');
      await page.waitForFunction(
        (expected) =>
          document
            .querySelector('[data-testid="cost-adopted-monthly"]')
            ?.textContent?.includes(expected) ?? false,
        yuan,
      );

      // Grouped by status, both items sit in the adopted column.
      await page.getByTestId('plan-grouping').getByText('按状态').click();
      const adoptedColumn = page.getByTestId('plan-column-adopted');
      await adoptedColumn.getByTestId(`plan-item-${itemId}`).waitFor();
      await adoptedColumn.getByTestId(`plan-item-${offeringItem.id}`).waitFor();
      await expect(
        page.getByTestId('plan-column-planned').locator('article').count(),
      ).resolves.toBe(0);
    });
  }, 120_000);
});
