// Every start-up step runs under a deadline: a step that hangs (a lock, a peer that never answers, a
// store that waits on itself) fails start-up with an error naming the step, instead of a silent hang.
export class StartupError extends Error {
  readonly code = 'step-timeout' as const;
  readonly step: string;
  constructor(step: string, ms: number) {
    super(`start-up step "${step}" did not finish within ${Math.round(ms / 1000)} s`);
    this.name = 'StartupError';
    this.step = step;
  }
}

/** Default deadline per step; SILKWORM_STEP_TIMEOUT_MS overrides it (slow machines, tests). */
export function stepTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.SILKWORM_STEP_TIMEOUT_MS);
  return Number.isFinite(v) && v > 0 ? v : 120_000;
}

export async function step<T>(name: string, run: () => Promise<T>, ms = stepTimeoutMs()): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StartupError(name, ms)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([run(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
