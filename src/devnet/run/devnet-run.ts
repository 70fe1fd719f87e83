// `silkworm devnet`: a local network (in this process) and N worker processes that find it through its
// root contract, client load for S seconds, then the books: each worker's durable ledger against the
// proxy's, exactly, and the payouts claimed on the emulated chain from those ledgers. With verification (the
// default, the demo rules of docs/verification.md) the load starts once every worker reached the paid lane.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Address, toNano } from '@ton/core';
import type { Logger } from '../../logging/logger.js';
import { NodeWallet, PayoutService, MemoryClaimStore, memorySecretStore } from '../../chain/index.js';
import { startLocalNetwork } from '../network/local-network.js';
import { DEMO_VERIFICATION } from '../verify/network-verification.js';
import type { Verifier } from '../verify/verifier.js';
import { runLoad } from '../load/index.js';
import { EarningsLedger } from '../../earnings/ledger.js';
import { tinyPresets } from '../../engine/gguf/tiny-model.js';
import { startWorkerProcess, stopWorkerProcess, type WorkerProcess } from './worker-processes.js';

export interface DevnetRunOptions {
  workers: number;
  durationS: number;
  ratePerSecond: number;
  powDifficulty: number;
  /** Check the workers with the demo rules (default true). */
  verification?: boolean;
  log: Logger;
}

const PROMOTION_WAIT_MS = 60_000;

export interface DevnetRunReport {
  requests_ok: number;
  requests_failed: number;
  tokens_total: number;
  workers: Array<{
    owner: string;
    requests: number;
    signed_tokens: string;
    earned_nano: string;
    ledger_matches_proxy: boolean;
  }>;
  payouts: { claims: number; claimed_nano: string; owner_balance_delta_nano: string; fees_nano: string };
}

/** Waits (bounded) until every worker's owner is in the paid lane: client requests go only there. */
async function untilPaid(verifier: Verifier | null, workers: WorkerProcess[]): Promise<void> {
  if (!verifier) return;
  const deadline = Date.now() + PROMOTION_WAIT_MS;
  const unpaid = () => workers.filter((w) => verifier.view(w.owner.toRawString()).lane !== 'paid');
  while (unpaid().length > 0) {
    if (Date.now() > deadline)
      throw new Error(
        `${unpaid().length} worker(s) not promoted to the paid lane in ${PROMOTION_WAIT_MS} ms`,
      );
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A deterministic owner address per worker (plain accounts: nothing deployed, so receiving costs nothing). */
function ownerFor(i: number): Address {
  return new Address(0, createHash('sha256').update(`silkworm-devnet-owner-${i}`).digest());
}

export async function runDevnet(o: DevnetRunOptions): Promise<DevnetRunReport> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'silkworm-devnet-'));
  const net = await startLocalNetwork({
    dir: null,
    log: o.log,
    powDifficulty: o.powDifficulty,
    ...(o.verification === false ? {} : { verification: DEMO_VERIFICATION }),
  });
  const { chain, devnet, proxy } = net;
  const workers: WorkerProcess[] = [];
  try {
    for (let i = 0; i < o.workers; i++) {
      workers.push(
        await startWorkerProcess({
          tonEndpoint: net.info.ton_endpoint,
          rootAddress: net.info.root_address,
          owner: ownerFor(i),
          dataDir: path.join(root, `worker-${i}`),
        }),
      );
    }
    await untilPaid(net.verifier, workers);
    const load = await runLoad({
      url: net.info.client_url,
      model: tinyPresets.tiny.name,
      ratePerSecond: o.ratePerSecond,
      maxRequests: Math.ceil(o.ratePerSecond * o.durationS),
      durationMs: o.durationS * 1000,
      maxTokens: 16,
      log: o.log.child('load'),
    });
    // Let the last proxy.workerRequestPayment reach the workers before they stop.
    await new Promise((r) => setTimeout(r, 500));
    await Promise.all(workers.map((w) => stopWorkerProcess(w)));
    const books = new Map(proxy.books().map((b) => [b.owner, b]));
    const nodeWallet = await NodeWallet.open({
      chain,
      secrets: memorySecretStore(),
      log: o.log.child('node-wallet'),
    });
    await chain.fund(nodeWallet.address, toNano(10));
    const payouts = new PayoutService({
      chain,
      wallet: nodeWallet,
      store: new MemoryClaimStore(),
      log: o.log.child('payouts'),
    });
    const report: DevnetRunReport['workers'] = [];
    let balanceDelta = 0n;
    for (const w of workers) {
      const ledger = await EarningsLedger.open({
        dir: path.join(w.dataDir, 'earnings'),
        log: o.log.child('ledger'),
      });
      const book = books.get(w.owner.toRawString());
      const payment = ledger.payments.get(devnet.workerSc(w.owner));
      const receiptTokens = BigInt(ledger.totals().tokensServed);
      const matches =
        book !== undefined &&
        payment !== undefined &&
        payment.tokens === book.signed_tokens &&
        receiptTokens === book.max_tokens &&
        ledger.receipts.count() === book.requests;
      report.push({
        owner: w.owner.toString({ testOnly: true, bounceable: false }),
        requests: ledger.receipts.count(),
        signed_tokens: (payment?.tokens ?? 0n).toString(),
        earned_nano: ((payment?.tokens ?? 0n) * devnet.params.workerFeePerToken).toString(),
        ledger_matches_proxy: matches,
      });
      if (payment && payment.tokens > 0n) {
        const before = await chain.getBalance(w.owner);
        // a figures run proves every payout, however small: the fee share does not apply
        await payouts.claimNow(devnet.payment(w.owner, payment.boc), { force: true });
        balanceDelta += (await chain.getBalance(w.owner)) - before;
      }
      await ledger.close();
    }
    const totals = await payouts.totals();
    return {
      requests_ok: load.requests_ok,
      requests_failed: load.requests_failed,
      tokens_total: load.tokens_total,
      workers: report,
      payouts: {
        claims: totals.claims,
        claimed_nano: totals.claimedNano.toString(),
        owner_balance_delta_nano: balanceDelta.toString(),
        fees_nano: totals.feesNano.toString(),
      },
    };
  } finally {
    await Promise.all(workers.map((w) => stopWorkerProcess(w)));
    await net.close();
    await rm(root, { recursive: true, force: true });
  }
}
