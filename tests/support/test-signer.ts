// A payment signer for unit tests: real Ed25519 payments over the layout of docs/protocol.md §5.2; only the worker-contract
// address derivation is a plain hash instead of the contract's (the emulator-backed signer is exercised by
// the integration tests).
import { createHash } from 'node:crypto';
import { Address } from '@ton/core';
import { keyPairFromSeed, type KeyPair } from '@ton/crypto';
import { paymentSigner, type PaymentSigner } from '../../src/devnet/proxy/payment-signer.js';

export function testSigner(o: { seed?: number; qid?: bigint } = {}): {
  signer: PaymentSigner;
  keys: KeyPair;
  proxySc: Address;
} {
  const keys = keyPairFromSeed(Buffer.alloc(32, o.seed ?? 7));
  const proxySc = new Address(0, Buffer.alloc(32, 1));
  const signer = paymentSigner({
    keys,
    proxyOwner: new Address(0, Buffer.alloc(32, 2)),
    proxySc,
    isTest: true,
    feePerToken: 100n,
    workerSc: (owner) => new Address(0, createHash('sha256').update(owner.hash).digest()),
    returnExcessesTo: proxySc,
    qid: () => o.qid ?? 77n,
  });
  return { signer, keys, proxySc };
}
