// Proof of work before TLS (docs/protocol.md §1.1). The server speaks first with a 24-byte challenge
// `magic 0x418e1291 | difficulty i32 | salt[16]`; the client answers 12 bytes `magic 0x01827319 | nonce i64`
// such that SHA-256(salt ‖ nonce LE) read as a little-endian u64 from its first 8 bytes has at least
// `difficulty` leading zero bits. All little-endian.
import { createHash, randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { ProtocolError } from '../errors.js';
import { powSolverSource } from './pow-solver-source.js';

export const POW_CHALLENGE_MAGIC = 0x418e1291;
export const POW_ANSWER_MAGIC = 0x01827319;
export const POW_CHALLENGE_BYTES = 24;
export const POW_ANSWER_BYTES = 12;
/** Cocoon's router default. */
export const DEFAULT_POW_DIFFICULTY = 20;
/** The C++ clients refuse harder challenges. */
export const MAX_CLIENT_POW_DIFFICULTY = 28;

export interface PowChallenge {
  difficulty: number;
  salt: Buffer;
}

export function encodeChallenge(c: PowChallenge): Buffer {
  if (c.salt.length !== 16) throw new ProtocolError('INVALID_VALUE', 'the salt is 16 bytes');
  const out = Buffer.alloc(POW_CHALLENGE_BYTES);
  out.writeUInt32LE(POW_CHALLENGE_MAGIC, 0);
  out.writeInt32LE(c.difficulty, 4);
  c.salt.copy(out, 8);
  return out;
}

export function decodeChallenge(data: Buffer): PowChallenge {
  if (data.length !== POW_CHALLENGE_BYTES)
    throw new ProtocolError('TRUNCATED', `challenge of ${data.length} bytes`, 0);
  const magic = data.readUInt32LE(0);
  if (magic !== POW_CHALLENGE_MAGIC)
    throw new ProtocolError('BAD_POW_MAGIC', `challenge magic 0x${magic.toString(16)}`, 0);
  return { difficulty: data.readInt32LE(4), salt: Buffer.from(data.subarray(8, 24)) };
}

export function encodeAnswer(nonce: bigint): Buffer {
  const out = Buffer.alloc(POW_ANSWER_BYTES);
  out.writeUInt32LE(POW_ANSWER_MAGIC, 0);
  out.writeBigInt64LE(BigInt.asIntN(64, nonce), 4);
  return out;
}

export function decodeAnswer(data: Buffer): bigint {
  if (data.length !== POW_ANSWER_BYTES)
    throw new ProtocolError('TRUNCATED', `answer of ${data.length} bytes`, 0);
  const magic = data.readUInt32LE(0);
  if (magic !== POW_ANSWER_MAGIC)
    throw new ProtocolError('BAD_POW_MAGIC', `answer magic 0x${magic.toString(16)}`, 0);
  return data.readBigInt64LE(4);
}

export function newChallenge(difficulty = DEFAULT_POW_DIFFICULTY): PowChallenge {
  return { difficulty, salt: randomBytes(16) };
}

/** Leading zero bits of the first 8 digest bytes read as a little-endian u64 (0 counts as 64). */
export function powZeroBits(salt: Buffer, nonce: bigint): number {
  const input = Buffer.alloc(24);
  salt.copy(input, 0, 0, 16);
  input.writeBigInt64LE(BigInt.asIntN(64, nonce), 16);
  const h = createHash('sha256').update(input).digest();
  const high = h.readUInt32LE(4);
  return high !== 0 ? Math.clz32(high) : 32 + Math.clz32(h.readUInt32LE(0));
}

export function checkPow(challenge: PowChallenge, nonce: bigint): boolean {
  return powZeroBits(challenge.salt, nonce) >= challenge.difficulty;
}

/**
 * Finds a nonce in a worker thread, counting up from 0 as the C++ solver does. Rejects with
 * POW_TOO_HARD above `maxDifficulty`; aborting the signal stops the thread at once.
 */
export async function solvePow(
  challenge: PowChallenge,
  opts: { maxDifficulty?: number; signal?: AbortSignal } = {},
): Promise<bigint> {
  const max = opts.maxDifficulty ?? MAX_CLIENT_POW_DIFFICULTY;
  if (challenge.difficulty > max || challenge.difficulty > 64) {
    throw new ProtocolError('POW_TOO_HARD', `difficulty ${challenge.difficulty} is above ${max}`);
  }
  opts.signal?.throwIfAborted();
  const worker = new Worker(powSolverSource, {
    eval: true,
    // The solver is CommonJS source; do not inherit flags such as --input-type=module.
    execArgv: [],
    workerData: { salt: new Uint8Array(challenge.salt), difficulty: challenge.difficulty },
  });
  const found = await new Promise<{ lo: number; hi: number }>((resolve, reject) => {
    const onAbort = (): void => {
      void worker.terminate();
      const reason: unknown = opts.signal?.reason;
      reject(reason instanceof Error ? reason : new Error('aborted'));
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const settle = (): void => opts.signal?.removeEventListener('abort', onAbort);
    worker.once('message', (m: { lo: number; hi: number }) => {
      settle();
      resolve(m);
    });
    worker.once('error', (err) => {
      settle();
      reject(err);
    });
    worker.once('exit', (code) => {
      settle();
      reject(new Error(`proof-of-work thread exited (${code}) without an answer`));
    });
  });
  const nonce = BigInt.asIntN(64, (BigInt(found.hi) << 32n) | BigInt(found.lo));
  if (!checkPow(challenge, nonce)) throw new Error('proof-of-work thread returned a wrong nonce');
  return nonce;
}
