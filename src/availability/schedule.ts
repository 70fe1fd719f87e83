// Evaluates a weekly schedule at an instant in the owner's IANA zone. All calendar math goes through luxon,
// so DST days are as long as they really are (23 h / 25 h) and windows keep their wall-clock times.
import { DateTime, IANAZone } from 'luxon';
import type { Schedule, ScheduleWindow } from './schedule-schema.js';

export class ScheduleError extends Error {
  readonly code: 'bad-time-zone';
  constructor(code: 'bad-time-zone', message: string) {
    super(message);
    this.code = code;
  }
}

export interface ScheduleState {
  /** Whether the schedule lets the node serve at this instant. */
  inside: boolean;
  /** Epoch ms of the next change of `inside`, or null when none comes within the coming week (or ever). */
  nextChange: number | null;
}

/** Days looked at on each side; windows last at most 24 h, and a weekly schedule repeats within 7 days. */
const LOOK_BACK_DAYS = 2;
const LOOK_AHEAD_DAYS = 9;

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

export function scheduleState(schedule: Schedule, now: number): ScheduleState {
  if (schedule.mode === 'always') return { inside: true, nextChange: null };
  const intervals = scheduleIntervals(schedule, now);
  const horizon = now + LOOK_AHEAD_DAYS * 86_400_000;
  for (const [start, end] of intervals) {
    if (now < start) return { inside: false, nextChange: start };
    if (now < end) return { inside: true, nextChange: end >= horizon - 86_400_000 ? null : end };
  }
  return { inside: false, nextChange: null };
}

/** The merged [start, end) intervals (epoch ms) around `now`, in order. Touching windows merge into one. */
export function scheduleIntervals(schedule: Schedule, now: number): Array<[number, number]> {
  const zone = resolveTimeZone(schedule.timeZone);
  const today = DateTime.fromMillis(now, { zone }).startOf('day');
  const raw: Array<[number, number]> = [];
  for (let offset = -LOOK_BACK_DAYS; offset <= LOOK_AHEAD_DAYS; offset++) {
    const day = today.plus({ days: offset });
    for (const window of schedule.windows) {
      if (window.days.includes(day.weekday)) raw.push(windowInterval(window, day, zone));
    }
  }
  raw.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of raw) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
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
