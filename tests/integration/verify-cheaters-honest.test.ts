// An honest worker through the cheating-worker checks (docs/verification.md): the same model in q8_0 on 2
// threads (the reference is the f32 file on 1) passes a long run of checked requests — chat and
// completions, whole JSON and SSE, sampled at temperature 0.7 and greedy, some bodies sent again — with no
// failed check, stays in the paid lane and is paid. Its false positives would be the end, sampler-support,
// answer-text and replay checks mistaking honest answers for truncated, random, invented or replayed ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './devnet-proxy-helpers.js';
import { cheaterBench, request, RULES, type CheaterBench } from './verify-cheaters-setup.js';

const CHECKS = 45; // with the 3 evaluation checks, within the window of 50
let bench: CheaterBench;

beforeAll(async () => {
  bench = await cheaterBench();
}, 60_000);

afterAll(async () => {
  await bench.close();
});

describe('an honest worker under the cheating checks', () => {
  it(`passes ${CHECKS} checked client requests without a failure`, async () => {
    const w = await bench.worker(bench.files.honest, 2, 71);
    const owner = w.owner.toRawString();
    for (let i = 0; i < RULES.promoteAfter; i++) expect(await bench.send(true, request(i))).toBe(true);
    await waitFor('promoted', () => bench.verifier.view(owner).lane === 'paid', 30_000);
    for (let i = 0; i < CHECKS; i++) {
      // Every 6th body is the one sent 5 requests before (an honest sampler draws new tokens for it);
      // every 4th is greedy; half stream.
      const n = i % 6 === 5 ? 100 + i - 5 : 100 + i;
      const r = request(n, { stream: i % 2 === 1, temperature: i % 4 === 0 ? 0 : 0.7 });
      expect(await bench.send(false, r)).toBe(true);
      const want = RULES.promoteAfter + i + 1;
      await waitFor('the check is recorded', () => bench.verifier.view(owner).checks >= want, 30_000);
      const last = bench.verifier.view(owner).recent[0];
      expect(last?.ok, `check ${i}: ${last?.reason ?? ''}`).toBe(true);
    }
    const v = bench.verifier.view(owner);
    expect(v.checks).toBe(RULES.promoteAfter + CHECKS);
    expect(v.recent.filter((c) => !c.ok)).toEqual([]);
    expect(v.failures).toBe(0);
    expect(v.lane).toBe('paid');
    expect(v.tokensWithheld).toBe(0n);
    await waitFor('the worker is paid', () => bench.signed(owner) > 0n && w.ledger.signedTokens() > 0n);
  }, 120_000);
});
