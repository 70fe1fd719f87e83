// What a ready proxy session does with the proxy's packets: serves proxy.runQueryEx through the query
// runner (admission, the in-flight set, the served request's receipt in the ledger) and hands signed
// payments to the connection's books (docs/protocol.md §3.4). The session owns the connection and its
// lifecycle; this file owns one request's path from arrival to receipt.
import type { FramedConnection } from '../protocol/connection.js';
import type { TlObject, TlTypes } from '../protocol/tl/schema.gen.js';
import { errorMessage, type Logger } from '../logging/logger.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { ProxyStanding } from './proxy-standing.js';
import { runQuery, tooManyQueries, type InferenceBackend, type QueryOutcome } from './query-runner.js';
import type { Multipliers } from './token-counter.js';
import type { SessionInfo, WorkerIdentity } from './worker-handshake.js';

export interface RequestDone {
  proxy: string;
  outcome: QueryOutcome;
  durationMs: number;
}

/** The part of the session's options that serving requests reads. */
export interface RequestServingOptions {
  address: string;
  identity: () => WorkerIdentity;
  ledger: EarningsLedger;
  backend: InferenceBackend;
  multipliers: () => Multipliers;
  feePerToken: () => bigint;
  /** The network's price per token, for the usage cost fields of whole answers. */
  pricePerToken?: () => bigint | undefined;
  admit: () => boolean;
  release: () => void;
  onRequestDone: (done: RequestDone) => void;
  /** The proxy's X-Silkworm-Standing, as it arrives on forwarded requests (display only). */
  onStanding?: (standing: ProxyStanding) => void;
  log: Logger;
}

export type PaymentCounters = { dbTokens: bigint; maxTokens: bigint };

/** What the session lends one packet: its connection state at the time, and its own callbacks. */
export interface PacketContext {
  o: RequestServingOptions;
  info: SessionInfo;
  conn: FramedConnection | null;
  inflight: Set<AbortController>;
  draining: boolean;
  /** Called after a request leaves the in-flight set (a drain waits for the last one). */
  settled: () => void;
  offer: (payment: TlTypes['proxy.SignedPayment'], counters: PaymentCounters) => Promise<void>;
  /** Closes the session's connection of the moment. */
  close: (reason: string) => void;
}

export function onProxyPacket(message: TlObject, c: PacketContext): void {
  switch (message._) {
    case 'proxy.runQueryEx':
      void serveRequest(message, c);
      return;
    case 'proxy.workerRequestPayment':
      if (message.signed_payment._ !== 'proxy.signedPayment') return;
      c.offer(message.signed_payment, {
        dbTokens: message.db_tokens,
        maxTokens: message.max_tokens,
      }).catch((err: unknown) => {
        // A forged payment, or one below what this connection signed: drop the connection to force a
        // fresh handshake (docs/protocol.md §3.4). One below our ledger only is not an error.
        c.close(`rejected payment: ${errorMessage(err)}`);
      });
      return;
    default:
      c.o.log.debug(`ignored ${message._} from ${c.o.address}`);
  }
}

async function serveRequest(
  q: Extract<TlObject, { _: 'proxy.runQueryEx' }>,
  c: PacketContext,
): Promise<void> {
  const { o, info, conn } = c;
  if (!conn) return;
  if (c.draining || !o.admit()) {
    conn.send(tooManyQueries(q.request_id, info.protoVersion, Date.now() / 1000));
    return;
  }
  const abort = new AbortController();
  c.inflight.add(abort);
  const started = performance.now();
  let outcome: QueryOutcome;
  try {
    outcome = await runQuery(q, {
      backend: o.backend,
      protoVersion: info.protoVersion,
      multipliers: o.multipliers(),
      pricePerToken: o.pricePerToken?.(),
      send: (m) => conn.send(m),
      signal: abort.signal,
      ...(o.onStanding ? { onStanding: o.onStanding } : {}),
    });
  } catch (err) {
    o.log.error(`request failed unexpectedly: ${errorMessage(err)}`);
    return;
  } finally {
    // The slot is free as soon as the last answer is out: the receipt below is bookkeeping.
    c.inflight.delete(abort);
    c.settled();
    o.release();
  }
  const durationMs = performance.now() - started;
  await recordReceipt(q, info, outcome, durationMs, o);
  o.onRequestDone({ proxy: o.address, outcome, durationMs });
}

async function recordReceipt(
  q: Extract<TlObject, { _: 'proxy.runQueryEx' }>,
  info: SessionInfo,
  outcome: QueryOutcome,
  durationMs: number,
  o: RequestServingOptions,
): Promise<void> {
  const t = outcome.tokens;
  try {
    await o.ledger.receipts.add({
      requestId: q.request_id.toString('hex'),
      time: Date.now(),
      proxy: info.proxySc.toRawString(),
      model: o.identity().model,
      ok: outcome.ok,
      tokens: {
        prompt: Number(t.prompt),
        cached: Number(t.cached),
        completion: Number(t.completion),
        reasoning: Number(t.reasoning),
        total: Number(t.total),
      },
      earnedNano: (t.total * o.feePerToken()).toString(),
      durationMs: Math.round(durationMs),
      encrypted: outcome.encrypted,
    });
  } catch (err) {
    o.log.error(`could not record the receipt of a served request: ${errorMessage(err)}`);
  }
}
