// Page object for the dashboard shell: opening it, moving between screens, the home screen's status and
// controls, screenshots, and the guard every test relies on (no page error, no error banner, no blank screen).
import type { Page } from 'playwright-core';
import path from 'node:path';
import { artifactsDir } from '../../support/browser.js';
import { latinWords, unnamedControls } from './visible-text.js';

export const screenNames = [
  'home',
  'earnings',
  'wallet',
  'schedule',
  'bench',
  'models',
  'settings',
  'logs',
] as const;
export type ScreenName = (typeof screenNames)[number];

/** The element that proves each screen rendered with data. */
const screenMarker: Record<ScreenName, string> = {
  home: 'worker-status',
  earnings: 'earnings-screen',
  wallet: 'wallet-screen',
  schedule: 'schedule-screen',
  bench: 'bench-screen',
  models: 'models-screen',
  settings: 'settings-screen',
  logs: 'logs-screen',
};

export class DashboardPage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (e) => this.errors.push(e.message));
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByTestId('worker-status').waitFor({ timeout: 15_000 });
    await this.assertHealthy();
  }

  /** Fails on a script error, an error banner, or a screen without its content. */
  async assertHealthy(screen: ScreenName = 'home'): Promise<void> {
    if (this.errors.length > 0) throw new Error(`page errors: ${this.errors.join('; ')}`);
    const banner = this.page.getByTestId('error');
    if ((await banner.count()) > 0) throw new Error(`error banner: ${await banner.first().textContent()}`);
    if (!(await this.page.getByTestId(screenMarker[screen]).isVisible()))
      throw new Error(`screen ${screen} rendered nothing`);
  }

  async openScreen(name: ScreenName): Promise<void> {
    await this.page.getByTestId(`nav-${name}`).click();
    await this.page.getByTestId(screenMarker[name]).waitFor({ timeout: 10_000 });
    await this.assertHealthy(name);
  }

  status() {
    return this.page.getByTestId('worker-status');
  }
  reason() {
    return this.page.getByTestId('worker-reason');
  }
  requestsServed() {
    return this.page.getByTestId('requests-served');
  }
  /** The big switch: pauses until resumed when serving. */
  async toggle(): Promise<void> {
    await this.page.getByRole('switch').click();
  }
  async pauseFor(choice: '15m' | '1h' | 'tomorrow'): Promise<void> {
    await this.page.getByTestId(`pause-${choice}`).click();
  }
  async resume(): Promise<void> {
    await this.page.getByTestId('resume').click();
  }
  async setLanguage(value: 'auto' | 'en' | 'ru'): Promise<void> {
    await this.openScreen('settings');
    await this.page.getByTestId('language').selectOption(value);
  }

  /** Latin words shown on the open screen outside proper names and data (for the Russian check). */
  untranslated(): Promise<string[]> {
    return latinWords(this.page);
  }

  /** How many pixels the page sticks out sideways (tables scroll inside their own boxes instead). */
  horizontalOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  unnamedControls(): Promise<string[]> {
    return unnamedControls(this.page);
  }

  async screenshot(name: string): Promise<string> {
    const file = path.join(artifactsDir, `${name}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }
}
