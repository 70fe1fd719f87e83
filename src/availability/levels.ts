// Levels as the policy uses them: look one up by id, order two ("the lower of Quiet and Balanced"), and
// the figures a level hands the worker, clamped to the owner's caps (the engine's loaded sequences and VRAM).
import { isOff, type Level, type LevelId } from './levels-schema.js';
import type { Schedule } from './schedule-schema.js';
import { scheduleLevel } from './schedule.js';

/** What the worker runs under at a level. */
export interface AppliedLevel {
  id: LevelId;
  name: string;
  /** Requests admitted at once (≥ 1: an Off level never reaches the worker, it is a pause). */
  maxConcurrency: number;
  vramShare: number;
  dutyCap: number;
  powerLimitW: number | null;
  pricePct: number;
}

interface LevelSettings {
  levels: Level[];
  maxConcurrency: number;
  vramShare: number;
}

/** The level with this id; the settings schema guarantees every named id exists, so a miss is a bug. */
export function findLevel(a: { levels: Level[] }, id: LevelId): Level {
  const level = a.levels.find((l) => l.id === id);
  if (!level) throw new Error(`no level has the id "${id}"`);
  return level;
}

/** The level doing less work of the two (levels are listed from the most work to the least). */
export function lowerLevel(a: { levels: Level[] }, x: Level, y: Level): Level {
  const ix = a.levels.findIndex((l) => l.id === x.id);
  const iy = a.levels.findIndex((l) => l.id === y.id);
  return iy > ix ? y : x;
}

/** The first level that serves: what "resume now" serves at and what plain "Serving" means. */
export function topLevel(a: { levels: Level[] }): Level | null {
  return a.levels.find((l) => !isOff(l)) ?? null;
}

export function applyLevel(a: LevelSettings, level: Level): AppliedLevel {
  return {
    id: level.id,
    name: level.name,
    maxConcurrency: Math.max(1, Math.min(level.maxConcurrency, a.maxConcurrency)),
    vramShare: Math.min(level.vramShare, a.vramShare),
    dutyCap: level.dutyCap,
    powerLimitW: level.powerLimitW,
    pricePct: level.pricePct,
  };
}

/** The coefficient (×1000) advertised at a level: the owner's base coefficient scaled by its price share. */
export function levelCoefficient(base: number, level: Pick<AppliedLevel, 'pricePct'>): number {
  return Math.round((base * level.pricePct) / 100);
}

/**
 * The GPU memory share to plan the engine with at `now`: the level the schedule paints then, within the
 * owner's cap; where it paints Off, the largest share of any serving level (the engine loads for when it
 * serves). A level's share applies when a plan is made (start-up, model switch), never by a reload.
 */
export function plannedVramShare(
  a: { levels: Level[]; schedule: Schedule; vramShare: number },
  now: number,
): number {
  const painted = a.levels.find((l) => l.id === scheduleLevel(a.schedule, now).level);
  const serving = a.levels.filter((l) => !isOff(l));
  const share =
    painted && !isOff(painted) ? painted.vramShare : Math.max(...serving.map((l) => l.vramShare), 0.05);
  return Math.min(share, a.vramShare);
}
