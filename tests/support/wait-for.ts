// Waiting on a condition instead of sleeping: polls `check` until it gives a truthy value or the deadline
// passes, then fails naming what never happened (and the last error the check threw, if any).
import { setTimeout as delay } from 'node:timers/promises';
import { inspect } from 'node:util';

export interface WaitForOptions {
  /** How long the condition may take before the test fails. */
  timeoutMs: number;
  /** What should have happened, in words: the failure reads "timed out after N ms waiting for <what>". */
  what: string;
  /** How often to look again (default 20 ms). */
  intervalMs?: number;
}

export class WaitForTimeout extends Error {
  readonly code = 'wait_timeout' as const;
  constructor(what: string, timeoutMs: number, cause: unknown) {
    const why =
      cause === undefined
        ? ''
        : ` (last check threw: ${cause instanceof Error ? cause.message : inspect(cause)})`;
    super(`timed out after ${String(timeoutMs)} ms waiting for ${what}${why}`, { cause });
    this.name = 'WaitForTimeout';
  }
}

/** Resolves with the check's first truthy value; a check that throws counts as "not yet". */
export async function waitFor<T>(check: () => T | Promise<T>, o: WaitForOptions): Promise<NonNullable<T>> {
  const deadline = Date.now() + o.timeoutMs;
  let lastError: unknown = undefined;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) throw new WaitForTimeout(o.what, o.timeoutMs, lastError);
    await delay(Math.min(o.intervalMs ?? 20, Math.max(1, deadline - Date.now())));
  }
}
