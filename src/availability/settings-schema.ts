// The owner's availability settings: schedule, game detection, idle-only mode, battery, thermal limits and
// the caps handed to the worker. Shared with the renderer and the settings contract: zod only.
import { z } from 'zod';
import { scheduleSchema, schedulePreset } from './schedule-schema.js';

/** A program the owner names: an executable name ("obs64.exe") or a full path; matched case-insensitively. */
export const programEntrySchema = z.string().trim().min(1).max(1024);

export const availabilitySettingsSchema = z
  .object({
    schedule: scheduleSchema,
    /** Pause while a game from a known launcher library runs. */
    pauseForGames: z.boolean(),
    /** Also pause while any other program uses at least this much GPU memory (MB); null turns it off. */
    gpuBusyThresholdMb: z.number().int().min(1).max(1_000_000).nullable(),
    /** The owner's own programs that should pause serving while they run. */
    pauseForPrograms: z.array(programEntrySchema).max(200),
    /** Programs never to pause for (e.g. a launcher the catalog does not know is idle). */
    ignorePrograms: z.array(programEntrySchema).max(200),
    /** How long to keep paused after the game (or busy program) exits. */
    resumeGraceSeconds: z.number().int().min(0).max(3600),
    /** Serve only after this many minutes without keyboard/mouse input; null turns idle-only mode off. */
    idleOnlyMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .nullable(),
    pauseOnBattery: z.boolean(),
    /** Pause when the GPU reaches this temperature (°C) … */
    thermalLimitC: z.number().int().min(40).max(110),
    /** … and resume only once it is this many degrees below the limit. */
    thermalHysteresisC: z.number().int().min(1).max(30),
    /** Most requests served at once. */
    maxConcurrency: z.number().int().min(1).max(64),
    /** Largest share of the GPU's memory the model and its context may take. */
    vramShare: z.number().min(0.05).max(1),
  })
  .strict();
export type AvailabilitySettings = z.infer<typeof availabilitySettingsSchema>;

/**
 * The owner's manual override as kept on disk between runs (see override.ts): validate a stored one with
 * this before handing it to the monitor; a corrupt file should mean "no override", not a crash.
 */
export const overrideSchema = z
  .object({
    kind: z.enum(['pause', 'resume']),
    until: z.number().int().nonnegative().nullable(),
    setAt: z.number().int().nonnegative(),
  })
  .strict();

export function defaultAvailabilitySettings(): AvailabilitySettings {
  return {
    schedule: schedulePreset('always'),
    pauseForGames: true,
    gpuBusyThresholdMb: 700,
    pauseForPrograms: [],
    ignorePrograms: [],
    resumeGraceSeconds: 60,
    idleOnlyMinutes: null,
    pauseOnBattery: true,
    thermalLimitC: 83,
    thermalHysteresisC: 6,
    maxConcurrency: 2,
    vramShare: 0.85,
  };
}
