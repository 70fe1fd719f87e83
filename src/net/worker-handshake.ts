// The worker's half of the session handshake (docs/protocol.md §3.3), with every worker-side check.
// Protocol: we offer [1,4]; a b75d444 proxy (maximum 2) negotiates 2, a 9060ce5 proxy 4. Balances: like
// Cocoon's worker we report this connection's counters, which are 0/0/0 at the handshake, so nothing we
// send can contradict a proxy's books (a C++ proxy aborts when the worker reports more than it has); the
// proxy's answer is then reconciled with the durable ledger (ConnectionPayments), never an abort.
import { Address } from '@ton/core';
import type { FramedConnection } from '../protocol/connection.js';
import type { ProxyParams, WorkerParams } from '../protocol/tl/schema.gen.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { Logger } from '../logging/logger.js';
import { ConnectionPayments } from './connection-payments.js';
import { MACHINE_DESCRIPTION_MIN_PROTO, machineDescriptionJson } from './machine-description.js';

/** The protocol range the worker offers (docs/protocol.md §3.1). */
export const WORKER_PROTO = { min: 1, max: 4 } as const;

export class HandshakeError extends Error {
  override readonly name = 'HandshakeError';
}

/**
 * The proxy negotiated a version that reads the machine description, which this attempt did not carry
 * (no proxy can be told later): the session redials at once and sends it.
 */
export class RedialToDescribe extends Error {
  override readonly name = 'RedialToDescribe';
}

export interface WorkerIdentity {
  /** The owner's address in user-friendly form (docs/protocol.md §3.3 worker_owner_address). */
  ownerAddress: string;
  model: string;
  coefficient: number;
  isTest: boolean;
  proxyCount: number;
  maxActiveRequests: number;
  /**
   * What `worker.params.machine_description_json` says (backend, GPU name, VRAM, driver, benchmark
   * tokens/s, trust tier; only the keys of MACHINE_DESCRIPTION_KEYS travel). Sent to protocol-4 proxies only.
   */
  machineDescription?: () => Record<string, unknown> | null;
}

export interface SessionInfo {
  protoVersion: number;
  proxyParams: ProxyParams;
  proxySc: Address;
  workerSc: Address;
  proxyPublicKey: Buffer;
  /** Whether worker.params carried the machine description. */
  described: boolean;
  payments: ConnectionPayments;
}

export interface HandshakeOptions {
  /** Send the machine description: the proxy negotiated ≥ 4 on an earlier connection. */
  describe: boolean;
  isDisabled: () => boolean;
  log: Logger;
}

function parseAddress(text: string, what: string): Address {
  try {
    return Address.parse(text);
  } catch {
    throw new HandshakeError(`the proxy sent an invalid ${what} "${text}"`);
  }
}

function workerParams(me: WorkerIdentity, description: string | null): WorkerParams {
  return {
    _: 'worker.params',
    flags: description === null ? 3 : 7,
    worker_owner_address: me.ownerAddress,
    model: me.model,
    coefficient: me.coefficient,
    is_test: me.isTest,
    proxy_cnt: me.proxyCount,
    max_active_requests: me.maxActiveRequests,
    min_proto_version: WORKER_PROTO.min,
    max_proto_version: WORKER_PROTO.max,
    ...(description === null ? {} : { machine_description_json: description }),
  };
}

export async function workerHandshake(
  conn: FramedConnection,
  me: WorkerIdentity,
  ledger: EarningsLedger,
  o: HandshakeOptions,
): Promise<SessionInfo> {
  // Step 1: connectToProxy.
  const description = machineDescriptionJson(me.machineDescription?.() ?? null);
  const sent = o.describe ? description : null;
  const connected = await conn.call({ _: 'worker.connectToProxy', params: workerParams(me, sent) });
  if (connected._ !== 'worker.connectedToProxy' || connected.params._ !== 'proxy.params') {
    throw new HandshakeError(`unexpected answer ${connected._} to connectToProxy`);
  }
  const p = connected.params;
  if ((p.flags & 3) === 0) throw new HandshakeError('proxy is too old');
  if ((p.is_test ?? false) !== me.isTest) throw new HandshakeError('test mode mismatch');
  const protoVersion = (p.flags & 2) !== 0 ? (p.proto_version ?? 0) : 0;
  const proxySc = parseAddress(p.proxy_sc_address, 'proxy contract address');
  const workerSc = parseAddress(connected.worker_sc_address, 'worker contract address');
  parseAddress(p.proxy_owner_address, 'proxy owner address');
  const known = ledger.payments.get(workerSc);
  if (known && known.proxyPublicKey !== p.proxy_public_key.toString('hex')) {
    throw new HandshakeError('the proxy contract we know presents a different signing key');
  }
  if (sent === null && description !== null && protoVersion >= MACHINE_DESCRIPTION_MIN_PROTO) {
    throw new RedialToDescribe(
      `the proxy speaks protocol ${protoVersion}; redialing to describe the machine`,
    );
  }
  const parties = { proxySc, workerSc, proxyPublicKey: p.proxy_public_key };
  const payments = new ConnectionPayments(
    ledger,
    { ...parties, owner: parseAddress(me.ownerAddress, 'owner address') },
    o.log,
  );
  const info: SessionInfo = { protoVersion, proxyParams: p, ...parties, described: sent !== null, payments };

  // Step 2: compare balances with this connection's counters: nothing signed or told to us on it yet.
  const cmp = await conn.call({
    _: 'worker.compareBalanceWithProxy',
    tokens_committed_to_blockchain: 0n,
    tokens_committed_to_db: 0n,
    max_tokens: 0n,
  });
  if (cmp._ !== 'worker.compareBalanceWithProxyResult')
    throw new HandshakeError(`unexpected answer ${cmp._}`);
  await payments.offer(cmp.signed_payment, {
    dbTokens: cmp.tokens_committed_to_db,
    maxTokens: cmp.max_tokens,
  });

  // Step 3 (only when the proxy asks for it).
  if (cmp.error_code !== 0) {
    const ext = await conn.call({
      _: 'worker.extendedCompareBalanceWithProxy',
      tokens_committed_to_db: cmp.tokens_committed_to_db,
      other: Buffer.alloc(0),
    });
    if (ext._ !== 'worker.extendedCompareBalanceWithProxyResult')
      throw new HandshakeError(`unexpected answer ${ext._}`);
    if (ext.error_code !== 0)
      throw new HandshakeError(`extended balance comparison failed (${ext.error_code})`);
  }

  // Step 4.
  await conn.call({ _: 'worker.proxyHandshakeComplete', is_disabled: o.isDisabled() });
  return info;
}
