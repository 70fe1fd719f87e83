// The weekly grid's translation between cells and schedule windows (pure; the browser flow is in
// schedule.test.ts). Presets must survive a round trip and drags must give compact, valid windows.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  scheduleSchema,
  schedulePreset,
  schedulePresetNames,
  type Schedule,
  type ScheduleWindow,
} from '../../src/availability/schedule-schema.js';

// The renderer is its own TypeScript project (browser libs, bundler resolution) that the tests project does
// not list, so the module is loaded by path at run time and typed here by the shape the test relies on.
type Cells = boolean[][];
interface WeekCellsModule {
  emptyCells: (fill?: boolean) => Cells;
  cellsFromSchedule: (schedule: Schedule) => Cells;
  windowsFromCells: (cells: Cells) => ScheduleWindow[];
  scheduleFromCells: (cells: Cells, timeZone: string) => Schedule;
  paintRange: (
    base: Cells,
    from: { day: number; hour: number },
    to: { day: number; hour: number },
    on: boolean,
  ) => Cells;
  countOn: (cells: Cells) => number;
}
const modulePath = fileURLToPath(new URL('../../renderer/src/schedule/week-cells.ts', import.meta.url));
const { cellsFromSchedule, countOn, emptyCells, paintRange, scheduleFromCells, windowsFromCells } =
  (await import(modulePath)) as WeekCellsModule;

describe('week cells', () => {
  it('shows each preset with the hours it serves', () => {
    expect(countOn(cellsFromSchedule(schedulePreset('always')))).toBe(168);
    expect(countOn(cellsFromSchedule(schedulePreset('office')))).toBe(5 * 9);
    expect(countOn(cellsFromSchedule(schedulePreset('nights')))).toBe(7 * 8);
    expect(countOn(cellsFromSchedule(schedulePreset('weekends')))).toBe(48);
    const nights = cellsFromSchedule(schedulePreset('nights'));
    expect(nights[0]?.[23]).toBe(true);
    expect(nights[1]?.[6]).toBe(true);
    expect(nights[1]?.[7]).toBe(false);
    // Sunday night runs into Monday morning.
    expect(nights[0]?.[0]).toBe(true);
  });

  it('gives back the preset windows from the preset cells', () => {
    for (const name of schedulePresetNames.filter((n) => n !== 'always')) {
      const preset = schedulePreset(name);
      expect(windowsFromCells(cellsFromSchedule(preset))).toEqual(preset.windows);
    }
  });

  it('turns a dragged rectangle into one window over those days', () => {
    const cells = paintRange(emptyCells(), { day: 3, hour: 14 }, { day: 1, hour: 10 }, true);
    expect(countOn(cells)).toBe(3 * 5);
    expect(windowsFromCells(cells)).toEqual([{ days: [2, 3, 4], start: '10:00', end: '15:00' }]);
    const erased = paintRange(cells, { day: 2, hour: 10 }, { day: 2, hour: 14 }, false);
    expect(windowsFromCells(erased)).toEqual([{ days: [2, 4], start: '10:00', end: '15:00' }]);
  });

  it('round-trips arbitrary grids through valid schedules', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 200; i++) {
      const cells = emptyCells().map((row) => row.map(() => rand() < 0.4));
      const schedule = scheduleFromCells(cells, 'Europe/Berlin');
      expect(scheduleSchema.safeParse(schedule).success).toBe(true);
      expect(cellsFromSchedule(schedule)).toEqual(cells);
    }
  });

  it('reads half-hour windows by the middle of each hour', () => {
    const cells = cellsFromSchedule({
      mode: 'windows',
      timeZone: 'system',
      windows: [{ days: [7], start: '22:45', end: '01:00' }],
    });
    expect(cells[6]?.[22]).toBe(false);
    expect(cells[6]?.[23]).toBe(true);
    expect(cells[0]?.[0]).toBe(true);
    expect(countOn(cells)).toBe(2);
  });
});
