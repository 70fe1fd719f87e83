// Crash-safe streams, the quick version of the kill faults (`perf faults` runs 20 of each): kill -9 the
// daemon, its sandbox child and a `silkworm worker` process mid-stream, twice each. Every client sees an
// error (an SSE error event without [DONE], or a connection cut mid-body), never a silent end; the daemon
// comes back on the same client URL; no paid work is lost. The harness lives in perf/ (its own project),
// so it is loaded from the build, as `npm run perf` loads it.
import { describe, expect, it } from 'vitest';

interface KillReport {
  kills: number;
  client_errors_clean: number;
  payments_lost: number;
  recovery_ms_p50: number;
  recovery_ms_max: number;
}
type KillFaults = (o: { perKind: number }) => Promise<KillReport>;

async function loadKillFaults(): Promise<KillFaults> {
  const mod = (await import(new URL('../../dist/perf/faults-kills.js', import.meta.url).href)) as {
    killFaults?: unknown;
  };
  if (typeof mod.killFaults !== 'function')
    throw new Error('dist/perf/faults-kills.js has no killFaults (run `npx tsc -b`)');
  return mod.killFaults as KillFaults;
}

describe('streams cut by kill -9', () => {
  it.runIf(process.platform === 'linux')(
    'end with a clean client error, recover on the same address and lose no payment',
    async () => {
      const killFaults = await loadKillFaults(); // the sandbox child is found through /proc: Linux only
      const report = await killFaults({ perKind: 2 });
      expect(report.kills).toBe(6);
      expect(report.client_errors_clean).toBe(6);
      expect(report.payments_lost).toBe(0);
      expect(report.recovery_ms_max).toBeGreaterThan(0);
    },
    600_000,
  );
});
