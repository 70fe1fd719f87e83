// The dashboard in a real Chromium against a real `silkworm daemon` process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { startDaemonProcess, apiCall, type DaemonProcess } from '../support/daemon.js';
import { DashboardPage } from './pages/dashboard-page.js';

let daemon: DaemonProcess;
let browser: Browser;
let page: Page;
let dashboard: DashboardPage;
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 8000 });

beforeAll(async () => {
  daemon = await startDaemonProcess({ settings: { language: 'en' } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  dashboard = new DashboardPage(page);
  await dashboard.open(daemon.url);
}, 60_000);

afterAll(async () => {
  await browser.close();
  await daemon.stop();
});

describe('dashboard', () => {
  it('renders the live state and the hardware summary', async () => {
    await poll(() => dashboard.status().textContent()).toMatch(/Serving|Starting/);
    await poll(() => page.getByTestId('gpu').textContent()).toMatch(/No GPU detected|GB|\w/);
    await dashboard.screenshot('dashboard-home-1280x800');
  });

  it('pauses and resumes, and the change is pushed from the daemon', async () => {
    await dashboard.pauseOneHour();
    await poll(() => dashboard.status().textContent()).toBe('Paused');
    await poll(() => dashboard.reason().textContent()).toMatch(/^Paused until \d{1,2}:\d\d( [AP]M)? by you$/);
    await dashboard.resume();
    await poll(() => dashboard.status().textContent()).toBe('Serving');
    // A change made elsewhere (the CLI, the tray) shows up without a reload.
    await apiCall(daemon, 'worker:pause', {});
    await poll(() => dashboard.status().textContent()).toBe('Paused');
    await poll(() => dashboard.reason().textContent()).toBe('Paused by you until you resume');
    await dashboard.resume();
    await poll(() => dashboard.status().textContent()).toBe('Serving');
  });

  it('switches language to Russian and back, and remembers it', async () => {
    await dashboard.setLanguage('ru');
    await poll(() => page.getByTestId('nav-home').textContent()).toBe('Главная');
    await dashboard.openScreen('home');
    await poll(() => dashboard.status().textContent()).toBe('Работает');
    await dashboard.screenshot('dashboard-home-ru');
    const settings = (await apiCall(daemon, 'settings:get')) as { language: string };
    expect(settings.language).toBe('ru');
    await page.reload();
    await poll(() => page.getByTestId('nav-home').textContent()).toBe('Главная');
    await dashboard.setLanguage('en');
    await poll(() => page.getByTestId('nav-home').textContent()).toBe('Home');
  });
});
