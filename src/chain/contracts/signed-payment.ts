// The proxy-signed cumulative payout (docs/protocol.md §5.2), carried in proxy.signedPayment.data
// as a BOC of the wrapper cell:
//   wrapper: op u32 = 0xa040ad28 ‖ qid u64 ‖ return_excesses_to addr_std ‖ signature 512 ‖ ^payload
//   payload: op u32 ‖ qid u64 ‖ tokens u64 ‖ worker_sc addr_std
// signature = Ed25519(proxy key, payload cell representation hash).
import { type Address, beginCell, Cell, type Slice } from '@ton/core';
import { createPublicKey, verify } from 'node:crypto';
import { sign } from '@ton/crypto';
import { BadPaymentError } from '../errors.js';
import { errorMessage } from '../../logging/logger.js';

export const OP_PAYOUT_SIGNED = 0xa040ad28;

export interface SignedPayment {
  qid: bigint;
  tokens: bigint;
  workerSc: Address;
  returnExcessesTo: Address;
  signature: Buffer;
  payload: Cell;
}

export function payoutPayloadCell(p: { qid: bigint; tokens: bigint; workerSc: Address }): Cell {
  return beginCell()
    .storeUint(OP_PAYOUT_SIGNED, 32)
    .storeUint(p.qid, 64)
    .storeUint(p.tokens, 64)
    .storeAddress(p.workerSc)
    .endCell();
}

/** Signs a cumulative payment as the proxy does (`sign_and_wrap_message`). `secretKey` is the 64-byte Ed25519 key. */
export function signPayment(p: {
  qid: bigint;
  tokens: bigint;
  workerSc: Address;
  returnExcessesTo: Address;
  secretKey: Buffer;
}): Cell {
  const payload = payoutPayloadCell(p);
  const signature = sign(payload.hash(), p.secretKey);
  return wrapperCell({ qid: p.qid, returnExcessesTo: p.returnExcessesTo, signature, payload });
}

function wrapperCell(p: { qid: bigint; returnExcessesTo: Address; signature: Buffer; payload: Cell }): Cell {
  return beginCell()
    .storeUint(OP_PAYOUT_SIGNED, 32)
    .storeUint(p.qid, 64)
    .storeAddress(p.returnExcessesTo)
    .storeBuffer(p.signature, 64)
    .storeRef(p.payload)
    .endCell();
}

/** Parses the wrapper (a BOC or a cell) strictly: layout, op/qid copies, no leftovers. Does not check the signature. */
export function parseSignedPayment(data: Buffer | Cell): SignedPayment {
  try {
    const cell = data instanceof Cell ? data : Cell.fromBoc(data)[0];
    if (!cell) throw new Error('empty BOC');
    const s = cell.beginParse();
    expectOp(s);
    const qid = s.loadUintBig(64);
    const returnExcessesTo = s.loadAddress();
    const signature = s.loadBuffer(64);
    const payload = s.loadRef();
    s.endParse();
    const ps = payload.beginParse();
    expectOp(ps);
    if (ps.loadUintBig(64) !== qid) throw new Error('payload qid differs from the wrapper qid');
    const tokens = ps.loadUintBig(64);
    const workerSc = ps.loadAddress();
    ps.endParse();
    return { qid, tokens, workerSc, returnExcessesTo, signature, payload };
  } catch (err) {
    if (err instanceof BadPaymentError) throw err;
    throw new BadPaymentError('malformed', `signed payment does not parse: ${errorMessage(err)}`);
  }
}

function expectOp(s: Slice): void {
  const op = s.loadUint(32);
  if (op !== OP_PAYOUT_SIGNED)
    throw new BadPaymentError('malformed', `signed payment op 0x${op.toString(16)} is not 0xa040ad28`);
}

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * Ed25519 verification through node:crypto (OpenSSL): the worker checks every payment it is sent, and
 * tweetnacl's pure-JS verify costs milliseconds each. A key or signature of the wrong size never verifies.
 */
function ed25519Verify(message: Buffer, signature: Buffer, rawPublicKey: Buffer): boolean {
  if (rawPublicKey.length !== 32 || signature.length !== 64) return false;
  try {
    const key = createPublicKey({
      key: Buffer.concat([ED25519_SPKI_PREFIX, rawPublicKey]),
      format: 'der',
      type: 'spki',
    });
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}

/** Verifies a parsed payment for one worker contract; throws BadPaymentError with its reason. */
export function verifySignedPayment(
  p: SignedPayment,
  expect: { proxyPublicKey: Buffer; workerSc: Address },
): void {
  if (!p.workerSc.equals(expect.workerSc)) {
    throw new BadPaymentError(
      'wrong-worker',
      `payment is for worker contract ${p.workerSc.toRawString()}, not ${expect.workerSc.toRawString()}`,
    );
  }
  if (!ed25519Verify(p.payload.hash(), p.signature, expect.proxyPublicKey)) {
    throw new BadPaymentError('forged', 'payment signature does not verify with the proxy key');
  }
}

/** Replaces return_excesses_to (not covered by the signature, docs/protocol.md §5.4) so the excess returns to our wallet. */
export function repackPayment(p: SignedPayment, returnExcessesTo: Address): Cell {
  return wrapperCell({ qid: p.qid, returnExcessesTo, signature: p.signature, payload: p.payload });
}
