// Manual overrides: the owner's "pause for 15 min / 1 h / until tomorrow / until I resume" and "resume now".
// An override beats the schedule and expires by itself; expired overrides simply stop counting.
import { nextLocalHour, scheduleState } from './schedule.js';
import type { Schedule } from './schedule-schema.js';
import type { overrideSchema } from './settings-schema.js';
import type { z } from 'zod';

/**
 * kind "pause": paused by the owner until `until` (epoch ms), or until they resume when null.
 * kind "resume": resumed by the owner outside the schedule: serve until `until` (the next schedule boundary).
 * Stored between runs; `overrideSchema` (settings-schema.ts) validates a stored one.
 */
export type Override = z.infer<typeof overrideSchema>;

export const pauseChoices = ['15m', '1h', 'tomorrow', 'until-resumed'] as const;
export type PauseChoice = (typeof pauseChoices)[number];

/** "Until tomorrow" ends at the next local 06:00 after the press (at 01:00 that is five hours later). */
export const TOMORROW_HOUR = 6;

export class OverrideError extends Error {
  readonly code: 'bad-duration';
  constructor(code: 'bad-duration', message: string) {
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
 * "Resume now": clears any pause and, outside the schedule, beats it until its next boundary (the next window
 * start). Inside the schedule there is nothing to beat, so the result is no override at all (null): a stale
 * "resume" must not outlive the moment it was meant for.
 */
export function resumeOverride(schedule: Schedule, now: number): Override | null {
  const state = scheduleState(schedule, now);
  return state.inside ? null : { kind: 'resume', until: state.nextChange, setAt: now };
}

/** The override still in force at `now`, or null once it has expired. */
export function activeOverride(override: Override | null, now: number): Override | null {
  if (!override) return null;
  if (override.until !== null && override.until <= now) return null;
  return override;
}
