import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import type { DashboardOverview } from '@toolbox/contracts';
import type { Page } from 'playwright-core';
import {
  adminAccount,
  api,
  apiToken,
  baseUrl,
  DEMO_GOV,
  logIn,
  usePeopleSession,
  withScreenshotOnFailure,
} from './browser';

const TIMEOUT_MS = 30_000;

function overview(query: string, accessToken: string): Promise<DashboardOverview> {
  return api<DashboardOverview>('GET', `/api/dashboards/overview${query}`, undefined, accessToken);
}

/** The headline figure a stat card shows (antd groups thousands with commas). */
async function stat(page: Page, key: string): Promise<number> {
  const text = await page.getByTestId(`dashboard-stat-${key}`).innerText();
  return Number(text.replaceAll(',', ''));
}

describe('regional dashboards', () => {
  const { newPage } = usePeopleSession(TIMEOUT_MS);

  it('a gov user opens 区域看板 from the menu, sees its region’s figures with tables, filters by industry and exports them as CSV', async () => {
    const page = await newPage();
    await withScreenshotOnFailure(page, 'dashboards-gov', async () => {
      const govToken = await apiToken(DEMO_GOV);
      const own = await overview('', govToken);
      expect(own.filter.region).toBe('330000');

      await logIn(page, DEMO_GOV.email, DEMO_GOV.password);
      await page.getByRole('link', { name: '区域看板' }).first().click();
      await page.waitForURL(`${baseUrl()}/gov/dashboards`);
      await page.getByTestId('dashboard-stat-smes').waitFor();
      expect(await stat(page, 'smes')).toBe(own.smes);
      expect(await stat(page, 'assessed')).toBe(own.assessed);
      expect(await stat(page, 'inquiries')).toBe(own.funnel.inquiries);
      // Every chart has its numbers in a table under it.
      const levelCells = page
        .getByTestId('dashboard-levels-table')
        .locator('tbody tr td:last-child');
      expect(await levelCells.allInnerTexts()).toEqual(
        (['0', '1', '2', '3', '4'] as const).map((k) => String(own.levels[k])),
      );
      await expect(
        page.getByTestId('dashboard-scenarios-table').locator('tbody tr.ant-table-row').count(),
      ).resolves.toBe(22);
      await page.getByTestId('dashboard-scenarios-chart').locator('canvas').first().waitFor();

      // The CSV holds exactly the figures shown.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('dashboard-csv').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^dashboard-330000-all-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = await readFile(await download.path(), 'utf8');
      expect(csv.startsWith('\uFEFF总览\r\n')).toBe(true);
      expect(csv).toContain(
        `\r\n线索漏斗\r\n咨询,试用,成交\r\n${own.funnel.inquiries},${own.funnel.trials},${own.funnel.won}\r\n`,
      );

      // Filters live in the URL: an industry narrows the figures.
      await page.goto(`${baseUrl()}/gov/dashboards?industry=C34`);
      const c34 = await overview('?industry=C34', govToken);
      await page.waitForFunction(
        (n) =>
          document
            .querySelector('[data-testid="dashboard-stat-smes"]')
            ?.textContent?.replaceAll(',', '') === String(n),
        c34.smes,
      );
      expect(await stat(page, 'assessed')).toBe(c34.assessed);
    });
  }, 120_000);

  it('an admin sees the whole country by default', async () => {
    const page = await newPage();
    await withScreenshotOnFailure(page, 'dashboards-admin', async () => {
      const admin = adminAccount();
      const country = await overview('', await apiToken(admin));
      expect(country.filter.region).toBeNull();
      await logIn(page, admin.email, admin.password);
      await page.goto(`${baseUrl()}/admin/dashboards`);
      await page.getByTestId('dashboard-stat-smes').waitFor();
      expect(await stat(page, 'smes')).toBe(country.smes);
      expect(await stat(page, 'won')).toBe(country.funnel.won);
      await expect(
        page.getByTestId('dashboard-industries-table').locator('tbody tr.ant-table-row').count(),
      ).resolves.toBe(country.byIndustry.length);
    });
  }, 120_000);
});
