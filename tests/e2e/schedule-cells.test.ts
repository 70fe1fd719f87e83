// The weekly grid's translation between cells painted with levels and the schedule (pure; the browser
// flow is in settings.test.ts). Presets must survive a round trip and drags must give compact, valid windows.
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
type Cells = string[][];
interface WeekCellsModule {
  emptyCells: (fill?: string) => Cells;
  cellsFromSchedule: (schedule: Schedule) => Cells;
  windowsFromCells: (cells: Cells, level: string) => ScheduleWindow[];
  scheduleFromCells: (cells: Cells, timeZone: string, levelOrder: string[]) => Schedule;
  paintRange: (
    base: Cells,
    from: { day: number; hour: number },
    to: { day: number; hour: number },
    level: string,
  ) => Cells;
  hoursByLevel: (cells: Cells) => Map<string, number>;
}
const modulePath = fileURLToPath(new URL('../../renderer/src/schedule/week-cells.ts', import.meta.url));
const { cellsFromSchedule, hoursByLevel, emptyCells, paintRange, scheduleFromCells, windowsFromCells } =
  (await import(modulePath)) as WeekCellsModule;
const ORDER = ['full', 'balanced', 'quiet', 'off'];
const countOn = (cells: Cells): number => 168 - (hoursByLevel(cells).get('off') ?? 0);

describe('week cells', () => {
  it('shows each preset with the hours it serves', () => {
    expect(countOn(cellsFromSchedule(schedulePreset('always')))).toBe(168);
    expect(countOn(cellsFromSchedule(schedulePreset('office')))).toBe(5 * 9);
    expect(countOn(cellsFromSchedule(schedulePreset('nights')))).toBe(7 * 8);
    expect(countOn(cellsFromSchedule(schedulePreset('weekends')))).toBe(48);
    const nights = cellsFromSchedule(schedulePreset('nights'));
    expect(nights[0]?.[23]).toBe('full');
    expect(nights[1]?.[6]).toBe('full');
    expect(nights[1]?.[7]).toBe('off');
    // Sunday night runs into Monday morning.
    expect(nights[0]?.[0]).toBe('full');
    // Quiet evenings: 5 quiet hours a day over a Full week.
    expect(hoursByLevel(cellsFromSchedule(schedulePreset('quiet-evenings')))).toEqual(
      new Map([
        ['full', 168 - 35],
        ['quiet', 35],
      ]),
    );
  });

  it('gives back every preset from its cells (the same hours at the same levels)', () => {
    for (const name of schedulePresetNames) {
      const preset = schedulePreset(name);
      const again = scheduleFromCells(cellsFromSchedule(preset), preset.timeZone, ORDER);
      expect(again.baseLevel).toBe(preset.baseLevel);
      expect(cellsFromSchedule(again)).toEqual(cellsFromSchedule(preset));
    }
    const nights = schedulePreset('nights');
    expect(windowsFromCells(cellsFromSchedule(nights), 'full')).toEqual(nights.windows);
  });

  it('turns a dragged rectangle into one window over those days, at the brush level', () => {
    const cells = paintRange(emptyCells(), { day: 3, hour: 14 }, { day: 1, hour: 10 }, 'quiet');
    expect(countOn(cells)).toBe(3 * 5);
    expect(windowsFromCells(cells, 'quiet')).toEqual([
      { days: [2, 3, 4], start: '10:00', end: '15:00', level: 'quiet' },
    ]);
    const erased = paintRange(cells, { day: 2, hour: 10 }, { day: 2, hour: 14 }, 'off');
    expect(windowsFromCells(erased, 'quiet')).toEqual([
      { days: [2, 4], start: '10:00', end: '15:00', level: 'quiet' },
    ]);
    expect(scheduleFromCells(erased, 'UTC', ORDER).baseLevel).toBe('off');
  });

  it('round-trips arbitrary grids of levels through valid schedules', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 200; i++) {
      // A base level and a few painted rectangles, as an owner paints (64 windows at most).
      const pick = () => ORDER[Math.floor(rand() * ORDER.length)] ?? 'off';
      let cells = emptyCells(pick());
      for (let r = 0; r < 6; r++) {
        const at = () => ({ day: Math.floor(rand() * 7), hour: Math.floor(rand() * 24) });
        cells = paintRange(cells, at(), at(), pick());
      }
      const schedule = scheduleFromCells(cells, 'Europe/Berlin', ORDER);
      expect(scheduleSchema.safeParse(schedule).success).toBe(true);
      expect(cellsFromSchedule(schedule)).toEqual(cells);
    }
  });

  it('reads half-hour windows by the middle of each hour', () => {
    const cells = cellsFromSchedule({
      timeZone: 'system',
      baseLevel: 'off',
      windows: [{ days: [7], start: '22:45', end: '01:00', level: 'full' }],
    });
    expect(cells[6]?.[22]).toBe('off');
    expect(cells[6]?.[23]).toBe('full');
    expect(cells[0]?.[0]).toBe('full');
    expect(countOn(cells)).toBe(2);
  });
});
