import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import {
  expectAccessible,
  baseUrl,
  registerSme,
  useBrowserSession,
  withScreenshotOnFailure,
} from './browser';

const TIMEOUT_MS = 20_000;
/** A valid unified social credit code (its check character is right). */
const CREDIT_CODE = '91330106MA20000150';

/** The number in "共 27 个方案". */
async function resultTotal(page: Page): Promise<number> {
  const text = (await page.getByTestId('search-total').textContent()) ?? '';
  const match = /(\d+)/.exec(text);
  if (!match) throw new Error(`no result count in "${text}"`);
  return Number(match[1]);
}

/** Waits until no search request is in flight (the previous answer stays on screen meanwhile). */
async function waitForResults(page: Page): Promise<void> {
  await page.locator('[data-testid="search-results"][aria-busy="false"]').waitFor();
}

async function waitForTotal(page: Page, expected: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="search-total"]')?.textContent?.includes(` ${n} `),
    expected,
  );
  await waitForResults(page);
}

async function fillCompanyProfile(page: Page): Promise<void> {
  await page.getByTestId('profile-company-name').fill('杭州测试精密机械有限公司');

  // A wrong check character is explained as the user types, and lower case becomes upper case.
  const creditCode = page.getByTestId('profile-credit-code');
  await creditCode.fill('91330106ma20000151');
  await expect(creditCode.inputValue()).resolves.toBe('91330106MA20000151');
  await page.getByText('校验位（第 18 位）与前 17 位不符', { exact: false }).waitFor();
  await creditCode.fill(CREDIT_CODE);

  await page.getByTestId('profile-industry').click();
  await page.keyboard.type('C34');
  await page.locator('.ant-select-item-option[title="C34 通用设备制造业"]').click();

  await page.getByTestId('profile-region').click();
  await page.locator('.ant-cascader-menu-item[title="浙江省"]').click();
  await page.locator('.ant-cascader-menu-item[title="杭州市"]').click();

  await page.getByTestId('profile-employees').fill('80');
  await page.getByTestId('profile-revenue').fill('2500');
  // 80 employees and ¥25 million: a small firm, derived live.
  await expect(page.getByTestId('size-class').textContent()).resolves.toContain('小型企业');

  await page.getByTestId('profile-submit').click();
  await page.getByTestId('profile-saved').waitFor();
}

async function fillNeeds(page: Page): Promise<void> {
  await page.getByTestId('profile-saved').getByRole('link').click();
  await page.waitForURL(`${baseUrl()}/sme/needs`);
  await page.getByTestId('need-scenario-quality').check();
  await page.getByTestId('need-scenario-production_control').check();
  // Quality is the most urgent: the fifth flame.
  await page.getByTestId('need-priority-quality').getByRole('radio').nth(4).click();
  await expect(page.getByTestId('need-priority-quality').textContent()).resolves.toContain('5');
  await page.getByTestId('needs-budget').fill('3000');
  await page.getByTestId('needs-deployment').getByText('公有云').click();
  await page
    .getByTestId('needs-notes')
    .fill('希望先解决质检数据靠手工记录、出了问题追不到批次的情况。');
  await page.getByTestId('needs-submit').click();
  await page.getByTestId('needs-saved').waitFor();
}

describe('web search and matching', () => {
  const session = useBrowserSession(TIMEOUT_MS);

  it('an SME fills in its profile and needs, gets explained matches, then searches with a facet', async () => {
    const page = session.page();
    await withScreenshotOnFailure(page, 'search-and-matching', async () => {
      await registerSme(page, '匹配测试用户', 'match');

      // The home's "discover" step leads to the recommendations, which first ask for the
      // company profile.
      await page.getByTestId('next-step-discover').getByRole('link').click();
      await page.waitForURL(`${baseUrl()}/sme/matches`);
      await page.getByTestId('matches-profile-required').waitFor();
      await expectAccessible(page);
      await page.getByTestId('matches-fill-profile').click();
      await page.waitForURL(`${baseUrl()}/sme/profile`);

      await fillCompanyProfile(page);
      await fillNeeds(page);

      // 为您推荐: results, each with a score and reason tags.
      await page.getByTestId('needs-saved').getByRole('link').click();
      await page.waitForURL(`${baseUrl()}/sme/matches`);
      await page.getByTestId('match-result').first().waitFor();
      await expectAccessible(page);
      expect(await page.getByTestId('match-result').count()).toBeGreaterThan(0);
      const first = page.getByTestId('match-result').first();
      expect(await first.getByTestId('match-reason').count()).toBeGreaterThan(0);
      await expect(first.getByTestId('match-score').textContent()).resolves.toMatch(/\d+%/);
      const reasonCodes = await page
        .getByTestId('match-reason')
        .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-reason')));
      // The SME asked for quality with priority 5: some result says it meets that need.
      expect(reasonCodes).toContain('scenario');
      await expect(page.getByTestId('matches-list').textContent()).resolves.toContain('质量管理');

      // Search: type, see suggestions, press Enter to search for the text.
      await page.goto(`${baseUrl()}/search`);
      const input = page.getByTestId('search-input').locator('input');
      await input.fill('质量');
      await page.getByTestId('search-suggestion').first().waitFor();
      await input.press('Enter');
      await page.waitForURL(/\/search\?q=%E8%B4%A8%E9%87%8F$/);
      // Fresh results for the text have the matches marked.
      await page.locator('[data-testid="search-result"] mark').first().waitFor();
      await expectAccessible(page);
      await waitForResults(page);
      const total = await resultTotal(page);
      expect(total).toBeGreaterThan(0);

      // Tick a scenario facet whose count is below the total: the count becomes the new total.
      const facet = await page.evaluate((all) => {
        for (const item of document.querySelectorAll('[data-testid="search-filters"] li')) {
          const box = item.querySelector<HTMLInputElement>('input[data-testid^="facet-scenario-"]');
          const count = Number(item.querySelector('.tb-facet__count')?.textContent ?? 'NaN');
          if (box && !box.checked && count > 0 && count < all) {
            return { testId: box.dataset.testid ?? '', count };
          }
        }
        return null;
      }, total);
      expect(facet).not.toBeNull();
      const { testId, count } = facet!;
      const code = testId.replace('facet-scenario-', '');
      // (The box follows the URL, which updates a moment after the click.)
      await page.getByTestId(testId).click();
      await waitForTotal(page, count);
      await expect(page.getByTestId(testId).isChecked()).resolves.toBe(true);
      await page.waitForURL(new RegExp(`scenario=${code}`));
      const chip = page.getByTestId(`filter-chip-scenario-${code}`);
      await chip.waitFor();
      await expectAccessible(page);
      expect(await page.getByTestId('search-result').count()).toBe(Math.min(count, 20));

      // The state lives in the URL: back removes the facet again.
      await page.goBack();
      await waitForTotal(page, total);
      await chip.waitFor({ state: 'detached' });

      // Forward and remove it with the chip's own button.
      await page.goForward();
      await waitForTotal(page, count);
      await chip.getByRole('button').click();
      await waitForTotal(page, total);
      await expect(page.getByTestId(testId).isChecked()).resolves.toBe(false);
    });
  }, 120_000);
});
