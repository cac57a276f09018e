import { describe, expect, it } from '@jest/globals';
import type { AuthResponse, PlanItemView, ProgrammeView, SearchResponse } from '@toolbox/contracts';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, formatCny } from '@toolbox/domain';
import type { Page } from 'playwright-core';
import {
  baseUrl,
  E2E_PASSWORD,
  registerSme,
  uniqueEmail,
  useBrowserSession,
  withScreenshotOnFailure,
} from './browser';

const TIMEOUT_MS = 30_000;
const DAY = 24 * 3600 * 1000;

/** A JSON call to the API under test; throws with the answer on anything but a 2xx. */
async function api<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: {
      ...(token !== undefined ? { Authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`the e2e global setup sets ${name}`);
  return value;
}

function creditCode(): string {
  let body = '91330100MA';
  while (body.length < 17) body += CREDIT_CODE_ALPHABET[Math.floor(Math.random() * 10)];
  return body + creditCodeCheckChar(body);
}

async function accessToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => localStorage.getItem('toolbox.accessToken'));
  if (token === null) throw new Error('no access token after registering');
  return token;
}

/**
 * Issue 12 in the browser: an SME eligible for a programme sees the net price, the list price
 * struck through and the subsidy on search results, the subsidy reason on its matches and the
 * plan costs after subsidy. The programme is limited to one industry (C41) so that it changes
 * no other test's prices, and it is closed at the end.
 */
describe('net prices for an eligible SME', () => {
  const session = useBrowserSession(TIMEOUT_MS);

  it(
    'search card, match reason and plan costs show the subsidy',
    async () => {
      const page = session.page();
      const run = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
      const admin = (
        await api<AuthResponse>('POST', '/api/auth/login', undefined, {
          email: requiredEnv('E2E_ADMIN_EMAIL'),
          password: requiredEnv('E2E_ADMIN_PASSWORD'),
        })
      ).accessToken;
      const provider = (
        await api<AuthResponse>('POST', '/api/auth/register', undefined, {
          email: uniqueEmail('net-provider'),
          password: E2E_PASSWORD,
          name: 'E2E 净价服务商',
          role: 'provider',
        })
      ).accessToken;
      await api('PUT', '/api/providers/me', provider, {
        name: `E2E 净价服务商 ${run}`,
        kind: 'industrial_internet_platform',
        description: '面向其他制造业的数字化服务',
      });
      const title = `净价测试能耗管理 ${run}`;
      const offering = await api<{ id: string }>('POST', '/api/offerings', provider, {
        title,
        titleEn: null,
        summary: '能耗采集与分析，按月订阅',
        description: '面向其他制造业中小企业的能耗管理系统。\n\n支持电表接入与能耗报表。',
        kind: 'saas',
        scenarios: ['energy'],
        industries: ['C41'],
        stages: [1, 2],
        regions: [],
        deployment: 'public_cloud',
        deliveryDays: 7,
        plans: [{ name: '标准版', billingPeriod: 'month', priceCents: 100_000, trialDays: 0 }],
        tags: [],
      });
      await api('POST', `/api/offerings/${offering.id}/submit`, provider);
      await api('POST', `/api/admin/offerings/${offering.id}/approve`, admin);
      const draft = await api<ProgrammeView>('POST', '/api/programmes', admin, {
        name: `E2E 能效券 ${run}`,
        description: '其他制造业能效提升补贴',
        region: '330000',
        industries: ['C41'],
        scenarios: [],
        levels: [],
        subsidyPercent: 40,
        capCents: 10_000_000,
        budgetCents: 100_000_000,
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
      });
      await api('POST', `/api/programmes/${draft.id}/publish`, admin);
      try {
        await withScreenshotOnFailure(page, 'net-prices', async () => {
          await registerSme(page, 'E2E 净价企业', 'net-sme');
          const token = await accessToken(page);
          await api('PUT', '/api/smes/me', token, {
            companyName: `E2E 杭州净价制造 ${run}`,
            creditCode: creditCode(),
            industry: 'C41',
            region: '330100',
            employees: 40,
          });
          await api('PUT', '/api/smes/me/needs', token, {
            scenarios: [{ code: 'energy', priority: 5 }],
            monthlyBudgetCents: 40_000,
          });
          for (;;) {
            const found = await api<SearchResponse>(
              'GET',
              `/api/search/offerings?q=${encodeURIComponent(title)}`,
            );
            if (found.items.some((i) => i.id === offering.id)) break;
            await new Promise((resolve) => setTimeout(resolve, 200));
          }

          // Search: ¥1 000 list, ¥600 after 40 %.
          await page.goto(`${baseUrl()}/search?q=${encodeURIComponent(title)}`);
          const card = page
            .getByTestId('search-result')
            .filter({ has: page.getByTestId('result-subsidy') })
            .first();
          await card.waitFor();
          await expect(card.getByTestId('result-price').textContent()).resolves.toContain(
            formatCny(60_000, 'zh-CN'),
          );
          await expect(card.getByTestId('result-list-price').textContent()).resolves.toContain(
            formatCny(100_000, 'zh-CN'),
          );
          await expect(card.getByTestId('result-subsidy').textContent()).resolves.toBe(
            `「E2E 能效券 ${run}」补贴 40%`,
          );

          // Matches: over 2 × budget by list price, admitted by its net price, with the reason.
          await page.goto(`${baseUrl()}/sme/matches`);
          const reason = page
            .getByTestId('match-result')
            .filter({ hasText: title })
            .locator('[data-testid="match-reason"][data-reason="subsidy"]');
          await reason.waitFor();
          await expect(reason.textContent()).resolves.toContain(formatCny(60_000, 'zh-CN'));

          // Plan: the planned cost after subsidy, with the amount before.
          await api<PlanItemView>('POST', '/api/plans/me/items', token, {
            offeringId: offering.id,
            scenario: 'energy',
            priority: 5,
            phase: 'now',
          });
          await page.goto(`${baseUrl()}/sme/plan`);
          await page.getByTestId('cost-planned-before').waitFor();
          await expect(page.getByTestId('cost-planned-monthly').textContent()).resolves.toContain(
            formatCny(60_000, 'zh-CN'),
          );
          await expect(page.getByTestId('cost-planned-before').textContent()).resolves.toContain(
            formatCny(100_000, 'zh-CN'),
          );
        });
      } finally {
        await api('POST', `/api/programmes/${draft.id}/close`, admin);
      }
    },
    TIMEOUT_MS * 3,
  );
});
