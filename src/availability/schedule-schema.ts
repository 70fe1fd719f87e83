// The owner's weekly schedule of throttling levels: a base level for the whole week, and windows that
// paint another level over it (quiet evenings, full at night). Shared with the renderer and the settings
// contract, so this file imports only zod (no Node, no luxon): the UI edits the same shape the core runs.
import { z } from 'zod';
import { levelIdSchema } from './levels-schema.js';

/** ISO weekdays, as luxon numbers them: 1 = Monday … 7 = Sunday. */
export const weekdaySchema = z.number().int().min(1).max(7);
export type Weekday = z.infer<typeof weekdaySchema>;

/** "HH:MM" wall-clock time in the owner's zone; "24:00" is allowed as an end (midnight after the day). */
export const clockTimeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time such as "07:30" (00:00 to 24:00)');

/**
 * One window: starts on each listed day at `start` and lasts until `end`, at `level`. An end at or before
 * the start means the window crosses midnight and ends on the next day (Fri 22:00–06:00 ends Saturday
 * 06:00); equal start and end mean a whole 24 hours from the start. Where windows overlap, the later one
 * in the list wins.
 */
export const scheduleWindowSchema = z
  .object({
    days: z
      .array(weekdaySchema)
      .min(1, 'a window needs at least one day')
      .max(7)
      .refine((d) => new Set(d).size === d.length, 'a day is listed twice'),
    start: clockTimeSchema.refine((t) => t !== '24:00', 'a window cannot start at 24:00'),
    end: clockTimeSchema,
    level: levelIdSchema,
  })
  .strict();
export type ScheduleWindow = z.infer<typeof scheduleWindowSchema>;

/** "system" follows the machine's zone; otherwise an IANA name such as "Europe/Berlin". */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(
    (zone) => zone === 'system' || isKnownTimeZone(zone),
    'unknown time zone (expected e.g. "Europe/Berlin")',
  );

export const scheduleSchema = z
  .object({
    timeZone: timeZoneSchema,
    /** The level wherever no window is painted. */
    baseLevel: levelIdSchema,
    windows: z.array(scheduleWindowSchema).max(64),
  })
  .strict();
export type Schedule = z.infer<typeof scheduleSchema>;

export const schedulePresetNames = [
  'always',
  'nights',
  'office',
  'weekends',
  'quiet-evenings',
  'full-at-night',
] as const;
export type SchedulePresetName = (typeof schedulePresetNames)[number];

const everyDay: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const weekdays: Weekday[] = [1, 2, 3, 4, 5];

/**
 * Ready-made schedules, in the shipped level ids. "always": Full all week; "nights": Full 23:00–07:00,
 * off otherwise; "office": Full Mon–Fri 09:00–18:00 (the owner is at work), off otherwise; "weekends":
 * Full all of Saturday and Sunday; "quiet-evenings": Full, but Quiet 18:00–23:00 every evening;
 * "full-at-night": Full 23:00–07:00, Balanced on weekdays in between, Quiet on weekend days.
 */
export function schedulePreset(name: SchedulePresetName, timeZone = 'system'): Schedule {
  switch (name) {
    case 'always':
      return { timeZone, baseLevel: 'full', windows: [] };
    case 'nights':
      return {
        timeZone,
        baseLevel: 'off',
        windows: [{ days: everyDay, start: '23:00', end: '07:00', level: 'full' }],
      };
    case 'office':
      return {
        timeZone,
        baseLevel: 'off',
        windows: [{ days: weekdays, start: '09:00', end: '18:00', level: 'full' }],
      };
    case 'weekends':
      return {
        timeZone,
        baseLevel: 'off',
        windows: [{ days: [6, 7], start: '00:00', end: '24:00', level: 'full' }],
      };
    case 'quiet-evenings':
      return {
        timeZone,
        baseLevel: 'full',
        windows: [{ days: everyDay, start: '18:00', end: '23:00', level: 'quiet' }],
      };
    case 'full-at-night':
      return {
        timeZone,
        baseLevel: 'balanced',
        windows: [
          { days: [6, 7], start: '07:00', end: '23:00', level: 'quiet' },
          { days: everyDay, start: '23:00', end: '07:00', level: 'full' },
        ],
      };
  }
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
