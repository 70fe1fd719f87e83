// The compressed top-k evidence a worker returns with each answer (docs/protocol.md §8.4): for every
// generated token, the token, its log-probability and the k most likely tokens at that position with
// theirs, as the engine computed them before sampling. Binary, version 1:
//
//   u8 version (1) | u8 (basis << 7 | k) | varint n (tokens) | n × token record
//
// basis 0: log-probabilities over the whole vocabulary; 1: over the top-k set of each position
// (log q_i = l_i − log Σ_top-k exp l_j, what the worker sends by default: top-k-probe.ts says why).
//   token record:  u8 (m << 4 | r) | m × (varint id, varint q) | [r = m: varint id, varint q]
//
// m ≤ 15 alternatives sorted by log-probability, most likely first; r is the sampled token's rank among
// them, or m when it is not one of them (its id and q follow). q quantises a log-probability as
// round(−logprob × 1024) (steps of 1/1024 nats, capped at 2^21): the first alternative's q is absolute,
// each next one the non-negative difference from the one before (sorted, so never negative); a
// sampled token outside the list has an absolute q. Varints are unsigned LEB128. About 20–24 bytes a
// token with k = 5 and a 32k vocabulary.
export const EVIDENCE_VERSION = 1;
/** Log-probabilities are kept in steps of 1/SCALE nats. */
export const SCALE = 1024;
const MAX_Q = 1 << 21;
const MAX_TOP = 15;

export interface TokenLogprob {
  token: number;
  logprob: number;
}

/** One generated token: what was sampled and the most likely tokens at its position. */
export interface TokenEvidence extends TokenLogprob {
  /** Most likely first. */
  top: TokenLogprob[];
}

/** What the log-probabilities are normalised over: the whole vocabulary, or each position's top-k set. */
export type EvidenceBasis = 'vocabulary' | 'top-k';

export interface Evidence {
  k: number;
  basis: EvidenceBasis;
  tokens: TokenEvidence[];
}

export type EvidenceErrorCode = 'truncated' | 'bad-version' | 'bad-value' | 'trailing-bytes';

export class EvidenceError extends Error {
  constructor(
    readonly code: EvidenceErrorCode,
    message: string,
    /** Byte offset where decoding stopped (encoding: -1). */
    readonly offset: number,
  ) {
    super(message);
    this.name = 'EvidenceError';
  }
}

/** round(−logprob × SCALE), capped; −Infinity is the cap. */
export function quantise(logprob: number): number {
  if (Number.isNaN(logprob) || logprob > 1e-6)
    throw new EvidenceError('bad-value', `a log-probability must be <= 0, got ${logprob}`, -1);
  return Math.min(MAX_Q, Math.max(0, Math.round(-logprob * SCALE)));
}

export const dequantise = (q: number): number => (q === 0 ? 0 : -q / SCALE);

class Writer {
  #buf = Buffer.alloc(256);
  #at = 0;
  #room(n: number): void {
    if (this.#at + n <= this.#buf.length) return;
    const next = Buffer.alloc(Math.max(this.#buf.length * 2, this.#at + n));
    this.#buf.copy(next, 0, 0, this.#at);
    this.#buf = next;
  }
  u8(v: number): void {
    this.#room(1);
    this.#buf[this.#at++] = v;
  }
  varint(v: number): void {
    if (!Number.isSafeInteger(v) || v < 0)
      throw new EvidenceError('bad-value', `expected a non-negative integer, got ${v}`, -1);
    this.#room(8);
    while (v >= 0x80) {
      this.#buf[this.#at++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.#buf[this.#at++] = v;
  }
  done(): Buffer {
    return this.#buf.subarray(0, this.#at);
  }
}

export function encodeEvidence(e: Evidence): Buffer {
  if (!Number.isInteger(e.k) || e.k < 1 || e.k > MAX_TOP)
    throw new EvidenceError('bad-value', `k must be 1…${MAX_TOP}`, -1);
  const w = new Writer();
  w.u8(EVIDENCE_VERSION);
  w.u8((e.basis === 'top-k' ? 0x80 : 0) | e.k);
  w.varint(e.tokens.length);
  for (const t of e.tokens) {
    const m = t.top.length;
    if (m > MAX_TOP) throw new EvidenceError('bad-value', `at most ${MAX_TOP} alternatives a token`, -1);
    const found = t.top.findIndex((a) => a.token === t.token);
    const r = found === -1 ? m : found;
    w.u8((m << 4) | r);
    let prev = 0;
    t.top.forEach((a, i) => {
      // Sorted most likely first; a tie broken the other way by float noise quantises to a 0 gap.
      const q = Math.max(prev, quantise(a.logprob));
      w.varint(a.token);
      w.varint(i === 0 ? q : q - prev);
      prev = q;
    });
    if (r === m) {
      w.varint(t.token);
      w.varint(quantise(t.logprob));
    }
  }
  return w.done();
}

class Reader {
  at = 0;
  constructor(readonly buf: Uint8Array) {}
  u8(): number {
    const v = this.buf[this.at];
    if (v === undefined) throw new EvidenceError('truncated', 'evidence ends early', this.at);
    this.at++;
    return v;
  }
  varint(): number {
    const start = this.at;
    let v = 0;
    for (let shift = 1; ; shift *= 0x80) {
      const b = this.u8();
      v += (b & 0x7f) * shift;
      if (b < 0x80) break;
      if (shift > 2 ** 42) throw new EvidenceError('bad-value', 'a varint is too long', start);
    }
    return v;
  }
}

export function decodeEvidence(bytes: Uint8Array): Evidence {
  const r = new Reader(bytes);
  const version = r.u8();
  if (version !== EVIDENCE_VERSION)
    throw new EvidenceError('bad-version', `evidence version ${version} is not ${EVIDENCE_VERSION}`, 0);
  const head = r.u8();
  const k = head & 0x7f;
  const basis: EvidenceBasis = head & 0x80 ? 'top-k' : 'vocabulary';
  if (k < 1 || k > MAX_TOP) throw new EvidenceError('bad-value', `k = ${k} is out of range`, 1);
  const n = r.varint();
  // Each record takes at least one byte: a count beyond the bytes left is a lie, not a reason to allocate.
  if (n > bytes.length - r.at) throw new EvidenceError('truncated', `${n} tokens cannot fit`, r.at);
  const tokens: TokenEvidence[] = [];
  for (let i = 0; i < n; i++) {
    const at = r.at;
    const head = r.u8();
    const m = head >> 4;
    const rank = head & 0x0f;
    if (rank > m) throw new EvidenceError('bad-value', `rank ${rank} of ${m} alternatives`, at);
    const top: TokenLogprob[] = [];
    let q = 0;
    for (let j = 0; j < m; j++) {
      const token = r.varint();
      q = j === 0 ? r.varint() : q + r.varint();
      top.push({ token, logprob: dequantise(q) });
    }
    const own = rank === m ? { token: r.varint(), logprob: dequantise(r.varint()) } : top[rank];
    if (!own) throw new EvidenceError('bad-value', 'no sampled token', at);
    tokens.push({ token: own.token, logprob: own.logprob, top });
  }
  if (r.at !== bytes.length)
    throw new EvidenceError('trailing-bytes', `${bytes.length - r.at} bytes after the evidence`, r.at);
  return { k, basis, tokens };
}
