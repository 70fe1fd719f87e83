import { describe, expect, it } from 'vitest';
import {
  levelHoursPerWeek,
  nextLocalHour,
  scheduleLevel,
  scheduleSegments,
  ScheduleError,
} from './schedule.js';
import { scheduleSchema, schedulePreset, schedulePresetNames, type Schedule } from './schedule-schema.js';

const utc = (iso: string): number => Date.parse(iso);
/** On/off windows as before levels: Full inside each window, Off elsewhere. */
const berlin = (windows: Array<Omit<Schedule['windows'][number], 'level'>>): Schedule => ({
  timeZone: 'Europe/Berlin',
  baseLevel: 'off',
  windows: windows.map((w) => ({ ...w, level: 'full' })),
});
/** Whether a serving level is painted, and when that changes. */
const scheduleState = (s: Schedule, now: number) => {
  const l = scheduleLevel(s, now);
  return { inside: l.level !== 'off', nextChange: l.nextChange };
};

describe('weekly schedule', () => {
  it('always serves with no change ahead', () => {
    expect(scheduleState(schedulePreset('always', 'Europe/Berlin'), utc('2026-03-29T01:00:00Z'))).toEqual({
      inside: true,
      nextChange: null,
    });
  });

  it('a night window lasts 7 real hours across the Berlin spring-forward night (2026-03-29)', () => {
    const nights = schedulePreset('nights', 'Europe/Berlin');
    // Saturday 23:00 CET = 22:00Z; Sunday 07:00 CEST = 05:00Z.
    expect(scheduleState(nights, utc('2026-03-28T21:59:00Z'))).toEqual({
      inside: false,
      nextChange: utc('2026-03-28T22:00:00Z'),
    });
    expect(scheduleState(nights, utc('2026-03-29T04:59:00Z'))).toEqual({
      inside: true,
      nextChange: utc('2026-03-29T05:00:00Z'),
    });
    // Sunday evening is already CEST: 23:00 local = 21:00Z.
    expect(scheduleState(nights, utc('2026-03-29T05:00:00Z'))).toEqual({
      inside: false,
      nextChange: utc('2026-03-29T21:00:00Z'),
    });
  });

  it('a start inside the skipped hour moves forward by the gap', () => {
    const s = berlin([{ days: [7], start: '02:30', end: '04:00' }]);
    const sunday = scheduleSegments(s, utc('2026-03-29T00:00:00Z'), utc('2026-03-30T00:00:00Z')).find(
      (seg) => seg.level === 'full',
    );
    // 02:30 does not exist; luxon's rule gives 03:30 CEST (01:30Z); 04:00 CEST is 02:00Z.
    expect(sunday).toEqual({
      start: utc('2026-03-29T01:30:00Z'),
      end: utc('2026-03-29T02:00:00Z'),
      level: 'full',
    });
  });

  it('a night window lasts 9 real hours across the Berlin fall-back night (2026-10-25)', () => {
    const nights = schedulePreset('nights', 'Europe/Berlin');
    // Saturday 23:00 CEST = 21:00Z; Sunday 07:00 CET = 06:00Z.
    expect(scheduleState(nights, utc('2026-10-24T21:00:00Z'))).toEqual({
      inside: true,
      nextChange: utc('2026-10-25T06:00:00Z'),
    });
    expect(scheduleState(nights, utc('2026-10-25T05:59:00Z')).inside).toBe(true);
    expect(scheduleState(nights, utc('2026-10-25T06:00:00Z'))).toEqual({
      inside: false,
      nextChange: utc('2026-10-25T22:00:00Z'),
    });
  });

  it('a start at a repeated time takes its first occurrence', () => {
    const s = berlin([{ days: [7], start: '02:30', end: '03:30' }]);
    // 02:30 CEST = 00:30Z (first time the clock shows 02:30); 03:30 CET = 02:30Z.
    expect(scheduleState(s, utc('2026-10-25T00:30:00Z'))).toEqual({
      inside: true,
      nextChange: utc('2026-10-25T02:30:00Z'),
    });
    expect(scheduleState(s, utc('2026-10-25T00:29:00Z')).inside).toBe(false);
  });

  it('office hours: Friday evening in New York resumes Monday 09:00 EDT across spring-forward', () => {
    const office = schedulePreset('office', 'America/New_York');
    // Friday 2026-03-06 18:00 EST = 23:00Z; Monday 2026-03-09 09:00 EDT = 13:00Z.
    expect(scheduleState(office, utc('2026-03-06T22:59:00Z'))).toEqual({
      inside: true,
      nextChange: utc('2026-03-06T23:00:00Z'),
    });
    expect(scheduleState(office, utc('2026-03-06T23:00:00Z'))).toEqual({
      inside: false,
      nextChange: utc('2026-03-09T13:00:00Z'),
    });
  });

  it('office hours after the New York fall-back (2026-11-01) start at 09:00 EST', () => {
    const office = schedulePreset('office', 'America/New_York');
    expect(scheduleState(office, utc('2026-10-31T12:00:00Z'))).toEqual({
      inside: false,
      nextChange: utc('2026-11-02T14:00:00Z'),
    });
  });

  it('a window crossing midnight covers the next morning even when that day is not listed', () => {
    const s = berlin([{ days: [5], start: '22:00', end: '06:00' }]);
    // Saturday 2026-06-06 03:00 CEST is inside Friday's window; Saturday 22:00 is not.
    expect(scheduleState(s, utc('2026-06-06T01:00:00Z'))).toEqual({
      inside: true,
      nextChange: utc('2026-06-06T04:00:00Z'),
    });
    expect(scheduleState(s, utc('2026-06-06T20:00:00Z'))).toEqual({
      inside: false,
      nextChange: utc('2026-06-12T20:00:00Z'),
    });
  });

  it('touching windows merge so the next change is the real end', () => {
    const s = berlin([
      { days: [1], start: '22:00', end: '24:00' },
      { days: [2], start: '00:00', end: '06:00' },
    ]);
    // Monday 2026-06-01 23:00 CEST = 21:00Z; Tuesday 06:00 CEST = 04:00Z.
    expect(scheduleState(s, utc('2026-06-01T21:00:00Z'))).toEqual({
      inside: true,
      nextChange: utc('2026-06-02T04:00:00Z'),
    });
  });

  it('weekends: on a Monday the next start is Saturday 00:00', () => {
    const s = schedulePreset('weekends', 'Europe/Berlin');
    expect(scheduleState(s, utc('2026-06-01T10:00:00Z'))).toEqual({
      inside: false,
      nextChange: utc('2026-06-05T22:00:00Z'),
    });
    expect(scheduleState(s, utc('2026-06-07T10:00:00Z'))).toEqual({
      inside: true,
      nextChange: utc('2026-06-07T22:00:00Z'),
    });
  });

  it('windows covering the whole week never change; no windows never serve', () => {
    const full = berlin([{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00' }]);
    expect(scheduleState(full, utc('2026-06-01T10:00:00Z'))).toEqual({ inside: true, nextChange: null });
    expect(scheduleState(berlin([]), utc('2026-06-01T10:00:00Z'))).toEqual({
      inside: false,
      nextChange: null,
    });
  });

  it('an unknown zone is a typed error', () => {
    expect(() => scheduleLevel({ timeZone: 'Mars/Olympus', baseLevel: 'off', windows: [] }, 0)).toThrow(
      ScheduleError,
    );
  });

  it('"until tomorrow" ends at the next local 06:00, DST included', () => {
    // Saturday 22:00 CET → Sunday 06:00 CEST (04:00Z).
    expect(nextLocalHour(utc('2026-03-28T21:00:00Z'), 6, 'Europe/Berlin')).toBe(utc('2026-03-29T04:00:00Z'));
    // 01:00 local → the same morning's 06:00.
    expect(nextLocalHour(utc('2026-06-01T23:00:00Z'), 6, 'Europe/Berlin')).toBe(utc('2026-06-02T04:00:00Z'));
  });
});

describe('schedule schema', () => {
  it('accepts every preset and rejects bad input with a message', () => {
    for (const name of schedulePresetNames) {
      expect(scheduleSchema.safeParse(schedulePreset(name, 'Europe/Berlin')).success).toBe(true);
    }
    const bad = (windows: Array<Record<string, unknown>>, timeZone = 'UTC') =>
      scheduleSchema.safeParse({
        baseLevel: 'off',
        timeZone,
        windows: windows.map((w) => ({ level: 'full', ...w })),
      }).success;
    expect(bad([{ days: [1], start: '25:00', end: '06:00' }])).toBe(false);
    expect(bad([{ days: [1, 1], start: '20:00', end: '06:00' }])).toBe(false);
    expect(bad([{ days: [8], start: '20:00', end: '06:00' }])).toBe(false);
    expect(bad([{ days: [1], start: '24:00', end: '06:00' }])).toBe(false);
    expect(bad([], 'Not/AZone')).toBe(false);
    expect(bad([{ days: [1], start: '20:00', end: '24:00' }], 'system')).toBe(true);
    expect(bad([{ days: [1], start: '20:00', end: '24:00', level: 'Not An Id' }])).toBe(false);
  });
});

describe('a week painted with levels', () => {
  it('quiet evenings: Quiet from 18:00 to 23:00 local, on both sides of the Berlin fall-back', () => {
    const s = schedulePreset('quiet-evenings', 'Europe/Berlin');
    // Saturday 2026-10-24 is CEST: 18:00 = 16:00Z; 23:00 = 21:00Z.
    expect(scheduleLevel(s, utc('2026-10-24T15:59:00Z'))).toEqual({
      level: 'full',
      nextChange: utc('2026-10-24T16:00:00Z'),
      nextLevel: 'quiet',
    });
    expect(scheduleLevel(s, utc('2026-10-24T16:00:00Z'))).toEqual({
      level: 'quiet',
      nextChange: utc('2026-10-24T21:00:00Z'),
      nextLevel: 'full',
    });
    // Sunday 2026-10-25 is CET after the night: the same evening edges are an hour later in UTC.
    expect(scheduleLevel(s, utc('2026-10-25T12:00:00Z'))).toEqual({
      level: 'full',
      nextChange: utc('2026-10-25T17:00:00Z'),
      nextLevel: 'quiet',
    });
    expect(scheduleLevel(s, utc('2026-10-25T21:59:00Z')).level).toBe('quiet');
    expect(scheduleLevel(s, utc('2026-10-25T22:00:00Z')).level).toBe('full');
  });

  it('full at night: the spring-forward night is an hour shorter, and the day levels follow', () => {
    const s = schedulePreset('full-at-night', 'Europe/Berlin');
    // Saturday 2026-03-28 23:00 CET = 22:00Z → Sunday 07:00 CEST = 05:00Z: 7 real hours of Full.
    expect(scheduleLevel(s, utc('2026-03-28T21:59:00Z'))).toEqual({
      level: 'quiet',
      nextChange: utc('2026-03-28T22:00:00Z'),
      nextLevel: 'full',
    });
    expect(scheduleLevel(s, utc('2026-03-28T22:00:00Z'))).toEqual({
      level: 'full',
      nextChange: utc('2026-03-29T05:00:00Z'),
      nextLevel: 'quiet',
    });
    // Monday morning 07:00 CEST = 05:00Z: Balanced on weekdays.
    expect(scheduleLevel(s, utc('2026-03-30T05:00:00Z'))).toEqual({
      level: 'balanced',
      nextChange: utc('2026-03-30T21:00:00Z'),
      nextLevel: 'full',
    });
  });

  it('a later window paints over an earlier one where they overlap', () => {
    const s: Schedule = {
      timeZone: 'UTC',
      baseLevel: 'full',
      windows: [
        { days: [1], start: '08:00', end: '20:00', level: 'balanced' },
        { days: [1], start: '12:00', end: '14:00', level: 'quiet' },
      ],
    };
    // Monday 2026-06-01.
    const day = scheduleSegments(s, utc('2026-06-01T00:00:00Z'), utc('2026-06-02T00:00:00Z'));
    expect(day.map((seg) => [new Date(seg.start).toISOString().slice(11, 16), seg.level])).toEqual([
      ['00:00', 'full'],
      ['08:00', 'balanced'],
      ['12:00', 'quiet'],
      ['14:00', 'balanced'],
      ['20:00', 'full'],
    ]);
  });

  it('hours per level over the coming 168 hours, across the spring-forward night', () => {
    const s = schedulePreset('quiet-evenings', 'Europe/Berlin');
    // From Monday 2026-03-23 00:00 CET: seven evenings of 5 wall-clock hours each, the DST night included.
    const hours = levelHoursPerWeek(s, utc('2026-03-22T23:00:00Z'));
    expect(hours.get('quiet')).toBe(35);
    expect(hours.get('full')).toBe(133);
  });
});
