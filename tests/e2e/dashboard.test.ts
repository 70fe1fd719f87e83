// The dashboard in a real Chromium against a real `silkworm daemon` process (its embedded devnet serves
// the tiny model with llama.cpp): every screen, the serve/pause switch, both languages, both window sizes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiCall, type DaemonProcess } from '../support/daemon.js';
import { openSession, type Session } from './pages/session.js';
import { type DashboardPage, screenNames } from './pages/dashboard-page.js';
import { sendChats } from './devnet-requests.js';

let daemon: DaemonProcess;
let session: Session | undefined;
let page: Page;
let dashboard: DashboardPage;
const poll = <T>(fn: () => Promise<T>, timeout = 10_000) => expect.poll(fn, { timeout });
const sizes = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const;

beforeAll(async () => {
  session = await openSession();
  ({ daemon, page, dashboard } = session);
}, 60_000);

afterAll(() => session?.close());

describe('dashboard', () => {
  it('shows the live state, the hardware and the devnet endpoint', async () => {
    await poll(() => dashboard.status().textContent(), 20_000).toBe('Serving');
    await poll(() => page.getByRole('switch').getAttribute('aria-checked')).toBe('true');
    expect(await page.getByTestId('gpu').textContent()).toMatch(/No GPU detected|GB/);
    const state = (await apiCall(daemon, 'state:get')) as { network: { clientUrl: string } };
    expect(await page.getByTestId('devnet-curl').textContent()).toContain(
      `${state.network.clientUrl}/v1/chat/completions`,
    );
    expect(await page.getByTestId('devnet-badge').textContent()).toContain('Devnet');
    await page.getByText('Link a wallet to receive payouts').waitFor();
  });

  it('tells a new owner what comes next where there is nothing yet', async () => {
    await dashboard.openScreen('earnings');
    expect(await page.getByTestId('receipts-empty').textContent()).toBe(
      'Serving requests… your first earnings appear here.',
    );
    await page.getByText(/^No payouts yet\./).waitFor();
    await dashboard.openScreen('wallet');
    expect(await page.getByTestId('wallet-empty').textContent()).toBe('Link a wallet to receive payouts');
    await dashboard.openScreen('bench');
    await page
      .getByText('No benchmark yet. Run it once to see your speed and an earnings estimate.')
      .waitFor();
    await dashboard.openScreen('home');
  });

  it('pauses with the big switch and for a while, and shows changes pushed from elsewhere', async () => {
    await dashboard.pauseFor('1h');
    await poll(() => dashboard.status().textContent()).toBe('Paused');
    await poll(() => dashboard.reason().textContent()).toMatch(/^Paused until \d{1,2}:\d\d( [AP]M)? by you$/);
    await page.getByText(/^Resumes by itself at /).waitFor();
    await dashboard.resume();
    await poll(() => dashboard.status().textContent()).toBe('Serving');
    await dashboard.toggle();
    await poll(() => dashboard.reason().textContent()).toBe('Paused by you until you resume');
    await poll(() => page.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    await dashboard.toggle();
    await poll(() => dashboard.status().textContent()).toBe('Serving');
    // A change made elsewhere (the CLI, the tray) shows up without a reload.
    await apiCall(daemon, 'worker:pause', { forMs: 15 * 60_000 });
    await poll(() => dashboard.status().textContent()).toBe('Paused');
    await apiCall(daemon, 'worker:resume', {});
    await poll(() => dashboard.status().textContent()).toBe('Serving');
  });

  it('runs the benchmark with live progress, then shows pp/tg speeds and an estimate with its inputs', async () => {
    await dashboard.openScreen('bench');
    await page.getByText('Run the benchmark first', { exact: false }).waitFor();
    const progressShown = page.getByTestId('bench-progress').waitFor({ state: 'attached', timeout: 20_000 });
    await page.getByTestId('bench-run').click();
    await progressShown;
    await page.getByTestId('bench-result').waitFor({ timeout: 60_000 });
    const { bench } = (await apiCall(daemon, 'state:get')) as {
      bench: { result: { pp: { median: number }; tg: { median: number } } };
    };
    const shown = (v: number) => `${v.toLocaleString('en-US', { maximumFractionDigits: 1 })} tokens/s`;
    expect(await page.getByTestId('bench-pp').textContent()).toBe(shown(bench.result.pp.median));
    expect(await page.getByTestId('bench-tg').textContent()).toBe(shown(bench.result.tg.median));
    await poll(() => page.getByTestId('estimate-gross-day').textContent()).toMatch(/^[\d.]+ TON$/);
    expect(await page.getByTestId('estimate-net-day').textContent()).toBe('—');
    expect(await page.getByTestId('estimate-net-hint').textContent()).toBe(
      'Enter a TON price to see the net',
    );
    await page.getByTestId('estimate-tonPrice').fill('2');
    await page.getByTestId('estimate-hoursPerWeek').fill('40');
    await poll(() => page.getByTestId('estimate-net-day').textContent()).toMatch(/^-?[\d.]+ TON$/);
    const inputs = page.getByTestId('estimate-inputs');
    expect(await inputs.textContent()).toContain('TON price2 EUR');
    expect(await inputs.textContent()).toContain('Hours available a week40');
    // Serving comes back by itself once the benchmark is done.
    await dashboard.openScreen('home');
    await poll(() => dashboard.status().textContent(), 20_000).toBe('Serving');
  });

  it('renders every screen with devnet data at 1280×800 and 800×600', async () => {
    expect(await sendChats(daemon, 2)).toBe(2);
    await poll(() => dashboard.requestsServed().textContent()).not.toBe('0');
    for (const size of sizes) {
      await page.setViewportSize(size);
      for (const name of screenNames) {
        await dashboard.openScreen(name);
        if (name === 'bench') await page.getByTestId('estimate-table').waitFor();
        expect(await dashboard.horizontalOverflow(), `${name} at ${size.width}px`).toBeLessThanOrEqual(0);
        if (size.width === 1280)
          expect(await dashboard.unnamedControls(), `unnamed controls on ${name}`).toEqual([]);
        await dashboard.screenshot(`dashboard-${name}-${size.width}x${size.height}`);
      }
    }
    await page.setViewportSize(sizes[0]);
    await dashboard.openScreen('logs');
    await poll(() => page.getByTestId('log-lines').locator('li').count()).toBeGreaterThan(3);
    await page.getByTestId('log-search').fill('devnet proxy');
    await poll(() => page.getByTestId('log-lines').locator('li').allTextContents()).toSatisfy(
      (lines: string[]) => lines.length > 0 && lines.every((l) => /devnet proxy/i.test(l)),
    );
    await page.getByTestId('log-level').selectOption('error');
    await page.getByText('No log lines match.').waitFor();
  });

  it('follows the OS into the dark theme', async () => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await poll(background).not.toBe(light);
    const [r = 255, g = 255, b = 255] = ((await background()).match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(120);
    for (const name of ['home', 'earnings', 'schedule'] as const) {
      await dashboard.openScreen(name);
      await dashboard.screenshot(`dashboard-${name}-dark`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('is usable from the keyboard: skip link first, then the screens, with a visible focus ring', async () => {
    await dashboard.openScreen('home');
    await page.reload();
    await dashboard.status().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('nav-home');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(ring).toBe('solid');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('earnings-screen').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe('#/earnings');
  });

  it('switches every visible string to Russian, remembers it, and switches back', async () => {
    await dashboard.setLanguage('ru');
    await poll(() => page.getByTestId('nav-home').textContent()).toBe('Главная');
    expect(((await apiCall(daemon, 'settings:get')) as { language: string }).language).toBe('ru');
    await page.reload();
    await poll(() => page.getByTestId('nav-home').textContent()).toBe('Главная');
    // Russian runs longer: check it at the narrow size.
    await page.setViewportSize(sizes[1]);
    for (const name of screenNames) {
      await dashboard.openScreen(name);
      if (name === 'home') await poll(() => dashboard.status().textContent()).toBe('Работает');
      expect(await dashboard.untranslated(), `English left on ${name}`).toEqual([]);
      expect(await dashboard.horizontalOverflow(), `${name} in Russian`).toBeLessThanOrEqual(0);
      await dashboard.screenshot(`dashboard-${name}-ru`);
    }
    await page.setViewportSize(sizes[0]);
    await dashboard.setLanguage('en');
    await poll(() => page.getByTestId('nav-home').textContent()).toBe('Home');
    // The check itself finds English: the same screens in English are full of it.
    await dashboard.openScreen('earnings');
    expect(await dashboard.untranslated()).toContain('Earnings');
  });
});
