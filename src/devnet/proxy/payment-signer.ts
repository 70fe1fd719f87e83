// What the proxy needs from the chain side: its signing key, its addresses, the worker contract of each
// owner and a signer for cumulative payments (docs/protocol.md §5.2). The devnet implementation sits on DevnetChain, so
// what the proxy signs can really be claimed on the emulator. Signatures are made with node:crypto's
// Ed25519 (deterministic, the same bytes as @ton/crypto's) because tweetnacl takes ~5 ms per signature,
// which the proxy would pay on every finished request.
import { randomBytes, sign } from 'node:crypto';
import type { Address } from '@ton/core';
import type { KeyPair } from '@ton/crypto';
import { payoutPayloadCell, repackPayment } from '../../chain/contracts/signed-payment.js';
import { ed25519KeyFromSeed } from '../../protocol/ratls/certificate.js';
import type { DevnetChain } from '../chain/devnet-chain.js';

export interface PaymentSigner {
  /** Raw 32-byte Ed25519 public key (proxy.params.proxy_public_key). */
  readonly publicKey: Buffer;
  readonly proxyOwner: Address;
  readonly proxySc: Address;
  readonly isTest: boolean;
  /** Nanotons paid per adjusted token (root worker_fee_per_token). */
  readonly feePerToken: bigint;
  workerSc(owner: Address): Address;
  /** proxy.signedPayment.data for `tokens` committed to `owner`'s worker contract. */
  sign(owner: Address, tokens: bigint): Buffer;
}

export interface SignerParts {
  keys: KeyPair;
  proxyOwner: Address;
  proxySc: Address;
  isTest: boolean;
  feePerToken: bigint;
  /** Derives the worker contract address of an owner (cached per owner here). */
  workerSc(owner: Address): Address;
  /** Excess of a claim goes back here (the proxy's own wallet, as Cocoon's proxy does). */
  returnExcessesTo: Address;
  qid?: () => bigint;
}

export function paymentSigner(p: SignerParts): PaymentSigner {
  const key = ed25519KeyFromSeed(Buffer.from(p.keys.secretKey.subarray(0, 32)));
  const workerScs = new Map<string, Address>();
  const workerSc = (owner: Address): Address => {
    const k = owner.toRawString();
    let sc = workerScs.get(k);
    if (!sc) workerScs.set(k, (sc = p.workerSc(owner)));
    return sc;
  };
  const qid = p.qid ?? ((): bigint => randomBytes(8).readBigUInt64BE());
  return {
    publicKey: p.keys.publicKey,
    proxyOwner: p.proxyOwner,
    proxySc: p.proxySc,
    isTest: p.isTest,
    feePerToken: p.feePerToken,
    workerSc,
    sign: (owner, tokens) => {
      const fields = { qid: qid(), tokens, workerSc: workerSc(owner) };
      const payload = payoutPayloadCell(fields);
      const signature = sign(null, payload.hash(), key);
      return repackPayment(
        { ...fields, returnExcessesTo: p.returnExcessesTo, signature, payload },
        p.returnExcessesTo,
      ).toBoc({ idx: false, crc32: false });
    },
  };
}

export function devnetSigner(devnet: DevnetChain): PaymentSigner {
  return paymentSigner({
    keys: devnet.proxyKeys,
    proxyOwner: devnet.proxyInit.owner,
    proxySc: devnet.proxySc,
    isTest: devnet.params.isTest,
    feePerToken: devnet.params.workerFeePerToken,
    workerSc: (owner) => devnet.workerSc(owner),
    returnExcessesTo: devnet.proxyInit.owner,
  });
}
