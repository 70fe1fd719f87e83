// The worker's half of the session handshake (docs/protocol.md §3.3), with every worker-side
// check. We never report more tokens than the proxy told us (a real proxy aborts on it), and every signed
// payment is verified and stored durably before the handshake goes on.
import { Address } from '@ton/core';
import type { FramedConnection } from '../protocol/connection.js';
import type { ProxyParams, TlTypes } from '../protocol/tl/schema.gen.js';
import type { EarningsLedger } from '../earnings/ledger.js';

export class HandshakeError extends Error {
  override readonly name = 'HandshakeError';
}

export interface WorkerIdentity {
  /** The owner's address in user-friendly form (docs/protocol.md §3.3 worker_owner_address). */
  ownerAddress: string;
  model: string;
  coefficient: number;
  isTest: boolean;
  proxyCount: number;
  maxActiveRequests: number;
}

export interface SessionInfo {
  protoVersion: number;
  proxyParams: ProxyParams;
  proxySc: Address;
  workerSc: Address;
  proxyPublicKey: Buffer;
}

function parseAddress(text: string, what: string): Address {
  try {
    return Address.parse(text);
  } catch {
    throw new HandshakeError(`the proxy sent an invalid ${what} "${text}"`);
  }
}

/** Stores a payment the proxy sent; a missing or lower one fails the handshake (docs/protocol.md §3.3 step 2). */
export async function acceptPayment(
  ledger: EarningsLedger,
  info: SessionInfo,
  payment: TlTypes['proxy.SignedPayment'],
  counters: { dbTokens: bigint; maxTokens: bigint },
): Promise<bigint> {
  if (payment._ !== 'proxy.signedPayment') throw new HandshakeError('the proxy sent no signed payment');
  const { tokens } = await ledger.payments.accept({
    proxySc: info.proxySc,
    workerSc: info.workerSc,
    proxyPublicKey: info.proxyPublicKey,
    boc: payment.data,
    dbTokens: counters.dbTokens,
    maxTokens: counters.maxTokens,
  });
  return tokens;
}

export async function workerHandshake(
  conn: FramedConnection,
  me: WorkerIdentity,
  ledger: EarningsLedger,
  isDisabled: () => boolean,
): Promise<SessionInfo> {
  // Step 1: connectToProxy.
  const connected = await conn.call({
    _: 'worker.connectToProxy',
    params: {
      _: 'worker.params',
      flags: 3,
      worker_owner_address: me.ownerAddress,
      model: me.model,
      coefficient: me.coefficient,
      is_test: me.isTest,
      proxy_cnt: me.proxyCount,
      max_active_requests: me.maxActiveRequests,
      min_proto_version: 1,
      max_proto_version: 2,
    },
  });
  if (connected._ !== 'worker.connectedToProxy' || connected.params._ !== 'proxy.params') {
    throw new HandshakeError(`unexpected answer ${connected._} to connectToProxy`);
  }
  const p = connected.params;
  if ((p.flags & 3) === 0) throw new HandshakeError('proxy is too old');
  if ((p.is_test ?? false) !== me.isTest) throw new HandshakeError('test mode mismatch');
  const info: SessionInfo = {
    protoVersion: (p.flags & 2) !== 0 ? (p.proto_version ?? 0) : 0,
    proxyParams: p,
    proxySc: parseAddress(p.proxy_sc_address, 'proxy contract address'),
    workerSc: parseAddress(connected.worker_sc_address, 'worker contract address'),
    proxyPublicKey: p.proxy_public_key,
  };
  parseAddress(p.proxy_owner_address, 'proxy owner address');
  const known = ledger.payments.get(info.workerSc);
  if (known && known.proxyPublicKey !== info.proxyPublicKey.toString('hex')) {
    throw new HandshakeError('the proxy contract we know presents a different signing key');
  }

  // Step 2: compare balances — report only what this proxy signed or told us before.
  const mine = { signed: known?.tokens ?? 0n, db: known?.dbTokens ?? 0n, max: known?.maxTokens ?? 0n };
  const cmp = await conn.call({
    _: 'worker.compareBalanceWithProxy',
    tokens_committed_to_blockchain: mine.signed,
    tokens_committed_to_db: mine.db,
    max_tokens: mine.max,
  });
  if (cmp._ !== 'worker.compareBalanceWithProxyResult')
    throw new HandshakeError(`unexpected answer ${cmp._}`);
  if (cmp.tokens_committed_to_db < mine.db) throw new HandshakeError('tokens_committed_to_db is too low');
  const signed = await acceptPayment(ledger, info, cmp.signed_payment, {
    dbTokens: cmp.tokens_committed_to_db,
    maxTokens: cmp.max_tokens,
  });
  if (signed < mine.signed) throw new HandshakeError('tokens_committed_to_blockchain is too low');

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
  await conn.call({ _: 'worker.proxyHandshakeComplete', is_disabled: isDisabled() });
  return info;
}
