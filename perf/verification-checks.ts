// perf section "verification", the honest and smaller-model checks (issue 18), on generated models through
// the real path (verification-run.ts): the sandboxed engine answering with its top-5 evidence, the proxy's
// tap and verifier re-scoring on its llama.cpp reference of the claimed f32 file. false_positive_rate: the
// share of honest answers that fail any check (the same model in q8_0 on 2 threads and in f16 on 1 thread,
// chat and completions, JSON and SSE, temperature 0.7, the corpus's bodies repeating as a client's would);
// detection_rate_smaller_model: the share of a one-layer-smaller model's answers (under the claimed name)
// that fail. Also the honest floor and the impostor's distance, checks_to_demote under the default lanes,
// what calibrateThreshold derives, and check_ms_p50 (one settle: the re-score and the answer checks).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusRequest } from '../src/devnet/verify/corpus.js';
import { calibrateThreshold } from '../src/devnet/verify/distance.js';
import { ReferenceEngine } from '../src/devnet/verify/reference-engine.js';
import { DEFAULT_LANE_RULES, Standing } from '../src/devnet/verify/standing.js';
import { Verifier } from '../src/devnet/verify/verifier.js';
import { writeGeneratedModel } from '../src/engine/gguf/generated-model.js';
import { generatedPresets } from '../src/engine/gguf/model-presets.js';
import {
  checked,
  engine,
  MAX_TOKENS,
  MODEL,
  p50,
  quiet,
  round4,
  seeded,
  type CheckResult,
} from './verification-run.js';
import { cheatFigures } from './verification-cheats.js';

/** Honest checks per configuration (two of them: ≥ 500 in all). */
const HONEST_CHECKS = 250;
const IMPOSTOR_CHECKS = 50;

async function run(
  modelPath: string,
  threads: number,
  dir: string,
  verifier: Verifier,
  count: number,
  seed: number,
): Promise<CheckResult[]> {
  const host = await engine(modelPath, threads, dir);
  const out: CheckResult[] = [];
  try {
    const random = seeded(seed);
    for (let i = 0; i < count; i++) {
      const r = corpusRequest(MODEL, { random, maxTokens: MAX_TOKENS, chatShare: 0.5 });
      const c = await checked(host, verifier, `owner-${seed}`, r);
      if (c.made) out.push(c);
    }
  } finally {
    await host.stop();
  }
  return out;
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

const distances = (cs: CheckResult[]): number[] =>
  cs.flatMap((c) => (c.distance === null ? [] : [c.distance]));
const rate = (hits: number, of: number): number | null => (of === 0 ? null : round4(hits / of));

export async function checkFigures(): Promise<Record<string, number | string | null>> {
  const dir = await mkdtemp(join(tmpdir(), 'sw-perf-checks-'));
  const tiny = generatedPresets.tiny;
  try {
    const files = {
      ref: join(dir, 'ref.gguf'),
      q8: join(dir, 'q8.gguf'),
      f16: join(dir, 'f16.gguf'),
      impostor: join(dir, 'l1.gguf'),
    };
    await writeGeneratedModel(files.ref, tiny);
    await writeGeneratedModel(files.q8, { ...tiny, type: 'q8_0' });
    await writeGeneratedModel(files.f16, { ...tiny, type: 'f16' });
    await writeGeneratedModel(files.impostor, { ...tiny, layers: 1 });
    const reference = await ReferenceEngine.open({ modelPath: files.ref, threads: 1 });
    try {
      // share 1: every request checked; a window as long as the run, so each check is counted.
      const verifier = new Verifier({ log: quiet, reference, share: 1, rules: { window: 100_000 } });
      const q8 = await run(files.q8, 2, join(dir, 'q8'), verifier, HONEST_CHECKS, 1);
      const f16 = await run(files.f16, 1, join(dir, 'f16'), verifier, HONEST_CHECKS, 2);
      const impostor = await run(files.impostor, 1, join(dir, 'l1'), verifier, IMPOSTOR_CHECKS, 3);
      const honest = [...q8, ...f16];
      const honestD = distances(honest);
      const impostorD = distances(impostor);
      const falseReasons = [...new Set(honest.filter((c) => !c.ok).map((c) => c.reason.slice(0, 60)))];
      const cheats = await cheatFigures(files, verifier, join(dir, 'cheats'));
      return {
        checks_model: `${MODEL} f32 reference; honest q8_0 2 threads + f16 1 thread; impostor 1 of 2 layers`,
        max_tokens: MAX_TOKENS,
        threshold_nats: verifier.threshold,
        honest_checks: honest.length,
        false_positive_rate: rate(honest.filter((c) => !c.ok).length, honest.length),
        false_positive_reasons: falseReasons.join(' | ') || null,
        honest_floor_nats: round4(Math.max(...honestD)),
        honest_median_nats: round4(p50(honestD)),
        impostor_checks: impostor.length,
        detection_rate_smaller_model: rate(impostor.filter((c) => !c.ok).length, impostor.length),
        impostor_nats: round4(Math.min(...impostorD)),
        impostor_median_nats: round4(p50(impostorD)),
        checks_to_demote: checksToDemote(impostor.map((c) => !c.ok)),
        // What calibrateThreshold derives from these distances (null: they overlap).
        calibrated_threshold_nats: ((t) => (t === null ? null : round4(t)))(
          calibrateThreshold(honestD, impostorD),
        ),
        ...cheats.figures,
        check_ms_p50: Number(p50([...honest, ...impostor, ...cheats.checks].map((c) => c.ms)).toFixed(1)),
      };
    } finally {
      await reference.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
