// What the proxy needs from the chain side: its signing key, its addresses, the worker contract of each
// owner and a signer for cumulative payments (§5.2). The devnet implementation is DevnetChain, so what the
// proxy signs can really be claimed on the emulator.
import type { Address } from '@ton/core';
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

export function devnetSigner(devnet: DevnetChain): PaymentSigner {
  return {
    publicKey: devnet.proxyKeys.publicKey,
    proxyOwner: devnet.proxyInit.owner,
    proxySc: devnet.proxySc,
    isTest: devnet.params.isTest,
    feePerToken: devnet.params.workerFeePerToken,
    workerSc: (owner) => devnet.workerSc(owner),
    sign: (owner, tokens) => devnet.signPayment(owner, tokens),
  };
}
