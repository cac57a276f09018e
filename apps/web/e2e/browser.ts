import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '@toolbox/domain';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';

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

/** The WCAG 2.1 A and AA rules; only violations axe rates serious or critical fail a test. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE_BLOCKING = new Set(['serious', 'critical']);
/** Pages already reported, so the end-of-test check does not repeat the same violations. */
const reportedPages = new WeakSet<Page>();

/** Lets finite CSS/Web animations (antd fades and slides) end, so axe sees final colours. */
async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.race([
      Promise.all(finite.map((a) => a.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 2_000)),
    ]);
  });
}

/**
 * Clicks an element inside something that animates in (an antd modal's zoom, a drawer's slide)
 * once the animations have ended: a click measured mid-animation can land beside the button on a
 * busy machine, and then nothing happens.
 */
export async function clickSettled(page: Page, target: Locator): Promise<void> {
  await target.waitFor();
  await settleAnimations(page);
  await target.click();
}

/**
 * Runs axe (WCAG 2.1 A/AA) on the page as it is now and fails, listing them, on serious or
 * critical violations. Call it once a page has rendered what the test waits for:
 * `await expectAccessible(page)`. The session helpers also check the page a test ends on.
 */
export async function expectAccessible(page: Page, what?: string): Promise<void> {
  await settleAnimations(page);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const blocking = results.violations.filter(
    (v) => v.impact !== undefined && v.impact !== null && AXE_BLOCKING.has(v.impact),
  );
  if (blocking.length === 0) return;
  reportedPages.add(page);
  const lines = blocking.map((v) => {
    const targets = v.nodes
      .slice(0, 5)
      .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ') ?? ''}`)
      .join('\n');
    return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n${targets}`;
  });
  throw new Error(
    `axe: ${blocking.length} serious/critical accessibility violation(s) on ${what ?? page.url()}\n${lines.join('\n')}`,
  );
}

/** The end-of-test check: pages still open on an app URL (not blank, not closed). */
async function expectOpenPagesAccessible(pages: readonly Page[]): Promise<void> {
  for (const page of pages) {
    if (page.isClosed() || reportedPages.has(page) || !page.url().startsWith(baseUrl())) continue;
    await expectAccessible(page, `${page.url()} (where the test ended)`);
  }
}

/** A unique address per run, so tests never collide with earlier data. */
export function uniqueEmail(prefix: string): string {
  return `e2e-${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export const E2E_PASSWORD = 'e2e-password-123';

/** Someone to sign in as. */
export interface Account {
  email: string;
  password: string;
}

/** The demo accounts the stack seeds (SEED_DEMO): a Hangzhou SME, a provider, Zhejiang's gov. */
export const DEMO_PASSWORD = 'demo-password-123';
export const DEMO_SME: Account = { email: 'sme@demo.toolbox.local', password: DEMO_PASSWORD };
export const DEMO_PROVIDER: Account = {
  email: 'provider@demo.toolbox.local',
  password: DEMO_PASSWORD,
};
export const DEMO_GOV: Account = { email: 'gov@demo.toolbox.local', password: DEMO_PASSWORD };

/** The stack's admin (the e2e global setup puts its credentials in the environment). */
export function adminAccount(): Account {
  const email = process.env.E2E_ADMIN_EMAIL;
  const password = process.env.E2E_ADMIN_PASSWORD;
  if (!email || !password) throw new Error('the e2e global setup sets E2E_ADMIN_EMAIL/PASSWORD');
  return { email, password };
}

/** A JSON call to the API under test; throws with the answer on anything but a 2xx. */
export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(token !== undefined ? { Authorization: `Bearer ${token}` } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** An access token for the account, from the API's login. */
export async function apiToken(account: Account): Promise<string> {
  return (await api<{ accessToken: string }>('POST', '/api/auth/login', account)).accessToken;
}

/** The access token of whoever is signed in on the page (the web app keeps it in localStorage). */
export async function pageToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => localStorage.getItem('toolbox.accessToken'));
  if (token === null) throw new Error('nobody is signed in on this page');
  return token;
}

/** A random valid unified social credit code, by default for a Hangzhou company. */
export function creditCode(prefix = '91330100MA'): string {
  let body = prefix;
  while (body.length < 17) body += CREDIT_CODE_ALPHABET[Math.floor(Math.random() * 10)];
  return body + creditCodeCheckChar(body);
}

/** Fills in and submits the sign-in form the page shows now (e.g. after a redirect to it). */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Opens the sign-in page, signs in and waits until the app has left it (for the role's home). */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await submitLogin(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Signs out from the user menu and waits for the signed-out header. */
export async function logOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await page.getByTestId('header-login').waitFor();
}

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
    try {
      await expectOpenPagesAccessible(context?.pages() ?? []);
    } finally {
      await context?.close();
    }
  }, 120_000);
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
    const open = contexts.splice(0);
    try {
      await expectOpenPagesAccessible(open.flatMap((context) => context.pages()));
    } finally {
      await Promise.all(open.map((context) => context.close()));
    }
  }, 120_000);
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
