// The devnet proxy against peers hostile at the request level: a cheating worker caught by canaries, a
// test-modified proxy whose forged or lower payments the worker refuses, and a proxy with no ready worker.
// Link-level hostility is in devnet-proxy-hostile-links.test.ts; the shared devnet in
// devnet-proxy-hostile-setup.ts.
import { describe, expect, it } from 'vitest';
import { ClientEndpoint } from '../../src/devnet/client/index.js';
import { CanaryRunner, DevnetProxy, devnetSigner, engineReference } from '../../src/devnet/proxy/index.js';
import { MODEL, post, waitFor } from './devnet-proxy-helpers.js';
import {
  chat,
  cheater,
  client,
  devnet,
  ends,
  honest,
  host,
  lines,
  log,
  ownerOf,
  proxy,
  setSigning,
  useHostileDevnet,
} from './devnet-proxy-hostile-setup.js';

useHostileDevnet();

describe('devnet proxy against bad peers', () => {
  it('catches a cheating worker with canaries and routes around it', async () => {
    const canary = new CanaryRunner({
      proxy,
      model: MODEL,
      intervalMs: 60_000,
      log: log.child('canary'),
      reference: engineReference(host, MODEL),
    });
    await canary.start();
    canary.stop();
    const results = await canary.runOnce();
    expect(results.find((r) => r.owner === ownerOf(honest))?.matched).toBe(true);
    expect(results.find((r) => r.owner === ownerOf(cheater))?.matched).toBe(false);
    expect(proxy.reputation(ownerOf(cheater)).score).toBeLessThan(proxy.reputation(ownerOf(honest)).score);
    expect(lines.some((l) => l.level === 'warn' && /canary mismatch/.test(l.message))).toBe(true);
    const before = ends.length;
    for (let i = 0; i < 3; i++)
      expect((await post(client.url, '/v1/chat/completions', chat(`q${i}`))).status).toBe(200);
    expect(ends.slice(before).every((e) => e.worker.owner.equals(honest.owner))).toBe(true);
  }, 60_000);

  for (const mode of ['forged', 'lower'] as const) {
    it(`the worker refuses a ${mode} payment from a test-modified proxy and keeps what it had`, async () => {
      const sc = devnet.workerSc(honest.owner);
      // Settled first: every payment the proxy signed so far has reached the worker (in the unsplit file the
      // link tests ran here and gave it time; without them a payment still in flight raced the snapshot).
      await waitFor(
        'a signed payment held',
        () => {
          const tokens = honest.ledger.payments.get(sc)?.tokens ?? 0n;
          const book = proxy.books().find((b) => b.owner === ownerOf(honest));
          return tokens > 1n && book !== undefined && tokens === book.signed_tokens;
        },
        10_000,
      );
      const held = honest.ledger.payments.get(sc)!.tokens;
      const rejected = () =>
        lines.filter((l) => l.scope.includes('honest') && /rejected payment/.test(l.message));
      const seen = rejected().length;
      setSigning(mode);
      try {
        cheater.network.setDisabled(true); // the next request goes to the honest worker
        const serving = () =>
          proxy
            .workers()
            .filter((w) => w.ready && w.enabled)
            .map((w) => w.owner);
        await waitFor(
          'only the honest worker serving',
          () => serving().length === 1 && serving()[0] === ownerOf(honest),
          5_000,
        );
        expect((await post(client.url, '/v1/chat/completions', chat('pay me'))).status).toBe(200);
        await waitFor('the worker to drop the connection', () => rejected().length > seen, 5_000);
        expect(rejected().at(-1)!.message).toMatch(
          mode === 'forged' ? /signature does not verify/ : /below the \d+ already signed/,
        );
        expect(honest.ledger.payments.get(sc)!.tokens).toBe(held);
      } finally {
        setSigning('honest');
        cheater.network.setDisabled(false);
      }
      // Back to an honest proxy: the worker reconnects and catches up to the books exactly.
      await waitFor(
        'the ledger to catch up',
        () => {
          const book = proxy.books().find((b) => b.owner === ownerOf(honest));
          return (
            book !== undefined &&
            honest.ledger.payments.get(sc)?.tokens === book.signed_tokens &&
            book.signed_tokens > held
          );
        },
        15_000,
      );
    }, 40_000);
  }

  it('answers 503 at once when no worker is ready', async () => {
    const empty = await DevnetProxy.start({ log, signer: devnetSigner(devnet), powDifficulty: 6 });
    const endpoint = await ClientEndpoint.start({ proxy: empty, log });
    try {
      const started = Date.now();
      const r = await post(endpoint.url, '/v1/chat/completions', chat('anyone?'));
      expect(r.status).toBe(503);
      expect(JSON.parse(r.text)).toMatchObject({ error: { type: 'no_worker' } });
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await endpoint.stop();
      await empty.stop();
    }
  });
});
