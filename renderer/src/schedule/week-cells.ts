// The weekly grid the owner paints (7 days × 24 hours, each hour at a level) and its translation to and
// from the schedule the core runs (a base level and {days, start, end, level} windows, see
// src/availability/schedule-schema.ts). Pure, no React.
import type { Schedule, ScheduleWindow } from './presets.js';

export const DAYS = 7;
export const HOURS = 24;
const DAY_MIN = 24 * 60;
const WEEK_MIN = DAYS * DAY_MIN;

/** cells[day][hour] = a level id, day 0 = Monday (ISO weekday 1). */
export type WeekCells = string[][];
/** One level's hours: mask[day][hour]. */
type Mask = boolean[][];

export function emptyCells(fill = 'off'): WeekCells {
  return Array.from({ length: DAYS }, () => Array.from({ length: HOURS }, () => fill));
}

function emptyMask(): Mask {
  return Array.from({ length: DAYS }, () => Array.from({ length: HOURS }, () => false));
}

function minutes(clock: string): number {
  const [h = '0', m = '0'] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

function clock(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** A cell takes a window's level when the window covers the middle of its hour; later windows win. */
export function cellsFromSchedule(schedule: Schedule): WeekCells {
  const cells = emptyCells(schedule.baseLevel);
  for (const w of schedule.windows) {
    const start = minutes(w.start);
    let end = minutes(w.end);
    if (end <= start) end += DAY_MIN;
    for (const day of w.days) {
      const base = (day - 1) * DAY_MIN;
      for (let h = 0; h < DAYS * HOURS; h++) {
        const mid = h * 60 + 30;
        // The window may run past Sunday midnight into Monday: test the cell a week later too.
        const inside = [mid, mid + WEEK_MIN].some((m) => m >= base + start && m < base + end);
        if (inside) setCell(cells, Math.floor(h / HOURS), h % HOURS, w.level);
      }
    }
  }
  return cells;
}

function setCell<T>(cells: T[][], day: number, hour: number, value: T): void {
  const row = cells[day];
  if (row) row[hour] = value;
}

export function cellLevel(cells: WeekCells, day: number, hour: number): string {
  return cells[day]?.[hour] ?? '';
}

function maskOn(mask: Mask, day: number, hour: number): boolean {
  return mask[day]?.[hour] ?? false;
}

interface Segment {
  day: number;
  start: number;
  end: number;
}

/** Runs of selected hours inside each day, end exclusive (24 = midnight after the day). */
function daySegments(cells: Mask): Segment[] {
  const out: Segment[] = [];
  for (let day = 0; day < DAYS; day++) {
    let start = -1;
    for (let h = 0; h <= HOURS; h++) {
      const on = h < HOURS && maskOn(cells, day, h);
      if (on && start < 0) start = h;
      if (!on && start >= 0) {
        out.push({ day, start, end: h });
        start = -1;
      }
    }
  }
  return out;
}

/**
 * The fewest windows that select exactly these cells: a run ending at midnight joins the next day's run
 * from midnight when together they fit in one window (Fri 23:00–07:00), and days with the same hours share
 * one window.
 */
function windowsFromMask(cells: Mask, level: string): ScheduleWindow[] {
  const segments = daySegments(cells);
  const joined = new Map<Segment, Segment>();
  const absorbed = new Set<Segment>();
  for (const s of segments) {
    if (s.end !== HOURS || s.start === 0) continue;
    const nextDay = (s.day + 1) % DAYS;
    const next = segments.find(
      (n) => n.day === nextDay && n.start === 0 && n.end <= s.start && !absorbed.has(n),
    );
    if (next) {
      joined.set(s, next);
      absorbed.add(next);
    }
  }
  const spans = segments
    .filter((s) => !absorbed.has(s))
    .map((s) => ({ day: s.day, start: s.start, end: joined.get(s)?.end ?? s.end }));
  const byHours = new Map<string, ScheduleWindow>();
  for (const span of spans) {
    const key = `${span.start}-${span.end}`;
    const w = byHours.get(key) ?? { days: [], start: clock(span.start), end: clock(span.end), level };
    w.days.push(span.day + 1);
    byHours.set(key, w);
  }
  return [...byHours.values()].map((w) => ({ ...w, days: [...w.days].sort((a, b) => a - b) }));
}

/**
 * The schedule the grid stands for: the level holding the most hours is the base (a tie goes to the one
 * doing less work, later in `levelOrder`), every other level's hours become its fewest windows.
 */
export function scheduleFromCells(cells: WeekCells, timeZone: string, levelOrder: string[]): Schedule {
  const hours = hoursByLevel(cells);
  let baseLevel = levelOrder[levelOrder.length - 1] ?? 'off';
  for (const id of levelOrder) {
    if ((hours.get(id) ?? 0) >= (hours.get(baseLevel) ?? 0)) baseLevel = id;
  }
  const windows: ScheduleWindow[] = [];
  for (const id of [...hours.keys()].sort((a, b) => levelOrder.indexOf(a) - levelOrder.indexOf(b))) {
    if (id !== baseLevel) windows.push(...windowsFromCells(cells, id));
  }
  return { timeZone, baseLevel, windows };
}

/** The fewest windows that paint exactly the hours at `level`. */
export function windowsFromCells(cells: WeekCells, level: string): ScheduleWindow[] {
  const mask = emptyMask();
  cells.forEach((row, day) => row.forEach((id, hour) => id === level && setCell(mask, day, hour, true)));
  return windowsFromMask(mask, level);
}

/** Sets every cell in the rectangle between two corners to `level`, on a copy. */
export function paintRange(
  base: WeekCells,
  from: { day: number; hour: number },
  to: { day: number; hour: number },
  level: string,
): WeekCells {
  const cells = base.map((row) => [...row]);
  const [d0, d1] = [Math.min(from.day, to.day), Math.max(from.day, to.day)];
  const [h0, h1] = [Math.min(from.hour, to.hour), Math.max(from.hour, to.hour)];
  for (let d = d0; d <= d1; d++) for (let h = h0; h <= h1; h++) setCell(cells, d, h, level);
  return cells;
}

/** Hours a week at each level painted. */
export function hoursByLevel(cells: WeekCells): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of cells) for (const id of row) out.set(id, (out.get(id) ?? 0) + 1);
  return out;
}
