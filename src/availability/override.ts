// Manual overrides: the owner's "pause for 15 min / 1 h / until tomorrow / until I resume", "resume now",
// and a chosen level ("Quiet for 2 h", "Full until tomorrow"). An override beats the schedule and expires
// by itself; expired overrides simply stop counting.
import { nextLocalHour, scheduleLevel } from './schedule.js';
import { isOff, type Level, type LevelId } from './levels-schema.js';
import type { Schedule } from './schedule-schema.js';
import type { overrideSchema } from './settings-schema.js';
import type { z } from 'zod';

/**
 * kind "pause": paused by the owner until `until` (epoch ms), or until they resume when null.
 * kind "resume": resumed by the owner while the schedule paints Off: serve until `until` (its next change).
 * kind "level": the owner's chosen level until `until`, or until they change it when null.
 * Stored between runs; `overrideSchema` (settings-schema.ts) validates a stored one.
 */
export type Override = z.infer<typeof overrideSchema>;

export const pauseChoices = ['15m', '1h', 'tomorrow', 'until-resumed'] as const;
export type PauseChoice = (typeof pauseChoices)[number];

/** "Until tomorrow" ends at the next local 06:00 after the press (at 01:00 that is five hours later). */
export const TOMORROW_HOUR = 6;

export class OverrideError extends Error {
  readonly code: 'bad-duration' | 'unknown-level';
  constructor(code: 'bad-duration' | 'unknown-level', message: string) {
    super(message);
    this.code = code;
  }
}

export function pauseOverride(
  choice: PauseChoice | { forMs: number },
  now: number,
  timeZone: string,
): Override {
  if (typeof choice === 'object') {
    if (!Number.isFinite(choice.forMs) || choice.forMs <= 0) {
      throw new OverrideError('bad-duration', `a pause must last a positive time, not ${choice.forMs} ms`);
    }
    return { kind: 'pause', until: now + choice.forMs, setAt: now };
  }
  switch (choice) {
    case '15m':
      return { kind: 'pause', until: now + 15 * 60_000, setAt: now };
    case '1h':
      return { kind: 'pause', until: now + 3_600_000, setAt: now };
    case 'tomorrow':
      return { kind: 'pause', until: nextLocalHour(now, TOMORROW_HOUR, timeZone), setAt: now };
    case 'until-resumed':
      return { kind: 'pause', until: null, setAt: now };
  }
}

/**
 * "Resume now": clears any pause and, where the schedule paints Off, beats it until its next change. Where
 * it paints a serving level there is nothing to beat, so the result is no override at all (null): a stale
 * "resume" must not outlive the moment it was meant for.
 */
export function resumeOverride(a: { schedule: Schedule; levels: Level[] }, now: number): Override | null {
  const state = scheduleLevel(a.schedule, now);
  const level = a.levels.find((l) => l.id === state.level);
  return level && !isOff(level) ? null : { kind: 'resume', until: state.nextChange, setAt: now };
}

export const levelChoices = ['2h', 'tomorrow', 'until-changed'] as const;
export type LevelChoice = (typeof levelChoices)[number];

/** "Quiet for 2 h" ({ forMs }), "Full until tomorrow" (the next local 06:00), or until the owner changes it. */
export function levelOverride(
  level: LevelId,
  choice: LevelChoice | { forMs: number },
  now: number,
  a: { timeZone: string; levels: Level[] },
): Override {
  if (!a.levels.some((l) => l.id === level)) {
    const known = a.levels.map((l) => l.id).join(', ');
    throw new OverrideError('unknown-level', `no level "${level}" (levels: ${known})`);
  }
  if (typeof choice === 'object') {
    if (!Number.isFinite(choice.forMs) || choice.forMs <= 0) {
      throw new OverrideError('bad-duration', `a level must last a positive time, not ${choice.forMs} ms`);
    }
    return { kind: 'level', level, until: Math.round(now + choice.forMs), setAt: now };
  }
  switch (choice) {
    case '2h':
      return { kind: 'level', level, until: now + 2 * 3_600_000, setAt: now };
    case 'tomorrow':
      return { kind: 'level', level, until: nextLocalHour(now, TOMORROW_HOUR, a.timeZone), setAt: now };
    case 'until-changed':
      return { kind: 'level', level, until: null, setAt: now };
  }
}

/** The override still in force at `now`, or null once it has expired. */
export function activeOverride(override: Override | null, now: number): Override | null {
  if (!override) return null;
  if (override.until !== null && override.until <= now) return null;
  return override;
}
