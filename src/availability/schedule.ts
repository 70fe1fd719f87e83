// Evaluates a weekly schedule of levels at an instant in the owner's IANA zone. All calendar math goes
// through luxon, so DST days are as long as they really are (23 h / 25 h) and windows keep their
// wall-clock times.
import { DateTime, IANAZone } from 'luxon';
import type { LevelId } from './levels-schema.js';
import type { Schedule, ScheduleWindow } from './schedule-schema.js';

export class ScheduleError extends Error {
  readonly code: 'bad-time-zone';
  constructor(code: 'bad-time-zone', message: string) {
    super(message);
    this.code = code;
  }
}

export interface ScheduleLevel {
  /** The level the schedule paints at this instant. */
  level: LevelId;
  /** Epoch ms when the painted level next changes, or null when it never does (within the coming week). */
  nextChange: number | null;
  /** The level from `nextChange` on (null with it). */
  nextLevel: LevelId | null;
}

/** Days looked at on each side; windows last at most 24 h, and a weekly schedule repeats within 7 days. */
const LOOK_BACK_DAYS = 2;
const LOOK_AHEAD_DAYS = 9;
const WEEK_MS = 7 * 86_400_000;

/** An IANA name for "system" or a named zone; a system without a usable zone name counts as UTC. */
export function resolveTimeZone(zone: string): string {
  if (zone !== 'system') {
    // IANAZone.isValidZone caches its answer, which matters: the policy resolves the zone on every sample.
    if (!IANAZone.isValidZone(zone)) throw new ScheduleError('bad-time-zone', `unknown time zone "${zone}"`);
    return zone;
  }
  // Asking Intl for the system zone builds a formatter, the dearest step of a policy run; a zone change
  // (the owner travels) is picked up within a minute.
  const now = Date.now();
  if (now - systemZone.at > 60_000) {
    const name = Intl.DateTimeFormat().resolvedOptions().timeZone;
    systemZone.name = name && IANAZone.isValidZone(name) ? name : 'UTC';
    systemZone.at = now;
  }
  return systemZone.name;
}

const systemZone = { name: 'UTC', at: -Infinity };

/** A painted stretch of time: [start, end) epoch ms at one level. */
export interface Segment {
  start: number;
  end: number;
  level: LevelId;
}

/** The level the schedule paints at `now`, and when and to what it changes next. DST-correct. */
export function scheduleLevel(schedule: Schedule, now: number): ScheduleLevel {
  const segments = scheduleSegments(schedule, now, now + WEEK_MS + 86_400_000);
  const here = segments[0];
  const level = here?.level ?? schedule.baseLevel;
  const next = segments[1];
  if (!here || !next) return { level, nextChange: null, nextLevel: null };
  return { level, nextChange: here.end, nextLevel: next.level };
}

/**
 * The schedule as consecutive segments from `from` to `to` (at most ~10 days apart), neighbours always at
 * different levels. Windows paint over the base level; where windows overlap, the later one listed wins.
 */
export function scheduleSegments(schedule: Schedule, from: number, to: number): Segment[] {
  const intervals = windowIntervals(schedule, from);
  const cuts = new Set<number>([from]);
  for (const w of intervals) {
    if (w.start > from && w.start < to) cuts.add(w.start);
    if (w.end > from && w.end < to) cuts.add(w.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  points.forEach((start, i) => {
    const end = points[i + 1] ?? to;
    let level = schedule.baseLevel;
    let rank = -1;
    for (const w of intervals) {
      if (w.start <= start && start < w.end && w.rank > rank) {
        level = w.level;
        rank = w.rank;
      }
    }
    const last = out[out.length - 1];
    if (last && last.level === level) last.end = end;
    else out.push({ start, end, level });
  });
  return out;
}

/** Hours per level over the coming 168 hours from `now`; windows keep their wall-clock length across DST. */
export function levelHoursPerWeek(schedule: Schedule, now: number): Map<LevelId, number> {
  const hours = new Map<LevelId, number>();
  for (const s of scheduleSegments(schedule, now, now + WEEK_MS)) {
    hours.set(s.level, (hours.get(s.level) ?? 0) + (s.end - s.start) / 3_600_000);
  }
  return hours;
}

interface PaintedInterval {
  start: number;
  end: number;
  level: LevelId;
  /** Position in the window list (a later window paints over an earlier one). */
  rank: number;
}

function windowIntervals(schedule: Schedule, now: number): PaintedInterval[] {
  const zone = resolveTimeZone(schedule.timeZone);
  const today = DateTime.fromMillis(now, { zone }).startOf('day');
  const out: PaintedInterval[] = [];
  for (let offset = -LOOK_BACK_DAYS; offset <= LOOK_AHEAD_DAYS; offset++) {
    const day = today.plus({ days: offset });
    schedule.windows.forEach((window, rank) => {
      if (!window.days.includes(day.weekday)) return;
      const [start, end] = windowInterval(window, day, zone);
      out.push({ start, end, level: window.level, rank });
    });
  }
  return out;
}

function windowInterval(window: ScheduleWindow, day: DateTime, zone: string): [number, number] {
  const startMin = minutesOf(window.start);
  const endMin = minutesOf(window.end);
  const start = localInstant(day, startMin, zone);
  const endDay = endMin <= startMin ? day.plus({ days: 1 }) : day;
  // "24:00" is midnight at the end of the day, i.e. 00:00 of the next one.
  const end =
    endMin === 1440 ? localInstant(endDay.plus({ days: 1 }), 0, zone) : localInstant(endDay, endMin, zone);
  return [start, end];
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * Epoch ms of a wall-clock time on a local day. A time skipped by spring-forward moves forward by the gap
 * (02:30 → 03:30 in Berlin, luxon's rule); a time repeated by fall-back takes its first occurrence, so a
 * window starting at 02:30 starts the first time the clock shows 02:30.
 */
export function localInstant(day: DateTime, minutes: number, zone: string): number {
  const wall = {
    year: day.year,
    month: day.month,
    day: day.day,
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
  };
  const dt = DateTime.fromObject(wall, { zone });
  const earlierOffset = DateTime.fromMillis(dt.toMillis() - 3 * 3_600_000, { zone }).offset;
  if (earlierOffset > dt.offset) {
    const alt = DateTime.fromMillis(dt.toMillis() - (earlierOffset - dt.offset) * 60_000, { zone });
    if (alt.hour === wall.hour && alt.minute === wall.minute && alt.day === wall.day) return alt.toMillis();
  }
  return dt.toMillis();
}

/** The next local `hour`:00 strictly after `now` (used by "pause until tomorrow"). */
export function nextLocalHour(now: number, hour: number, zone: string): number {
  const tz = resolveTimeZone(zone);
  const today = DateTime.fromMillis(now, { zone: tz }).startOf('day');
  const candidate = localInstant(today, hour * 60, tz);
  return candidate > now ? candidate : localInstant(today.plus({ days: 1 }), hour * 60, tz);
}
