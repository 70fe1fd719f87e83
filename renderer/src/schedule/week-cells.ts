// The weekly grid the owner edits (7 days × 24 hours) and its translation to and from the schedule
// windows the core runs ({days, start, end}, see src/availability/schedule-schema.ts). Pure, no React.
import type { Schedule, ScheduleWindow } from './presets.js';

export const DAYS = 7;
export const HOURS = 24;
const DAY_MIN = 24 * 60;
const WEEK_MIN = DAYS * DAY_MIN;

/** cells[day][hour], day 0 = Monday (ISO weekday 1). */
export type WeekCells = boolean[][];

export function emptyCells(fill = false): WeekCells {
  return Array.from({ length: DAYS }, () => Array.from({ length: HOURS }, () => fill));
}

function minutes(clock: string): number {
  const [h = '0', m = '0'] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

function clock(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** A cell is on when a window covers the middle of its hour (windows may start at :30). */
export function cellsFromSchedule(schedule: Schedule): WeekCells {
  if (schedule.mode === 'always') return emptyCells(true);
  const cells = emptyCells();
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
        if (inside) setCell(cells, Math.floor(h / HOURS), h % HOURS, true);
      }
    }
  }
  return cells;
}

function setCell(cells: WeekCells, day: number, hour: number, on: boolean): void {
  const row = cells[day];
  if (row) row[hour] = on;
}

export function cellOn(cells: WeekCells, day: number, hour: number): boolean {
  return cells[day]?.[hour] ?? false;
}

interface Segment {
  day: number;
  start: number;
  end: number;
}

/** Runs of selected hours inside each day, end exclusive (24 = midnight after the day). */
function daySegments(cells: WeekCells): Segment[] {
  const out: Segment[] = [];
  for (let day = 0; day < DAYS; day++) {
    let start = -1;
    for (let h = 0; h <= HOURS; h++) {
      const on = h < HOURS && cellOn(cells, day, h);
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
export function windowsFromCells(cells: WeekCells): ScheduleWindow[] {
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
    const w = byHours.get(key) ?? { days: [], start: clock(span.start), end: clock(span.end) };
    w.days.push(span.day + 1);
    byHours.set(key, w);
  }
  return [...byHours.values()].map((w) => ({ ...w, days: [...w.days].sort((a, b) => a - b) }));
}

/** The schedule the grid stands for: edits always give "windows" mode (an empty grid never serves). */
export function scheduleFromCells(cells: WeekCells, timeZone: string): Schedule {
  return { mode: 'windows', timeZone, windows: windowsFromCells(cells) };
}

/** Sets every cell in the rectangle between two corners to `on`, on a copy. */
export function paintRange(
  base: WeekCells,
  from: { day: number; hour: number },
  to: { day: number; hour: number },
  on: boolean,
): WeekCells {
  const cells = base.map((row) => [...row]);
  const [d0, d1] = [Math.min(from.day, to.day), Math.max(from.day, to.day)];
  const [h0, h1] = [Math.min(from.hour, to.hour), Math.max(from.hour, to.hour)];
  for (let d = d0; d <= d1; d++) for (let h = h0; h <= h1; h++) setCell(cells, d, h, on);
  return cells;
}

export function countOn(cells: WeekCells): number {
  return cells.reduce((n, row) => n + row.filter(Boolean).length, 0);
}
