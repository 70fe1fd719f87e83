// The owner's weekly availability schedule. Shared with the renderer and the settings contract, so this
// file imports only zod (no Node, no luxon): the UI validates and edits the same shape the core runs.
import { z } from 'zod';

/** ISO weekdays, as luxon numbers them: 1 = Monday … 7 = Sunday. */
export const weekdaySchema = z.number().int().min(1).max(7);
export type Weekday = z.infer<typeof weekdaySchema>;

/** "HH:MM" wall-clock time in the owner's zone; "24:00" is allowed as an end (midnight after the day). */
export const clockTimeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time such as "07:30" (00:00 to 24:00)');

/**
 * One window: starts on each listed day at `start` and lasts until `end`. An end at or before the start
 * means the window crosses midnight and ends on the next day (Fri 22:00–06:00 ends Saturday 06:00);
 * equal start and end mean a whole 24 hours from the start.
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

export const scheduleModes = ['always', 'windows'] as const;

export const scheduleSchema = z
  .object({
    /** "always": serve at any hour; "windows": serve only inside the windows below. */
    mode: z.enum(scheduleModes),
    timeZone: timeZoneSchema,
    windows: z.array(scheduleWindowSchema).max(64),
  })
  .strict();
export type Schedule = z.infer<typeof scheduleSchema>;

export const schedulePresetNames = ['always', 'nights', 'office', 'weekends'] as const;
export type SchedulePresetName = (typeof schedulePresetNames)[number];

const everyDay: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/**
 * Ready-made schedules. "office" serves while the owner is at work (Mon–Fri 09:00–18:00);
 * "nights" serves 23:00–07:00 every night; "weekends" serves all of Saturday and Sunday.
 */
export function schedulePreset(name: SchedulePresetName, timeZone = 'system'): Schedule {
  switch (name) {
    case 'always':
      return { mode: 'always', timeZone, windows: [] };
    case 'nights':
      return { mode: 'windows', timeZone, windows: [{ days: everyDay, start: '23:00', end: '07:00' }] };
    case 'office':
      return {
        mode: 'windows',
        timeZone,
        windows: [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }],
      };
    case 'weekends':
      return { mode: 'windows', timeZone, windows: [{ days: [6, 7], start: '00:00', end: '24:00' }] };
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
