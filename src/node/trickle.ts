// The embedded default's trickle of client requests: a few requests a minute to the devnet's client
// endpoint, so a new owner sees requests served and earnings growing. Stops at once when aborted.
import { setTimeout as sleep } from 'node:timers/promises';
import { runLoad } from '../devnet/load/index.js';
import { errorMessage, type Logger } from '../logging/logger.js';

export function startTrickle(o: { url: string; model: string; perMinute: number; log: Logger }): () => void {
  const abort = new AbortController();
  if (o.perMinute <= 0) return () => undefined;
  const gapMs = 60_000 / o.perMinute;
  const loop = async (): Promise<void> => {
    for (let i = 0; !abort.signal.aborted; i++) {
      // Jitter the gaps a little so the load looks like users, not a metronome.
      await sleep(gapMs * (0.5 + Math.random()), undefined, { signal: abort.signal, ref: false });
      await runLoad({ url: o.url, model: o.model, ratePerSecond: 1, maxRequests: 1, durationMs: 60_000, maxTokens: 48, log: o.log, signal: abort.signal });
    }
  };
  loop().catch((err: unknown) => {
    if (!abort.signal.aborted) o.log.warn(`devnet trickle stopped: ${errorMessage(err)}`);
  });
  return () => abort.abort();
}
