// The proof-of-work exchange on a fresh TCP socket, both roles (docs/protocol.md §1.1). On success the socket is left
// paused with any further bytes still buffered, ready for TLS.
import type { Duplex } from 'node:stream';
import { ProtocolError } from '../errors.js';
import {
  DEFAULT_POW_DIFFICULTY,
  MAX_CLIENT_POW_DIFFICULTY,
  POW_ANSWER_BYTES,
  POW_CHALLENGE_BYTES,
  checkPow,
  decodeAnswer,
  decodeChallenge,
  encodeAnswer,
  encodeChallenge,
  newChallenge,
  solvePow,
  type PowChallenge,
} from './pow.js';
import { readExact } from './read-exact.js';

export interface ServerPowOptions {
  difficulty?: number;
  /** How long the client has to answer (default 60 s: difficulty 20 takes about a second). */
  timeoutMs?: number;
}

/** Server role: send a challenge, read and verify the answer. Throws a ProtocolError on failure. */
export async function serverPow(socket: Duplex, opts: ServerPowOptions = {}): Promise<PowChallenge> {
  const challenge = newChallenge(opts.difficulty ?? DEFAULT_POW_DIFFICULTY);
  socket.write(encodeChallenge(challenge));
  const nonce = decodeAnswer(
    await readExact(socket, POW_ANSWER_BYTES, opts.timeoutMs ?? 60_000, 'proof-of-work answer'),
  );
  if (!checkPow(challenge, nonce)) throw new ProtocolError('POW_FAILED', 'PoW verification failed');
  return challenge;
}

export interface ClientPowOptions {
  maxDifficulty?: number;
  /** How long to wait for the challenge (default 20 s). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Client role: read the challenge, solve it off the event loop, send the answer. */
export async function clientPow(socket: Duplex, opts: ClientPowOptions = {}): Promise<PowChallenge> {
  const challenge = decodeChallenge(
    await readExact(socket, POW_CHALLENGE_BYTES, opts.timeoutMs ?? 20_000, 'proof-of-work challenge'),
  );
  // Stop solving as soon as the socket goes away or the caller gives up.
  const closed = new AbortController();
  const onClose = (): void =>
    closed.abort(new ProtocolError('CLOSED', 'connection closed during the proof of work'));
  socket.once('close', onClose);
  try {
    const signal = opts.signal ? AbortSignal.any([opts.signal, closed.signal]) : closed.signal;
    const nonce = await solvePow(challenge, {
      maxDifficulty: opts.maxDifficulty ?? MAX_CLIENT_POW_DIFFICULTY,
      signal,
    });
    socket.write(encodeAnswer(nonce));
    return challenge;
  } finally {
    socket.off('close', onClose);
  }
}
