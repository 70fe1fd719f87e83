import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  checkPow,
  decodeAnswer,
  decodeChallenge,
  encodeAnswer,
  encodeChallenge,
  powZeroBits,
  solvePow,
  type PowChallenge,
} from './pow.js';
import { clientPow, serverPow } from './pow-exchange.js';
import { readExact } from './read-exact.js';
import { socketPair } from '../../../tests/support/socket-pair.js';
import { Prng } from '../../../tests/support/prng.js';
import { waitFor } from '../../../tests/support/wait-for.js';

const digest = (salt: Buffer, nonce: bigint): Buffer => {
  const input = Buffer.alloc(24);
  salt.copy(input);
  input.writeBigInt64LE(nonce, 16);
  return createHash('sha256').update(input).digest();
};

describe('proof of work (docs/protocol.md §1.1)', () => {
  it('encodes the 24-byte challenge and the 12-byte answer with their magics', () => {
    const salt = Buffer.alloc(16, 0xaa);
    const c = encodeChallenge({ difficulty: 20, salt });
    expect(c.toString('hex')).toBe('91128e41' + '14000000' + 'aa'.repeat(16));
    expect(decodeChallenge(c)).toEqual({ difficulty: 20, salt });
    expect(encodeAnswer(0x0102030405060708n).toString('hex')).toBe('19738201' + '0807060504030201');
    expect(decodeAnswer(encodeAnswer(-5n))).toBe(-5n);
    expect(() => decodeChallenge(Buffer.alloc(24))).toThrow(/BAD_POW_MAGIC/);
    expect(() => decodeAnswer(Buffer.alloc(12))).toThrow(/BAD_POW_MAGIC/);
  });

  it('counts leading zeros of the first 8 digest bytes as a little-endian u64', () => {
    const salt = Buffer.alloc(16, 7);
    for (let n = 0n; n < 200n; n++) {
      const h = digest(salt, n);
      const v = h.readBigUInt64LE(0);
      const expected = v === 0n ? 64 : 64 - v.toString(2).length;
      expect(powZeroBits(salt, n)).toBe(expected);
    }
  });

  it('solves difficulty 20 in a worker thread; the answer meets h[7] = h[6] = 0, h[5] < 0x10', async () => {
    const rng = new Prng(20);
    for (let i = 0; i < 2; i++) {
      const challenge: PowChallenge = { difficulty: 20, salt: rng.bytes(16) };
      const nonce = await solvePow(challenge);
      const h = digest(challenge.salt, nonce);
      expect([h[7], h[6], (h[5] ?? 0xff) < 0x10]).toEqual([0, 0, true]);
      expect(checkPow(challenge, nonce)).toBe(true);
      expect(checkPow({ ...challenge, difficulty: 64 }, nonce)).toBe(false);
    }
  });

  it('keeps the event loop free while solving, and stops on abort', async () => {
    const ac = new AbortController();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const solving = solvePow({ difficulty: 28, salt: Buffer.alloc(16, 1) }, { signal: ac.signal });
    // A solver that blocked the loop would finish (or never let the ticker run) before this returns.
    await waitFor(() => ticks > 5, { timeoutMs: 10_000, what: 'the event loop to tick while solving' });
    ac.abort(new Error('stop'));
    await expect(solving).rejects.toThrow('stop');
    clearInterval(ticker);
  });

  it('refuses challenges above the client cap of 28', async () => {
    await expect(solvePow({ difficulty: 29, salt: Buffer.alloc(16) })).rejects.toThrow(/POW_TOO_HARD/);
  });
});

describe('proof-of-work exchange on a socket', () => {
  it('succeeds at difficulty 20 and loses none of the bytes that follow the answer', async () => {
    const [client, server] = await socketPair();
    const verified = serverPow(server, { difficulty: 20 });
    const solved = await clientPow(client);
    client.write('hello after pow');
    await verified;
    expect(solved.difficulty).toBe(20);
    expect((await readExact(server, 15, 5_000, 'test bytes')).toString()).toBe('hello after pow');
    client.destroy();
    server.destroy();
  });

  it('keeps bytes that arrive in the same packet as the answer', async () => {
    const [client, server] = await socketPair();
    const verified = serverPow(server, { difficulty: 1 });
    const challenge = decodeChallenge(await readExact(client, 24, 5_000, 'challenge'));
    let nonce = 0n;
    while (!checkPow(challenge, nonce)) nonce++;
    client.write(Buffer.concat([encodeAnswer(nonce), Buffer.from('TLS')]));
    await verified;
    expect((await readExact(server, 3, 5_000, 'rest')).toString()).toBe('TLS');
    client.destroy();
    server.destroy();
  });

  it('fails a wrong answer with POW_FAILED', async () => {
    const [client, server] = await socketPair();
    const verified = serverPow(server, { difficulty: 30 });
    await readExact(client, 24, 5_000, 'challenge');
    client.write(encodeAnswer(12345n));
    await expect(verified).rejects.toThrow(/POW_FAILED/);
    client.destroy();
    server.destroy();
  });

  it('times out a silent client', async () => {
    const [client, server] = await socketPair();
    await expect(serverPow(server, { difficulty: 20, timeoutMs: 50 })).rejects.toThrow(/TIMEOUT/);
    client.destroy();
    server.destroy();
  });
});
