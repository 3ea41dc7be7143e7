import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, startDashboardServer, type DashboardServer } from './dashboard-server.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  if (process.env.CI === 'true')
    throw new Error(`${CHROMIUM} is missing and CI=true requires it (apt-get install -y chromium).`);
  console.warn(
    `\n  SKIPPED: ${CHROMIUM} is missing; the real-browser tests are skipped (apt-get install -y chromium).\n`,
  );
}
const SHOTS = 'test-results/screenshots';

describe.skipIf(!available)('dashboard in a real browser (Debian chromium)', () => {
  let server: DashboardServer;
  let browser: BrowserContext;
  let page: Page;
  let base: string;
  const profile = mkdtempSync(join(tmpdir(), 'tamga-chromium-'));

  beforeAll(async () => {
    // npm test builds it first (pretest); a bare vitest run on a fresh clone would only time out.
    if (!existsSync(new URL('../../web/dist/index.html', import.meta.url)))
      throw new Error('web/dist is not built: run npm run build:web (npm test does it for you).');
    mkdirSync(SHOTS, { recursive: true });
    server = await startDashboardServer({ declarations: 4000, risk: true });
    base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    // A new empty profile (user-data-dir) per run.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
      viewport: { width: 1440, height: 1000 },
    });
    page = await browser.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(base) && !request.url().startsWith('data:'))
        throw new Error(`external request ${request.url()}`);
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('signs in with labelled fields and lands on the overview', async () => {
    await page.goto(`${base}/`);
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Declarations per day' }).waitFor();
    expect(page.url()).toBe(`${base}/overview`);
    await expect.poll(() => page.locator('.kpis strong').first().textContent()).toBe('4,000');
    await page.locator('.chart svg').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/overview.png`, fullPage: true });
    if (process.env.TAMGA_README_SCREENSHOT === '1') await page.screenshot({ path: 'docs/images/overview.png' });
  });

  it('filters the overview by office', async () => {
    const office = page.getByLabel('Office');
    const second = await office.locator('option').nth(1).getAttribute('value');
    await office.selectOption(second ?? '');
    await expect
      .poll(async () => Number((await page.locator('.kpis strong').first().textContent())!.replace(/,/g, '')))
      .toBeLessThan(4000);
    await page.screenshot({ path: `${SHOTS}/overview-office-${second}.png` });
  });

  it('shows data quality per source and filer, e-commerce and occasional filers apart', async () => {
    await page.getByRole('link', { name: 'Data quality' }).click();
    await page.getByRole('heading', { name: 'Score distribution per source' }).waitFor();
    await expect.poll(() => page.getByText('E-commerce', { exact: true }).count()).toBe(1);
    await page.getByLabel('importers').check();
    await page.getByRole('heading', { name: 'Weakest importers' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/quality.png`, fullPage: true });
  });

  it('shows the risk queue with plain-language reasons and the model with its versions', async () => {
    await page.getByRole('link', { name: 'Risk queue' }).click();
    await page.getByRole('table', { name: /Red and yellow declarations of/ }).waitFor();
    await expect.poll(() => page.locator('ul.reasons li').count()).toBeGreaterThan(0);
    expect(await page.locator('ul.reasons li').first().textContent()).toMatch(/[a-z]{3,} [a-z]{3,}/);
    await page.screenshot({ path: `${SHOTS}/queue.png`, fullPage: true });
    await page.getByRole('link', { name: 'Model' }).click();
    await page.getByRole('heading', { name: 'Model versions' }).waitFor();
    await page.getByRole('heading', { name: 'Precision on inspected declarations, per week' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/model.png`, fullPage: true });
    // Routes this server does not have stay out of the navigation.
    expect(await page.getByRole('link', { name: 'Exchange' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Verification' }).count()).toBe(0);
  });

  // Before the amendment test: declarations posted through the API would move the queue's latest day.
  it('records an inspection result from the risk queue and sees the queue change', async () => {
    const capabilities = (
      await server.app.inject({
        method: 'GET',
        url: '/v1/dashboard/capabilities',
        headers: await server.signIn('admin', ADMIN_PASSWORD),
      })
    ).json<{ riskQueue: boolean; inspectionResult: boolean }>();
    expect(capabilities).toMatchObject({ riskQueue: true, inspectionResult: true });
    await page.goto(`${base}/queue`);
    const first = page.locator('tbody tr').first();
    await first.locator('.lane').waitFor();
    // The sample carries outcomes already: record the opposite of what the row shows, and see it change.
    const shown = (await first.locator('.badge').count()) > 0 ? await first.locator('.badge').textContent() : '';
    const outcome = shown?.trim() === 'fraud' ? 'clean' : 'fraud';
    await first.focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Outcome').selectOption(outcome);
    await page.getByRole('button', { name: 'Record result' }).click();
    await page.locator('tbody tr').first().locator('.badge', { hasText: outcome }).waitFor();
    await page.screenshot({ path: `${SHOTS}/queue-recorded.png` });
  });

  it('opens a declaration: fields by WCO class with their IDs, findings at their element, lineage, raw message', async () => {
    const list = (
      await server.app.inject({
        method: 'GET',
        url: '/v1/analytics/declarations?limit=1',
        headers: await server.signIn('admin', ADMIN_PASSWORD),
      })
    ).json<{ items: { id: string }[] }>();
    await page.goto(`${base}/declarations/${list.items[0]!.id}`);
    await page.getByRole('heading', { name: 'Lineage' }).waitFor();
    await page.getByRole('heading', { name: '68A · goods item 1', exact: true }).waitFor();
    expect(await page.locator('.wco', { hasText: '145' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.finding').count()).toBeGreaterThan(0);
    await page.getByText('Raw message, byte for byte').click();
    await expect.poll(() => page.locator('pre').textContent()).toContain('Declaration ID');
    await page.screenshot({ path: `${SHOTS}/declaration.png`, fullPage: true });
  });

  it('compares an amendment with the original element by element', async () => {
    const post = (file: string) =>
      server.app.inject({
        method: 'POST',
        url: '/v1/declarations',
        headers: { 'content-type': 'application/xml' },
        payload: readFileSync(new URL(`../fixtures/wco-xml/${file}`, import.meta.url)),
      });
    const original = (await post('IMK_TT_IM011a.xml')).json<{ results: { id: string }[] }>();
    await post('INV_TT_IM011a_cancellation.xml');
    await page.goto(`${base}/declarations/${original.results[0]!.id}`);
    await page.getByRole('heading', { name: 'Versions and amendments' }).waitFor();
    await expect.poll(() => page.locator('table.diff tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('table.diff td.new').first().textContent()).not.toBe(
      await page.locator('table.diff td.old').first().textContent(),
    );
    await page.screenshot({ path: `${SHOTS}/amendment.png`, fullPage: true });
  });

  it('is keyboard navigable: skip link first, arrow keys move through table rows', async () => {
    await page.goto(`${base}/overview`);
    await page.getByRole('heading', { name: 'Top HS chapters' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to content');
    const rows = page.locator('table').nth(1).locator('tbody tr');
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    // Expressions as strings: the test program has no DOM types.
    expect(await page.evaluate("document.activeElement.closest('tbody')?.children[1] === document.activeElement")).toBe(
      true,
    );
  });

  it('follows the dark colour scheme and fits a narrow screen', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/overview`);
    await page.getByRole('heading', { name: 'Declarations per day' }).waitFor();
    await page.locator('.chart svg').first().waitFor();
    const background = await page.evaluate('getComputedStyle(document.body).backgroundColor');
    expect(background).not.toBe('rgb(246, 247, 249)');
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true);
    await page.screenshot({ path: `${SHOTS}/overview-dark-narrow.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1440, height: 1000 });
  });

  it('labels every form control', async () => {
    for (const path of ['/overview', '/quality']) {
      await page.goto(`${base}${path}`);
      await page.locator('form.filters').waitFor();
      const unlabelled = await page.evaluate(`[...document.querySelectorAll('input, select, textarea, button')]
        .filter((element) => !(element.closest('label') || element.getAttribute('aria-label') || element.textContent.trim()))
        .length`);
      expect(unlabelled, path).toBe(0);
    }
  });

  it('lets the administrator add a user from the Users view', async () => {
    await page.goto(`${base}/overview`);
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByLabel('Username').fill('ana-lyst');
    await page.getByLabel('Name shown').fill('Ana Lyst');
    await page.getByLabel('Role').selectOption('analyst');
    await page.getByLabel('First password (10 characters at least)').fill('first-password-1');
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('cell', { name: 'Ana Lyst' }).waitFor();
    expect(await page.getByRole('cell', { name: 'first sign-in pending' }).count()).toBeGreaterThan(0);
  });

  it('gives an agency user only its projected declarations, after choosing a password', async () => {
    const admin = await server.signIn('admin', ADMIN_PASSWORD);
    await server.app.inject({
      method: 'POST',
      url: '/v1/users',
      headers: admin,
      payload: {
        username: 'vet-desk',
        displayName: 'Veterinary desk',
        role: 'agency',
        memberId: 'vet',
        password: 'first-password',
      },
    });
    await page.goto(`${base}/overview`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').fill('vet-desk');
    await page.getByLabel('Password').fill('first-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('New password').fill('a-password-of-my-own');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { name: 'Shared with your agency' }).waitFor();
    expect(await page.getByRole('link', { name: 'Overview' }).count()).toBe(0);
    const first = page.locator('tbody tr').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Veterinary control/ }).waitFor();
    const shown = await page.locator('pre').first().textContent();
    expect(shown).toContain('netMassKg');
    expect(shown).not.toContain('customsValue');
    expect(shown).not.toContain('declarant');
    await page.screenshot({ path: `${SHOTS}/agency.png`, fullPage: true });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Declarations per day' }).waitFor();
  });
});
