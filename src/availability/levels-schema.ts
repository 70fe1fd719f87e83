// Throttling levels: how hard the GPU works, as a small set the owner renames and tunes (Full, Balanced,
// Quiet, Off). The schedule paints levels over the week, overrides and active use pick one. Shared with
// the renderer and the settings contract, so this file imports only zod.
import { z } from 'zod';

/** A level's stable id (the schedule and overrides name levels by id, so renaming one breaks nothing). */
export const levelIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, 'a level id is lower-case letters, digits and dashes');
export type LevelId = z.infer<typeof levelIdSchema>;

export const levelSchema = z
  .object({
    id: levelIdSchema,
    /** What the owner calls it ("Quiet", "Ночь"). */
    name: z.string().trim().min(1).max(40),
    /** The colour the schedule grid paints it in. */
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as "#3a7bd5"'),
    /** Requests served at once; 0 is "off": the GPU is freed completely. */
    maxConcurrency: z.number().int().min(0).max(64),
    /** Share of GPU memory the model and its context may take at this level. */
    vramShare: z.number().min(0.05).max(1),
    /** Ceiling on the share of wall time the engine spends decoding (1: uncapped). */
    dutyCap: z.number().min(0.05).max(1),
    /** GPU board power limit in watts where the driver allows it (nvidia-smi needs admin rights); null: none. */
    powerLimitW: z.number().int().min(10).max(2000).nullable(),
    /** The price advertised at this level, in percent of the owner's coefficient (a quieter GPU may be cheaper). */
    pricePct: z.number().int().min(1).max(1000),
  })
  .strict();
export type Level = z.infer<typeof levelSchema>;

export const levelsSchema = z
  .array(levelSchema)
  .min(1)
  .max(8)
  .refine((ls) => new Set(ls.map((l) => l.id)).size === ls.length, 'two levels share an id');

/**
 * The shipped levels, listed from the most work to the least (the order "lower of two levels" uses).
 * `top` is the owner's caps (most requests at once, VRAM share), so Full is what serving meant before levels.
 */
export function defaultLevels(top: { maxConcurrency: number; vramShare: number }): Level[] {
  const half = Math.max(1, Math.ceil(top.maxConcurrency / 2));
  return [
    {
      id: 'full',
      name: 'Full',
      color: '#2e9d5b',
      maxConcurrency: top.maxConcurrency,
      vramShare: top.vramShare,
      dutyCap: 1,
      powerLimitW: null,
      pricePct: 100,
    },
    {
      id: 'balanced',
      name: 'Balanced',
      color: '#3a7bd5',
      maxConcurrency: half,
      vramShare: top.vramShare,
      dutyCap: 0.7,
      powerLimitW: null,
      pricePct: 90,
    },
    {
      id: 'quiet',
      name: 'Quiet',
      color: '#8e6fd8',
      maxConcurrency: 1,
      vramShare: Math.min(top.vramShare, 0.6),
      dutyCap: 0.4,
      powerLimitW: null,
      pricePct: 75,
    },
    {
      id: 'off',
      name: 'Off',
      color: '#9aa0a6',
      maxConcurrency: 0,
      vramShare: 0.05,
      dutyCap: 1,
      powerLimitW: null,
      pricePct: 100,
    },
  ];
}

export function isOff(level: Level): boolean {
  return level.maxConcurrency === 0;
}
