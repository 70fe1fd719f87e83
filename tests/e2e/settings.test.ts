// The screens that edit settings, against a real daemon. Schedule: drag a range on the weekly grid, save,
// reload, and the same hours are selected and stored as schedule windows; the keyboard edits the grid too.
// Settings: saved fields reach settings:get, and a value the core refuses is named, not lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiCall, type DaemonProcess } from '../support/daemon.js';
import { openSession, type Session } from './pages/session.js';
import type { DashboardPage } from './pages/dashboard-page.js';
import { SchedulePage, type Slot } from './pages/schedule-page.js';

let daemon: DaemonProcess;
let session: Session | undefined;
let page: Page;
let dashboard: DashboardPage;
let schedule: SchedulePage;

interface Availability {
  schedule: {
    baseLevel: string;
    timeZone: string;
    windows: { days: number[]; start: string; end: string; level: string }[];
  };
  pauseForPrograms: string[];
  thermalLimitC: number;
}
const availability = async () =>
  ((await apiCall(daemon, 'settings:get')) as { availability: Availability }).availability;
const key = (s: Slot) => `${s.day}:${s.hour}`;
const keys = (slots: Slot[]) => slots.map(key).sort();

beforeAll(async () => {
  session = await openSession();
  ({ daemon, page, dashboard } = session);
  schedule = new SchedulePage(page);
}, 60_000);

afterAll(() => session?.close());

describe('schedule editor', () => {
  it('starts from "always": every hour selected', async () => {
    await dashboard.openScreen('schedule');
    expect(await schedule.selected()).toHaveLength(168);
    expect(await page.getByTestId('schedule-summary').textContent()).toMatch(/Always available/);
  });

  it('round-trips a dragged range through save and reload', async () => {
    await schedule.preset('office');
    expect(await schedule.selected()).toHaveLength(5 * 9);
    // Saturday 10:00 to Sunday 13:00, dragged corner to corner: 2 days × 4 hours added.
    await schedule.drag({ day: 5, hour: 10 }, { day: 6, hour: 13 });
    const painted = await schedule.selected();
    expect(painted).toHaveLength(45 + 8);
    expect(keys(painted)).toEqual(expect.arrayContaining(['5:10', '5:13', '6:10', '6:13']));
    expect(await page.getByTestId('schedule-summary').textContent()).toBe('53 hours a week');
    await schedule.save();

    const saved = await availability();
    expect(saved.schedule.baseLevel).toBe('off');
    expect(saved.schedule.windows).toEqual(
      expect.arrayContaining([
        { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', level: 'full' },
        { days: [6, 7], start: '10:00', end: '14:00', level: 'full' },
      ]),
    );
    expect(saved.schedule.windows).toHaveLength(2);

    await page.reload();
    await page.getByTestId('schedule-screen').waitFor();
    await dashboard.assertHealthy('schedule');
    expect(keys(await schedule.selected())).toEqual(keys(painted));
  });

  it('erases by dragging from a selected hour, and edits with the keyboard', async () => {
    // Starting on a selected cell erases: Tuesday to Thursday, 12:00–13:00.
    await schedule.drag({ day: 1, hour: 12 }, { day: 3, hour: 13 });
    expect(await schedule.selected()).toHaveLength(53 - 6);
    await schedule.cell({ day: 0, hour: 8 }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowUp'); // stays on Monday (first row)
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    const cells = keys(await schedule.selected());
    expect(cells).toContain('0:8');
    expect(cells).toContain('0:7');
    expect(cells).not.toContain('1:12');
    await schedule.save();
    const windows = (await availability()).schedule.windows;
    expect(windows).toContainEqual({ days: [1], start: '07:00', end: '18:00', level: 'full' });
    expect(windows).toContainEqual({ days: [2, 3, 4], start: '09:00', end: '12:00', level: 'full' });
    expect(windows).toContainEqual({ days: [2, 3, 4], start: '14:00', end: '18:00', level: 'full' });
  });

  it('saves the pause rules with the schedule, and refuses nothing silently', async () => {
    const programs = page.getByTestId('pause-programs');
    await programs.getByRole('textbox').fill('obs64.exe');
    await programs.getByRole('textbox').press('Enter');
    await page.getByTestId('thermal-limit').fill('75');
    expect(await page.getByTestId('schedule-status').textContent()).toBe('You have unsaved changes');
    await schedule.save();
    const saved = await availability();
    expect(saved.pauseForPrograms).toEqual(['obs64.exe']);
    expect(saved.thermalLimitC).toBe(75);
    await schedule.preset('always');
    await schedule.save();
    expect((await availability()).schedule).toMatchObject({ baseLevel: 'full', windows: [] });
    await dashboard.screenshot('schedule-saved');
  });
});

describe('settings form', () => {
  it('saves the price, the GPU memory share and proxies, and says network changes need a restart', async () => {
    await dashboard.openScreen('settings');
    await page.getByText('Network changes apply after Silkworm restarts.').waitFor();
    await page.getByTestId('coefficient').fill('1500');
    await page.getByRole('spinbutton', { name: 'Largest share of GPU memory to use (%)' }).fill('60');
    await page.getByText('Advanced: network endpoints').click();
    await page.getByRole('textbox', { name: /Manual proxies/ }).fill('proxy.example.org:8888');
    await page.getByTestId('settings-save').click();
    await page
      .getByTestId('settings-status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    const saved = (await apiCall(daemon, 'settings:get')) as {
      coefficient: number;
      network: { proxies: string[]; mode: string };
      availability: { vramShare: number };
    };
    expect(saved.coefficient).toBe(1500);
    expect(saved.availability.vramShare).toBeCloseTo(0.6);
    expect(saved.network).toMatchObject({
      mode: 'devnet',
      proxies: ['proxy.example.org:8888'],
      devnetRequestsPerMinute: 0,
    });
  });

  it('shows the field the core refuses and keeps what was typed', async () => {
    const proxies = page.getByRole('textbox', { name: /Manual proxies/ });
    await proxies.fill('not a proxy');
    await page.getByTestId('settings-save').click();
    const alert = page.getByRole('alert').filter({ hasText: /network\.proxies/ });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /^Check this value: (patch\.)?network\.proxies\.0: expected host:port$/,
    );
    expect(await proxies.inputValue()).toBe('not a proxy');
    expect(
      ((await apiCall(daemon, 'settings:get')) as { network: { proxies: string[] } }).network.proxies,
    ).toEqual(['proxy.example.org:8888']);
    await page.getByRole('button', { name: 'Undo changes' }).click();
    expect(await proxies.inputValue()).toBe('proxy.example.org:8888');
  });
});
