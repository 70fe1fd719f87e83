// Page object for the Schedule screen: presets, the weekly grid (drag with the mouse, or the keyboard), save.
import type { Page } from 'playwright-core';

/** day 0 = Monday, hour 0–23, as the grid lays them out. */
export interface Slot {
  day: number;
  hour: number;
}

export class SchedulePage {
  constructor(readonly page: Page) {}

  cell(s: Slot) {
    return this.page.locator(`[role="gridcell"][data-day="${s.day}"][data-hour="${s.hour}"]`);
  }

  async preset(name: 'always' | 'nights' | 'office' | 'weekends'): Promise<void> {
    await this.page.getByTestId(`preset-${name}`).click();
  }

  /** Presses on one cell and drags to another, as a person paints a range. */
  async drag(from: Slot, to: Slot): Promise<void> {
    const a = await this.cell(from).boundingBox();
    const b = await this.cell(to).boundingBox();
    if (!a || !b) throw new Error('grid cell not on screen');
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  /** The selected cells, read from what the grid announces (aria-selected). */
  async selected(): Promise<Slot[]> {
    return this.page.locator('[role="gridcell"][aria-selected="true"]').evaluateAll((els) =>
      els.map((e) => ({
        day: Number((e as HTMLElement).dataset.day),
        hour: Number((e as HTMLElement).dataset.hour),
      })),
    );
  }

  async save(): Promise<void> {
    await this.page.getByTestId('schedule-save').click();
    await this.page
      .getByTestId('schedule-status')
      .filter({ hasText: /^(Schedule saved|Расписание сохранено)$/ })
      .waitFor({ timeout: 5000 });
  }
}
