// ton_proof verification (TON Connect), done locally and offline:
//   message   = sha256("ton-proof-item-v2/" ‖ workchain i32 BE ‖ address hash ‖ domain length u32 LE ‖ domain
//                      ‖ timestamp u64 LE ‖ payload)
//   signature = ed25519(sha256(0xffff ‖ "ton-connect" ‖ message)) with the wallet key.
// The key comes from walletStateInit (V4R2 or V5R1 data layout), whose hash must be the address: an
// undeployed wallet cannot answer get_public_key, and the app must not trust a key it was merely told.
import { createHash } from 'node:crypto';
import { Address, Cell, contractAddress, loadStateInit, type StateInit } from '@ton/core';
import { signVerify } from '@ton/crypto';
import { WalletContractV4, WalletContractV5R1 } from '@ton/ton';
import { errorMessage } from '../../logging/logger.js';

export type TonProofErrorCode =
  | 'proof-expired'
  | 'wrong-domain'
  | 'bad-signature'
  | 'unknown-payload'
  | 'address-mismatch'
  | 'unsupported-wallet'
  | 'malformed'
  | 'declined';

const TEXT: Record<TonProofErrorCode, string> = {
  'proof-expired': 'proof expired',
  'wrong-domain': 'proof for another domain',
  'bad-signature': 'bad signature',
  'unknown-payload': 'proof payload is not one we issued, or was already used',
  'address-mismatch': 'wallet address does not match its state init',
  'unsupported-wallet': 'unsupported wallet contract (V4R2 and V5R1 are supported)',
  malformed: 'malformed proof',
  declined: 'the owner declined the connection in the wallet',
};

export class TonProofError extends Error {
  readonly code: TonProofErrorCode;
  constructor(code: TonProofErrorCode, detail?: string) {
    super(detail ? `${TEXT[code]}: ${detail}` : TEXT[code]);
    this.name = 'TonProofError';
    this.code = code;
  }
}

export interface TonProofReply {
  timestamp: number;
  domain: { lengthBytes: number; value: string };
  payload: string;
  signature: string; // base64
}

export interface TonAccountReply {
  address: string; // "0:<hex>"
  publicKey?: string; // hex, as the wallet claims it
  walletStateInit: string; // base64 BOC
}

export interface VerifiedProof {
  address: Address;
  publicKey: Buffer;
  wallet: 'v4r2' | 'v5r1';
}

export interface ProofExpectations {
  domain: string;
  nowSec: number;
  /** Accept proofs signed at most this long ago (and at most 60 s in the future for clock skew). */
  maxAgeSec: number;
  /** Consumes the payload nonce; false when it is unknown, expired or already used. */
  consumePayload: (payload: string) => boolean;
}

export function tonProofMessage(address: Address, proof: TonProofReply): Buffer {
  const wc = Buffer.alloc(4);
  wc.writeInt32BE(address.workChain);
  const domain = Buffer.from(proof.domain.value, 'utf8');
  const dl = Buffer.alloc(4);
  dl.writeUInt32LE(domain.length);
  const ts = Buffer.alloc(8);
  ts.writeBigUInt64LE(BigInt(proof.timestamp));
  const inner = sha256(
    Buffer.from('ton-proof-item-v2/'),
    wc,
    address.hash,
    dl,
    domain,
    ts,
    Buffer.from(proof.payload, 'utf8'),
  );
  return sha256(Buffer.from([0xff, 0xff]), Buffer.from('ton-connect'), inner);
}

export function verifyTonProof(
  account: TonAccountReply,
  proof: TonProofReply,
  expect: ProofExpectations,
): VerifiedProof {
  let address: Address;
  let init: StateInit;
  try {
    address = Address.parseRaw(account.address);
    const root = Cell.fromBase64(account.walletStateInit);
    init = loadStateInit(root.beginParse());
  } catch (err) {
    throw new TonProofError('malformed', errorMessage(err));
  }
  if (
    proof.domain.value !== expect.domain ||
    Buffer.byteLength(proof.domain.value) !== proof.domain.lengthBytes
  ) {
    throw new TonProofError(
      'wrong-domain',
      `signed for "${proof.domain.value}", expected "${expect.domain}"`,
    );
  }
  const age = expect.nowSec - proof.timestamp;
  if (!Number.isFinite(age) || age > expect.maxAgeSec || age < -60) {
    throw new TonProofError('proof-expired', `signed ${age} s ago, limit ${expect.maxAgeSec} s`);
  }
  if (!contractAddress(address.workChain, init).equals(address)) throw new TonProofError('address-mismatch');
  const { publicKey, wallet } = walletKey(init);
  if (account.publicKey && account.publicKey.toLowerCase() !== publicKey.toString('hex')) {
    throw new TonProofError('address-mismatch', 'the claimed public key is not the one in the state init');
  }
  const signature = Buffer.from(proof.signature, 'base64');
  if (signature.length !== 64 || !signVerify(tonProofMessage(address, proof), signature, publicKey)) {
    throw new TonProofError('bad-signature');
  }
  // the nonce is consumed last, so a forged proof cannot burn a legitimate one
  if (!expect.consumePayload(proof.payload)) throw new TonProofError('unknown-payload');
  return { address, publicKey, wallet };
}

let codes: { v4r2: Cell; v5r1: Cell } | undefined;
function knownCodes(): { v4r2: Cell; v5r1: Cell } {
  const zero = Buffer.alloc(32);
  codes ??= {
    v4r2: WalletContractV4.create({ workchain: 0, publicKey: zero }).init.code,
    v5r1: WalletContractV5R1.create({ workchain: 0, publicKey: zero }).init.code,
  };
  return codes;
}

/** Reads the public key from a V4R2 (seqno, subwallet, key) or V5R1 (sig flag, seqno, wallet id, key) data cell. */
export function walletKey(init: StateInit): { publicKey: Buffer; wallet: 'v4r2' | 'v5r1' } {
  const { v4r2, v5r1 } = knownCodes();
  if (!init.code || !init.data)
    throw new TonProofError('unsupported-wallet', 'state init without code or data');
  try {
    const s = init.data.beginParse();
    if (init.code.equals(v4r2)) {
      s.skip(64);
      return { publicKey: s.loadBuffer(32), wallet: 'v4r2' };
    }
    if (init.code.equals(v5r1)) {
      s.skip(1 + 32 + 32);
      return { publicKey: s.loadBuffer(32), wallet: 'v5r1' };
    }
  } catch (err) {
    throw new TonProofError('malformed', `wallet data: ${errorMessage(err)}`);
  }
  throw new TonProofError('unsupported-wallet', `code hash ${init.code.hash().toString('hex')}`);
}

function sha256(...parts: Buffer[]): Buffer {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
}
