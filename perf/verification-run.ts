// What the verification perf sections share (issue 18): a worker engine on a generated model (the real
// sandboxed host, optionally wrapped by an impostor of src/devnet/impostors), and one checked request
// through the proxy's real path — the evidence tap reading the answer (its evidence and the client's
// text), then the verifier's settle, which keeps each owner's earlier answers (the replay check) and
// records the check in the owner's standing. Bounded: callers send a fixed number of requests.
import { readAll } from '../src/devnet/impostors/impostor.js';
import { carriedEvidence } from '../src/devnet/verify/evidence-tap.js';
import type { Verifier } from '../src/devnet/verify/verifier.js';
import { generatedPresets } from '../src/engine/gguf/model-presets.js';
import { SandboxHost } from '../src/engine/sandbox/host.js';
import { createLogger } from '../src/logging/logger.js';
import type { InferenceBackend } from '../src/net/query-runner.js';

export const quiet = createLogger('perf-verification', () => undefined, 'error');
export const MODEL = generatedPresets.tiny.name;
/** Short answers keep ≥ 500 checks within the section's few minutes on two cores. */
export const MAX_TOKENS = 8;

export async function engine(modelPath: string, threads: number, workDir: string): Promise<SandboxHost> {
  const host = new SandboxHost({
    log: quiet,
    modelPath,
    modelName: MODEL,
    workDir,
    threads,
    contextSize: 2048,
    maxActiveRequests: 1,
  });
  await host.start();
  return host;
}

export interface CheckResult {
  /** False when no check was made (a request the reference cannot hold). */
  made: boolean;
  ok: boolean;
  reason: string;
  distance: number | null;
  ms: number;
}

/** One client request of `owner`, answered by `backend` with evidence and checked (share 1). */
export async function checked(
  backend: InferenceBackend,
  verifier: Verifier,
  owner: string,
  r: { path: string; body: Buffer },
): Promise<CheckResult> {
  const res = await backend.request({ path: r.path, body: r.body, evidence: true }, { timeoutMs: 60_000 });
  const response = { status: res.status, headers: Object.entries(res.headers), body: res.body, workerId: 0 };
  const tapped = carriedEvidence.tap(r.path, r.body, response);
  await readAll(tapped.response.body); // the client reads its answer to the end
  const before = verifier.view(owner).checks;
  const t0 = performance.now();
  await verifier.settle(verifier.plan(owner, false, MODEL), r.path, r.body, tapped.evidence, 0n);
  const ms = performance.now() - t0;
  const view = verifier.view(owner);
  const last = view.recent[0];
  if (view.checks === before || !last) return { made: false, ok: true, reason: '', distance: null, ms };
  return { made: true, ok: last.ok, reason: last.reason, distance: last.distance, ms };
}

/** A seeded uniform source (Park–Miller), so each run draws the same requests. */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
}

export const p50 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
export const round4 = (x: number): number => Number(x.toFixed(4));
