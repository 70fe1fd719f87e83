// perf section "verification", the checks' half (issue 18): on generated models, through the real path —
// the sandboxed engine answering with its top-5 evidence (top-k basis) when asked, the proxy's verifier
// re-scoring 10 sampled positions on its llama.cpp reference of the claimed file. honest_floor_nats: the
// largest distance of the same model in q8_0 (2 threads) against the f32 reference; impostor_nats: the
// smallest distance of a one-layer-smaller model under the same name; checks_to_demote: how many of the
// impostor's checks a promoted owner survives under the default lanes (demoted at 10 failures in 500).
// Bounded: a fixed number of short requests per model.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripEvidence } from '../src/engine/evidence/carriage.js';
import { writeGeneratedModel } from '../src/engine/gguf/generated-model.js';
import { generatedPresets } from '../src/engine/gguf/model-presets.js';
import { SandboxHost } from '../src/engine/sandbox/host.js';
import { createLogger } from '../src/logging/logger.js';
import { corpusRequest } from '../src/devnet/verify/corpus.js';
import { calibrateThreshold } from '../src/devnet/verify/distance.js';
import { ReferenceEngine } from '../src/devnet/verify/reference-engine.js';
import { DEFAULT_LANE_RULES, Standing } from '../src/devnet/verify/standing.js';
import { Verifier } from '../src/devnet/verify/verifier.js';

const HONEST_CHECKS = 40;
const IMPOSTOR_CHECKS = 20;
const quiet = createLogger('perf-verification', () => undefined, 'error');
const MODEL = generatedPresets.tiny.name;

async function distances(
  modelPath: string,
  threads: number,
  dir: string,
  verifier: Verifier,
  count: number,
): Promise<{ d: number[]; ms: number[]; failed: number }> {
  const host = new SandboxHost({
    log: quiet,
    modelPath,
    modelName: MODEL,
    workDir: dir,
    threads,
    contextSize: 2048,
    maxActiveRequests: 1,
  });
  await host.start();
  const d: number[] = [];
  const ms: number[] = [];
  let failed = 0;
  try {
    let seed = 1;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < count; i++) {
      const r = corpusRequest(MODEL, { random, maxTokens: 24, chatShare: 0.5 });
      const res = await host.request({ path: r.path, body: r.body, evidence: true }, { timeoutMs: 60_000 });
      const parts: Buffer[] = [];
      for await (const b of res.body) parts.push(b);
      const ct = res.headers['Content-Type'] ?? res.headers['content-type'];
      const { evidence } = stripEvidence(Buffer.concat(parts), ct);
      const t0 = performance.now();
      const check = await verifier.check('rescore', r.path, r.body, evidence, MODEL);
      ms.push(performance.now() - t0);
      if (!check) continue;
      if (!check.ok) failed += 1;
      if (check.distance !== null) d.push(check.distance);
    }
  } finally {
    await host.stop();
  }
  return { d, ms, failed };
}

/** Checks a promoted owner survives when every check fails as the impostor's did. */
function checksToDemote(impostorFails: boolean[]): number | null {
  const s = new Standing(DEFAULT_LANE_RULES, Date.now);
  const ok = { at: 0, kind: 'canary' as const, ok: true, reason: '', distance: 0 };
  for (let i = 0; i < DEFAULT_LANE_RULES.promoteAfter; i++) s.record(ok);
  for (let i = 0; i < 500; i++) {
    const fail = impostorFails[i % impostorFails.length] ?? false;
    if (s.record({ ...ok, ok: !fail }) === 'evaluation') return i + 1;
  }
  return null;
}

const p50 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
const round4 = (x: number): number => Number(x.toFixed(4));

export async function checkFigures(): Promise<Record<string, number | string | null>> {
  const dir = await mkdtemp(join(tmpdir(), 'sw-perf-checks-'));
  const tiny = generatedPresets.tiny;
  try {
    const files = {
      ref: join(dir, 'ref.gguf'),
      honest: join(dir, 'q8.gguf'),
      impostor: join(dir, 'l1.gguf'),
    };
    await writeGeneratedModel(files.ref, tiny);
    await writeGeneratedModel(files.honest, { ...tiny, type: 'q8_0' });
    await writeGeneratedModel(files.impostor, { ...tiny, layers: 1 });
    const reference = await ReferenceEngine.open({ modelPath: files.ref, threads: 1 });
    try {
      const verifier = new Verifier({ log: quiet, reference });
      const honest = await distances(files.honest, 2, join(dir, 'h'), verifier, HONEST_CHECKS);
      const impostor = await distances(files.impostor, 1, join(dir, 'i'), verifier, IMPOSTOR_CHECKS);
      const fails = impostor.d.map((x) => x > verifier.threshold);
      return {
        checks_model: `${MODEL} f32 reference; honest q8_0 2 threads; impostor 1 of 2 layers`,
        threshold_nats: verifier.threshold,
        honest_checks: honest.d.length,
        honest_floor_nats: round4(Math.max(...honest.d)),
        honest_median_nats: round4(p50(honest.d)),
        honest_failed: honest.failed,
        impostor_checks: impostor.d.length,
        impostor_nats: round4(Math.min(...impostor.d)),
        impostor_median_nats: round4(p50(impostor.d)),
        impostor_detected: impostor.failed,
        checks_to_demote: checksToDemote(fails),
        // What calibrateThreshold derives from these distances (null: they overlap).
        calibrated_threshold_nats: ((t) => (t === null ? null : round4(t)))(
          calibrateThreshold(honest.d, impostor.d),
        ),
        check_ms_p50: Number(p50([...honest.ms, ...impostor.ms]).toFixed(1)),
      };
    } finally {
      await reference.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
