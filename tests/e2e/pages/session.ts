// One test file's setup: its own daemon (fresh data folder, English) and Chromium, with the dashboard open.
// The devnet's own trickle of client requests is off, so every request (and every TON) comes from the test.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.js';
import { startDaemonProcess, type DaemonProcess } from '../../support/daemon.js';
import { DashboardPage } from './dashboard-page.js';

const quietDevnet = {
  mode: 'devnet',
  proxies: [],
  tonNetwork: 'testnet',
  tonEndpoint: null,
  tonApiKey: null,
  rootAddress: null,
  devnetRequestsPerMinute: 0,
};

export interface Session {
  daemon: DaemonProcess;
  browser: Browser;
  page: Page;
  dashboard: DashboardPage;
  close(): Promise<void>;
}

export async function openSession(viewport = { width: 1280, height: 800 }): Promise<Session> {
  const [daemon, browser] = await Promise.all([
    startDaemonProcess({ settings: { language: 'en', network: quietDevnet } }),
    launchBrowser(),
  ]);
  const page = await browser.newPage({ viewport, locale: 'en-US' });
  const dashboard = new DashboardPage(page);
  await dashboard.open(daemon.url);
  return {
    daemon,
    browser,
    page,
    dashboard,
    async close() {
      await browser.close();
      await daemon.stop();
    },
  };
}
