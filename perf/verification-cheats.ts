// perf section "verification", the cheating workers (issue 18): the same model in q8_0 (2 threads) behind
// each impostor of src/devnet/impostors, checked through the real path (verification-run.ts).
// detection_rate_truncation: the share of answers cut to half of max_tokens and reported finished that
// fail; detection_rate_random_tokens: of random vocabulary tokens with fabricated evidence;
// detection_rate_replay: of kept answers sent back for a prompt sent again (temperature 0.7, no seed).
// Attempts are the answers that cheated (an answer that ended by itself before the cut is honest);
// each rate is over ATTEMPTS of them, with a bound on the requests sent.
import { join } from 'node:path';
import type { Impostor, ImpostorOptions } from '../src/devnet/impostors/impostor.js';
import { RandomTokenBackend } from '../src/devnet/impostors/random-token-backend.js';
import { ReplayingBackend } from '../src/devnet/impostors/replaying-backend.js';
import { TruncatingBackend } from '../src/devnet/impostors/truncating-backend.js';
import { Vocabulary } from '../src/devnet/impostors/vocabulary.js';
import { corpusRequest } from '../src/devnet/verify/corpus.js';
import type { Verifier } from '../src/devnet/verify/verifier.js';
import { checked, engine, MAX_TOKENS, MODEL, seeded, type CheckResult } from './verification-run.js';

const ATTEMPTS = 50;
const MAX_REQUESTS = 3 * ATTEMPTS;

async function attempts(
  make: (o: ImpostorOptions) => Impostor,
  modelPath: string,
  workDir: string,
  verifier: Verifier,
  seed: number,
): Promise<{ checks: CheckResult[]; caught: number; attempts: number }> {
  const host = await engine(modelPath, 2, workDir);
  const impostor = make({ inner: host });
  const checks: CheckResult[] = [];
  let caught = 0;
  try {
    const random = seeded(seed);
    for (let i = 0; i < MAX_REQUESTS && impostor.cheats < ATTEMPTS; i++) {
      const before = impostor.cheats;
      const r = corpusRequest(MODEL, { random, maxTokens: MAX_TOKENS, chatShare: 0.5 });
      const c = await checked(impostor, verifier, `cheater-${seed}`, r);
      if (impostor.cheats === before) continue;
      checks.push(c);
      if (c.made && !c.ok) caught += 1;
    }
  } finally {
    await host.stop();
  }
  return { checks, caught, attempts: impostor.cheats };
}

export async function cheatFigures(
  files: { ref: string; q8: string },
  verifier: Verifier,
  dir: string,
): Promise<{ figures: Record<string, number | null>; checks: CheckResult[] }> {
  const vocabulary = await Vocabulary.open(files.ref);
  try {
    const runs = {
      truncation: await attempts((o) => new TruncatingBackend(o), files.q8, join(dir, 't'), verifier, 11),
      random_tokens: await attempts(
        (o) => new RandomTokenBackend({ ...o, vocabulary, random: seeded(5) }),
        files.q8,
        join(dir, 'r'),
        verifier,
        12,
      ),
      replay: await attempts((o) => new ReplayingBackend(o), files.q8, join(dir, 'p'), verifier, 13),
    };
    const figures: Record<string, number | null> = {};
    for (const [name, r] of Object.entries(runs)) {
      figures[`detection_rate_${name}`] =
        r.attempts === 0 ? null : Number((r.caught / r.attempts).toFixed(4));
      figures[`${name}_attempts`] = r.attempts;
    }
    return { figures, checks: Object.values(runs).flatMap((r) => r.checks) };
  } finally {
    await vocabulary.close();
  }
}
