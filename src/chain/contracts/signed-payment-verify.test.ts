// Payment signatures as the worker checks them (node:crypto Ed25519): a payment the proxy key signed
// verifies, including one signed by the proxy's own node:crypto signer; a flipped signature bit, another
// key, or a payment for another worker contract is refused with its reason.
import { Address } from '@ton/core';
import { keyPairFromSeed } from '@ton/crypto';
import { describe, expect, it } from 'vitest';
import { paymentSigner } from '../../devnet/proxy/payment-signer.js';
import { parseSignedPayment, signPayment, verifySignedPayment } from './signed-payment.js';

const keys = keyPairFromSeed(Buffer.alloc(32, 5));
const other = keyPairFromSeed(Buffer.alloc(32, 6));
const workerSc = new Address(0, Buffer.alloc(32, 1));
const back = new Address(0, Buffer.alloc(32, 2));
const signed = (): Buffer =>
  signPayment({
    qid: 7n,
    tokens: 1234n,
    workerSc,
    returnExcessesTo: back,
    secretKey: keys.secretKey,
  }).toBoc();

describe('verifySignedPayment', () => {
  it('accepts what the proxy key signed, with @ton/crypto or the proxy signer', () => {
    expect(() =>
      verifySignedPayment(parseSignedPayment(signed()), { proxyPublicKey: keys.publicKey, workerSc }),
    ).not.toThrow();
    const signer = paymentSigner({
      keys,
      proxyOwner: back,
      proxySc: back,
      isTest: true,
      feePerToken: 1n,
      workerSc: () => workerSc,
      returnExcessesTo: back,
      qid: () => 7n,
    });
    const bySigner = parseSignedPayment(signer.sign(back, 1234n));
    expect(bySigner.signature).toEqual(parseSignedPayment(signed()).signature);
    expect(() => verifySignedPayment(bySigner, { proxyPublicKey: keys.publicKey, workerSc })).not.toThrow();
  });

  it('refuses a flipped signature bit, another key and another worker contract', () => {
    const p = parseSignedPayment(signed());
    const flipped = { ...p, signature: Buffer.from(p.signature) };
    flipped.signature.writeUInt8(flipped.signature.readUInt8(10) ^ 1, 10);
    expect(() => verifySignedPayment(flipped, { proxyPublicKey: keys.publicKey, workerSc })).toThrow(
      expect.objectContaining({ reason: 'forged' }),
    );
    expect(() => verifySignedPayment(p, { proxyPublicKey: other.publicKey, workerSc })).toThrow(
      expect.objectContaining({ reason: 'forged' }),
    );
    expect(() =>
      verifySignedPayment(p, { proxyPublicKey: keys.publicKey.subarray(0, 31), workerSc }),
    ).toThrow(expect.objectContaining({ reason: 'forged' }));
    expect(() => verifySignedPayment(p, { proxyPublicKey: keys.publicKey, workerSc: back })).toThrow(
      expect.objectContaining({ reason: 'wrong-worker' }),
    );
  });
});
