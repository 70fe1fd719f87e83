// Page object for the dashboard: what a person sees and clicks, by role and test id.
import type { Page } from 'playwright-core';
import path from 'node:path';
import { artifactsDir } from '../../support/browser.js';

export class DashboardPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    const errors: string[] = [];
    this.page.on('pageerror', (e) => errors.push(e.message));
    await this.page.goto(url);
    await this.page.getByTestId('worker-status').waitFor({ timeout: 15_000 });
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  }

  status() {
    return this.page.getByTestId('worker-status');
  }
  reason() {
    return this.page.getByTestId('worker-reason');
  }
  async pause(): Promise<void> {
    await this.page.getByTestId('pause').click();
  }
  async pauseOneHour(): Promise<void> {
    await this.page.getByTestId('pause-1h').click();
  }
  async resume(): Promise<void> {
    await this.page.getByTestId('resume').click();
  }
  async openScreen(name: string): Promise<void> {
    await this.page.getByTestId(`nav-${name}`).click();
  }
  async setLanguage(value: 'auto' | 'en' | 'ru'): Promise<void> {
    await this.openScreen('settings');
    await this.page.getByTestId('language').selectOption(value);
  }
  async screenshot(name: string): Promise<string> {
    const file = path.join(artifactsDir, `${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }
}
