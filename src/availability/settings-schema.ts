// The owner's availability settings: throttling levels and the week they paint, game detection, active
// use, battery, thermal limits and the caps handed to the worker. Shared with the renderer and the
// settings contract: zod only.
import { z } from 'zod';
import { scheduleSchema, schedulePreset } from './schedule-schema.js';
import { defaultLevels, levelIdSchema, levelsSchema } from './levels-schema.js';

/** A program the owner names: an executable name ("obs64.exe") or a full path; matched case-insensitively. */
export const programEntrySchema = z.string().trim().min(1).max(1024);

export const availabilitySettingsSchema = z
  .object({
    /** The levels, from the most work to the least; the schedule, overrides and active use name them by id. */
    levels: levelsSchema,
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
    /**
     * Active use: input within this many minutes means the owner is at the PC, and serving drops to
     * `activeUseLevel` (Off: serve only when idle, as before levels); null turns it off.
     */
    idleOnlyMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .nullable(),
    /** The level while the owner is at the PC but not gaming (a game still frees the GPU completely). */
    activeUseLevel: levelIdSchema,
    pauseOnBattery: z.boolean(),
    /** Pause when the GPU reaches this temperature (°C) … */
    thermalLimitC: z.number().int().min(40).max(110),
    /** … and resume only once it is this many degrees below the limit. */
    thermalHysteresisC: z.number().int().min(1).max(30),
    /** Most requests served at once (the engine's sequences; a level admits up to its own share of them). */
    maxConcurrency: z.number().int().min(1).max(64),
    /** Largest share of the GPU's memory the model and its context may take (at any level). */
    vramShare: z.number().min(0.05).max(1),
  })
  .strict()
  .superRefine((a, ctx) => {
    const ids = new Set(a.levels.map((l) => l.id));
    const named = [
      { id: a.schedule.baseLevel, path: ['schedule', 'baseLevel'] },
      { id: a.activeUseLevel, path: ['activeUseLevel'] },
      ...a.schedule.windows.map((w, i) => ({ id: w.level, path: ['schedule', 'windows', i, 'level'] })),
    ];
    for (const { id, path } of named) {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path, message: `no level has the id "${id}"` });
    }
  });
export type AvailabilitySettings = z.infer<typeof availabilitySettingsSchema>;

/**
 * The owner's manual override as kept on disk between runs (see override.ts): validate a stored one with
 * this before handing it to the monitor; a corrupt file should mean "no override", not a crash.
 */
const overrideTimes = {
  until: z.number().int().nonnegative().nullable(),
  setAt: z.number().int().nonnegative(),
};
export const overrideSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pause'), ...overrideTimes }).strict(),
  z.object({ kind: z.literal('resume'), ...overrideTimes }).strict(),
  /** "Quiet for 2 h", "Full until tomorrow": a level chosen by the owner, beating the schedule and active use. */
  z.object({ kind: z.literal('level'), level: levelIdSchema, ...overrideTimes }).strict(),
]);

export function defaultAvailabilitySettings(): AvailabilitySettings {
  return {
    levels: defaultLevels({ maxConcurrency: 2, vramShare: 0.85 }),
    schedule: schedulePreset('always'),
    pauseForGames: true,
    gpuBusyThresholdMb: 700,
    pauseForPrograms: [],
    ignorePrograms: [],
    resumeGraceSeconds: 60,
    idleOnlyMinutes: null,
    activeUseLevel: 'off',
    pauseOnBattery: true,
    thermalLimitC: 83,
    thermalHysteresisC: 6,
    maxConcurrency: 2,
    vramShare: 0.85,
  };
}
