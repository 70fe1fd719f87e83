// Verification for the local network (docs/verification.md): the network keeps a reference only for the
// model file it has — the generated demo model, which it writes itself (src/engine/gguf, the same bytes a
// node generates) — so workers of that model are checked and lane-kept, and any other model is routed as
// without verification ("no reference for model X"), its canaries as before.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Logger } from '../../logging/logger.js';
import { ensureTinyModel } from '../../engine/gguf/tiny-model.js';
import { generatedPresets } from '../../engine/gguf/model-presets.js';
import { carriedEvidence } from './evidence-tap.js';
import { ProxyVerification } from './proxy-verification.js';
import { ReferenceEngine } from './reference-engine.js';
import type { LaneRules } from './standing.js';
import { Verifier } from './verifier.js';

export interface NetworkVerificationOptions {
  /** Share of client requests re-scored (default 0.02). */
  share?: number;
  rules?: Partial<LaneRules>;
  /** Mean wait between evaluation requests to a model (default 60 s). */
  evaluationMeanMs?: number;
  /** Mean wait while an owner is in the evaluation lane or a connection is new (default: evaluationMeanMs). */
  evaluationFastMeanMs?: number;
  /** Evaluation requests each new connection gets first, at the fast rate (default 0). */
  freshChecks?: number;
}

/**
 * The app's local demo network (`silkworm daemon`/the desktop app in devnet mode, `silkworm devnet serve`,
 * `silkworm devnet`): a new honest worker is paid after its first 3 passed checks, which evaluation traffic
 * every ~2.5 s brings within seconds; one failure is forgiven on the way in (a timeout is not a cheat), and
 * 3 failures in the window of 500 cost the paid lane (the measured honest floor sits ~8× below the
 * threshold, 0 of 40 honest checks failed, so 3 is not reached by chance; an impostor fails every check).
 * A worker that reconnects (a model change) gets 3 quick checks too, so a swapped file is seen in seconds.
 */
export const DEMO_VERIFICATION: NetworkVerificationOptions = {
  rules: { window: 500, promoteAfter: 3, promoteMaxFailures: 1, demoteFailures: 3 },
  evaluationMeanMs: 60_000,
  evaluationFastMeanMs: 2_500,
  freshChecks: 3,
};

export interface NetworkVerification {
  verification: ProxyVerification;
  verifier: Verifier;
  /** The model names with a reference here. */
  models: readonly string[];
  evaluationMeanMs: number;
  evaluationFastMeanMs: number;
  freshChecks: number;
  close(): Promise<void>;
}

/** The demo model's name on the network. */
export const DEMO_MODEL = generatedPresets.tiny.name;

export async function startNetworkVerification(
  o: NetworkVerificationOptions & { dir: string | null; log: Logger },
): Promise<NetworkVerification> {
  const scratch = o.dir ? null : await mkdtemp(path.join(tmpdir(), 'sw-reference-'));
  const modelsDir = o.dir ? path.join(o.dir, 'reference-models') : (scratch as string);
  const modelPath = await ensureTinyModel(modelsDir, 'tiny');
  const reference = await ReferenceEngine.open({ modelPath, threads: 1 });
  const verifier = new Verifier({
    log: o.log,
    reference: (model) => (model === DEMO_MODEL ? reference : null),
    ...(o.share !== undefined ? { share: o.share } : {}),
    ...(o.rules ? { rules: o.rules } : {}),
  });
  o.log.info(`verification on: a reference for ${DEMO_MODEL}; other models are not checked`);
  return {
    verification: new ProxyVerification({ verifier, tap: carriedEvidence }),
    verifier,
    models: [DEMO_MODEL],
    evaluationMeanMs: o.evaluationMeanMs ?? 60_000,
    evaluationFastMeanMs: o.evaluationFastMeanMs ?? o.evaluationMeanMs ?? 60_000,
    freshChecks: o.freshChecks ?? 0,
    close: async () => {
      await reference.close();
      if (scratch) await rm(scratch, { recursive: true, force: true });
    },
  };
}
