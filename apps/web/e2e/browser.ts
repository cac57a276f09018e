import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with nothing phoning home. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Where the app under test is served (the API serves the built web app on its own port). */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3001';
  return url.replace(/\/+$/, '');
}

const RESULTS_DIR = join(process.cwd(), 'test-results');

/**
 * Runs one test body; if it fails, saves a full-page screenshot to `test-results/<name>.png`
 * before rethrowing, so a failure in CI shows what the user would have seen.
 */
export async function withScreenshotOnFailure(
  page: Page,
  name: string,
  body: () => Promise<void>,
): Promise<void> {
  try {
    await body();
  } catch (error) {
    await mkdir(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, `${name.replace(/[^\w-]+/g, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    throw error;
  }
}

/** A unique address per run, so tests never collide with earlier data. */
export function uniqueEmail(prefix: string): string {
  return `e2e-${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export const E2E_PASSWORD = 'e2e-password-123';

/** Registers a new SME through the register page and waits for the SME home. */
export async function registerSme(page: Page, name: string, emailPrefix = 'sme'): Promise<string> {
  const email = uniqueEmail(emailPrefix);
  await page.goto(`${baseUrl()}/register?role=sme`);
  await page.getByTestId('register-name').fill(name);
  await page.getByTestId('register-email').fill(email);
  await page.getByTestId('register-password').fill(E2E_PASSWORD);
  await page.getByTestId('register-submit').click();
  await page.waitForURL(`${baseUrl()}/sme`);
  return email;
}

export interface BrowserSession {
  browser: () => Browser;
  page: () => Page;
}

/**
 * One browser per test file and a fresh context (no token or language choice leaks between
 * tests) per test, in Chinese at 1280 × 900: registers the Jest hooks and hands out the page.
 */
export function useBrowserSession(timeoutMs = 20_000): BrowserSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (browser === undefined) throw new Error('browser not launched');
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(timeoutMs);
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });
  return {
    browser: () => {
      if (browser === undefined) throw new Error('browser not launched');
      return browser;
    },
    page: () => {
      if (page === undefined) throw new Error('no page: use it inside a test');
      return page;
    },
  };
}

/**
 * For flows across several people: one browser per test file, and `newPage()` gives each person
 * a fresh context (own token, zh-CN, 1280 × 900), all closed after each test.
 */
export function usePeopleSession(timeoutMs = 20_000): { newPage: () => Promise<Page> } {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newPage: async () => {
      if (browser === undefined) throw new Error('browser not launched');
      const context = await browser.newContext({
        locale: 'zh-CN',
        viewport: { width: 1280, height: 900 },
      });
      context.setDefaultTimeout(timeoutMs);
      contexts.push(context);
      return context.newPage();
    },
  };
}
