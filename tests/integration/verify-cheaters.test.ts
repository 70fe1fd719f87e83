// Cheating workers caught on loopback (docs/verification.md): each owner behaves through its evaluation
// (3 passed checks, promoted) and one paid request, then its worker cheats through an impostor
// (src/devnet/impostors) around the real sandboxed engine: it truncates (greedy) answers and calls them
// finished, answers random vocabulary tokens without running the model, or replays a kept answer to a
// prompt sent again at temperature 0.7. Each cheating answer fails its own check — the stated number is
// one — so the owner is demoted at its third cheating answer (demoteFailures 3), the reason names the
// cheat, and the cheating answers' tokens never reach a signed payment.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RandomTokenBackend } from '../../src/devnet/impostors/random-token-backend.js';
import { ReplayingBackend } from '../../src/devnet/impostors/replaying-backend.js';
import { TruncatingBackend } from '../../src/devnet/impostors/truncating-backend.js';
import { Vocabulary } from '../../src/devnet/impostors/vocabulary.js';
import type { Impostor } from '../../src/devnet/impostors/impostor.js';
import { waitFor, type TestWorker } from './devnet-proxy-helpers.js';
import { cheaterBench, request, RULES, type CheaterBench } from './verify-cheaters-setup.js';

let bench: CheaterBench;
let vocabulary: Vocabulary;

beforeAll(async () => {
  bench = await cheaterBench();
  vocabulary = await Vocabulary.open(bench.files.reference);
}, 60_000);

// Each test's worker goes when the test ends, passed or not (the next one must be alone on the proxy).
afterEach(async () => {
  await bench.stopWorkers();
});

afterAll(async () => {
  await vocabulary.close();
  await bench.close();
});

const HONEST_FIRST = RULES.promoteAfter + 1;

/** Evaluation until promoted, then `paid` honest client requests; the owner's signed tokens after. */
async function behaves(
  w: TestWorker,
  from: number,
  paid: Array<{ path: string; body: Buffer }>,
): Promise<bigint> {
  const owner = w.owner.toRawString();
  for (let i = 0; i < RULES.promoteAfter; i++) expect(await bench.send(true, request(from + i))).toBe(true);
  await waitFor('promoted', () => bench.verifier.view(owner).lane === 'paid', 30_000);
  for (const r of paid) expect(await bench.send(false, r)).toBe(true);
  await waitFor('the honest answers are paid', () => bench.signed(owner) > 0n, 30_000);
  await waitFor('the worker holds the payment', () => w.ledger.signedTokens() === bench.signed(owner));
  expect(bench.verifier.view(owner).failures).toBe(0);
  return bench.signed(owner);
}

/** Client requests until the owner leaves the paid lane (at most 10); how many were sent. */
async function untilDemoted(
  owner: string,
  next: (i: number) => { path: string; body: Buffer },
): Promise<number> {
  let sent = 0;
  const before = bench.verifier.view(owner).checks;
  while (bench.verifier.view(owner).lane === 'paid' && sent < 10) {
    await bench.send(false, next(sent)); // a refusal, once demoted, is not an answer
    sent += 1;
    await waitFor('the check is recorded', () => bench.verifier.view(owner).checks >= before + sent, 30_000);
  }
  return sent;
}

async function caught(
  w: TestWorker,
  impostor: Impostor,
  paidBefore: bigint,
  sent: number,
  reason: RegExp,
): Promise<void> {
  const owner = w.owner.toRawString();
  const v = bench.verifier.view(owner);
  expect(v.lane).toBe('evaluation');
  expect(sent).toBe(RULES.demoteFailures); // each cheating answer failed its own check
  expect(impostor.cheats).toBe(sent);
  const failed = v.recent.filter((c) => !c.ok);
  expect(failed).toHaveLength(RULES.demoteFailures);
  for (const c of failed) expect(c.reason).toMatch(reason);
  expect(v.tokensWithheld).toBeGreaterThan(0n);
  // The cheating answers' bills are settled into tokens_max, never into a signed payment.
  const book = (): { max: bigint; signed: bigint } => {
    const b = bench.proxy.books().find((x) => x.owner === owner);
    return { max: b?.max_tokens ?? 0n, signed: b?.signed_tokens ?? 0n };
  };
  await waitFor('the withheld bills are settled', () => book().max > book().signed);
  expect(bench.signed(owner)).toBe(paidBefore);
  expect(w.ledger.signedTokens()).toBe(paidBefore);
}

describe('cheating workers', () => {
  it('catches a worker that truncates answers and reports them finished', async () => {
    let impostor!: Impostor;
    const w = await bench.worker(bench.files.honest, 2, 81, (inner) => {
      impostor = new TruncatingBackend({ inner, honestFirst: HONEST_FIRST });
      return impostor;
    });
    const paid = await behaves(w, 0, [request(10)]);
    // Greedy, so whether the model could end at the cut is decided, not drawn: a sampled truncation on this
    // toy model passes one check in ten or so (perf verification's detection_rate_truncation).
    const next = (i: number): { path: string; body: Buffer } =>
      request(20 + i, { stream: i % 2 === 1, temperature: 0 });
    const sent = await untilDemoted(w.owner.toRawString(), next);
    await caught(w, impostor, paid, sent, /truncated/);
  }, 120_000);

  it('catches a worker that answers random tokens without running the model', async () => {
    let impostor!: Impostor;
    const w = await bench.worker(bench.files.honest, 2, 82, (inner) => {
      impostor = new RandomTokenBackend({ inner, honestFirst: HONEST_FIRST, vocabulary });
      return impostor;
    });
    const paid = await behaves(w, 30, [request(40)]);
    const sent = await untilDemoted(w.owner.toRawString(), (i) => request(50 + i, { stream: i % 2 === 1 }));
    await caught(w, impostor, paid, sent, /invented or random tokens/);
  }, 120_000);

  it('catches a worker that replays its kept answer to a prompt sent again', async () => {
    let impostor!: Impostor;
    const w = await bench.worker(bench.files.honest, 2, 83, (inner) => {
      impostor = new ReplayingBackend({ inner, honestFirst: RULES.promoteAfter });
      return impostor;
    });
    // The first of the identical bodies (temperature 0.7, no seed) is answered for real, and kept.
    const again = request(60);
    const paid = await behaves(w, 70, [again]);
    const sent = await untilDemoted(w.owner.toRawString(), () => again);
    await caught(w, impostor, paid, sent, /replayed/);
  }, 120_000);
});
