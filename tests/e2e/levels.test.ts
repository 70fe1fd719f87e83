// Levels in the dashboard, against a real daemon in Chromium: paint hours with the Quiet brush and they are
// saved as Quiet windows; on Home, "Quiet for 2 h" serves at Quiet and says so, in English and Russian;
// "Follow the schedule" goes back to Full.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiCall, type DaemonProcess } from '../support/daemon.js';
import { openSession, type Session } from './pages/session.js';
import type { DashboardPage } from './pages/dashboard-page.js';
import { SchedulePage } from './pages/schedule-page.js';

let daemon: DaemonProcess;
let session: Session | undefined;
let page: Page;
let dashboard: DashboardPage;
let schedule: SchedulePage;

interface Availability {
  schedule: { baseLevel: string; windows: { days: number[]; start: string; end: string; level: string }[] };
}
const availability = async () =>
  ((await apiCall(daemon, 'settings:get')) as { availability: Availability }).availability;

beforeAll(async () => {
  session = await openSession();
  ({ daemon, page, dashboard } = session);
  schedule = new SchedulePage(page);
}, 60_000);

afterAll(() => session?.close());

describe('levels in the dashboard', () => {
  it('paints hours with the Quiet brush and saves them as Quiet windows over Full', async () => {
    await dashboard.openScreen('schedule');
    await page.getByTestId('brush-quiet').check();
    // Monday to Friday, 18:00–22:00, dragged corner to corner.
    await schedule.drag({ day: 0, hour: 18 }, { day: 4, hour: 22 });
    const quiet = page.locator('[role="gridcell"][data-level="quiet"]');
    expect(await quiet.count()).toBe(5 * 5);
    await expect.poll(() => page.getByTestId('schedule-levels').textContent()).toMatch(/Quiet: 25 h/);
    await schedule.save();
    const saved = await availability();
    expect(saved.schedule.baseLevel).toBe('full');
    expect(saved.schedule.windows).toEqual([
      { days: [1, 2, 3, 4, 5], start: '18:00', end: '23:00', level: 'quiet' },
    ]);
    // Full all week again, for the next test's known starting point.
    await schedule.preset('always');
    await schedule.save();
  });

  it('"Quiet for 2 h" on Home serves at Quiet and says so, in English and Russian', async () => {
    await dashboard.openScreen('home');
    await page.getByTestId('level-2h-quiet').click();
    const reason = page.getByTestId('level-reason');
    await expect
      .poll(() => reason.textContent(), { timeout: 15_000 })
      .toMatch(/^Quiet until \d\d:\d\d \(by you\)$/);
    // The dashboard takes the language from the settings when it loads.
    await apiCall(daemon, 'settings:update', { patch: { language: 'ru' } });
    await page.reload();
    await page.getByTestId('level-card').waitFor();
    await expect
      .poll(() => reason.textContent(), { timeout: 15_000 })
      .toMatch(/^Тихий до \d\d:\d\d \(выбрано вами\)$/);
    await apiCall(daemon, 'settings:update', { patch: { language: 'en' } });
    await page.reload();
    await page.getByTestId('level-follow').click();
    await expect
      .poll(() => page.getByTestId('level-now').textContent(), { timeout: 15_000 })
      .toMatch(/^Full/);
    await dashboard.screenshot('levels-home');
  });
});
