import { describe, expect, it } from '@jest/globals';
import {
  baseUrl,
  E2E_PASSWORD,
  expectAccessible,
  logOut,
  submitLogin,
  uniqueEmail,
  useBrowserSession,
  withScreenshotOnFailure,
} from './browser';

const TIMEOUT_MS = 20_000;

describe('web auth flow', () => {
  const session = useBrowserSession(TIMEOUT_MS);

  it('registers an SME, signs out and signs back in to the SME home', async () => {
    const page = session.page();
    await withScreenshotOnFailure(page, 'register-logout-login', async () => {
      const email = uniqueEmail('sme');
      const password = E2E_PASSWORD;
      const name = `测试企业用户 ${Date.now() % 100000}`;

      await page.goto(`${baseUrl()}/register?role=sme`);
      // The landing page's "I'm an SME" links here with the role chosen.
      await expect(page.getByTestId('register-role-sme').isChecked()).resolves.toBe(true);
      await expectAccessible(page);
      await page.getByTestId('register-name').fill(name);
      await page.getByTestId('register-email').fill(email);
      await page.getByTestId('register-password').fill(password);
      await page.getByTestId('register-submit').click();

      await page.waitForURL(`${baseUrl()}/sme`);
      await expect(page.getByTestId('welcome-title').textContent()).resolves.toContain(name);
      await expectAccessible(page);
      await expect(page.getByTestId('account-email').textContent()).resolves.toBe(email);

      await logOut(page);
      expect(new URL(page.url()).pathname).toBe('/');

      // Signed out, the SME home is behind the login again.
      await page.goto(`${baseUrl()}/sme`);
      await page.waitForURL(/\/login\?next=%2Fsme$/);

      await submitLogin(page, email, password);

      await page.waitForURL(`${baseUrl()}/sme`);
      await expect(page.getByTestId('welcome-title').textContent()).resolves.toContain(name);
      await expectAccessible(page);
      await expect(page.getByTestId('user-menu-name').textContent()).resolves.toBe(name);
    });
  }, 60_000);

  it('switches to English and stays English after a reload', async () => {
    const page = session.page();
    await withScreenshotOnFailure(page, 'language-switch', async () => {
      await page.goto(`${baseUrl()}/`);
      const heroTitle = page.getByTestId('hero-title');
      await expect(heroTitle.textContent()).resolves.toBe('数字化转型，从看清自己开始');
      await expectAccessible(page);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');

      await page.getByTestId('language-en').click();
      await page.getByText('Digital transformation starts with knowing where you stand').waitFor();
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await expect(page.getByTestId('brand').textContent()).resolves.toContain(
        'SME Transformation Toolbox',
      );

      await page.reload();
      await expect(heroTitle.textContent()).resolves.toBe(
        'Digital transformation starts with knowing where you stand',
      );
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    });
  }, 60_000);
});
