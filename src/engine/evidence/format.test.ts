import { describe, expect, it } from 'vitest';
import { decodeEvidence, encodeEvidence, EvidenceError, type TokenEvidence } from './format.js';

/** A seeded PRNG (mulberry32): the same cases every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function randomTokens(n: number, vocab: number, seed: number): TokenEvidence[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    let lp = -r() * 3;
    const top = Array.from({ length: 5 }, () => {
      const a = { token: Math.floor(r() * vocab), logprob: lp };
      lp -= r() * 2;
      return a;
    });
    const inside = r() < 0.9;
    const own = inside
      ? top[Math.floor(r() * 5)]!
      : { token: Math.floor(r() * vocab), logprob: lp - r() * 4 };
    return { ...own, top };
  });
}

describe('evidence format (version 1)', () => {
  it('round-trips seeded random evidence within half a quantisation step', () => {
    for (const seed of [1, 2, 3]) {
      const tokens = randomTokens(500, 151_936, seed);
      const back = decodeEvidence(encodeEvidence({ k: 5, basis: 'vocabulary', tokens }));
      expect(back.k).toBe(5);
      expect(back.tokens).toHaveLength(tokens.length);
      back.tokens.forEach((t, i) => {
        const want = tokens[i]!;
        expect(t.token).toBe(want.token);
        expect(Math.abs(t.logprob - want.logprob)).toBeLessThanOrEqual(0.5 / 1024 + 1e-12);
        expect(t.top.map((a) => a.token)).toEqual(want.top.map((a) => a.token));
        t.top.forEach((a, j) =>
          expect(Math.abs(a.logprob - want.top[j]!.logprob)).toBeLessThanOrEqual(0.5 / 1024 + 1e-12),
        );
      });
    }
  });

  it('a golden vector', () => {
    const tokens = [
      {
        token: 300,
        logprob: -0.5,
        top: [
          { token: 300, logprob: -0.5 },
          { token: 2, logprob: -1 },
        ],
      },
    ];
    // version 1, k 5, one token; m=2 r=0; 300 = ac 02, q 512 = 80 04; 2, gap 512 = 80 04
    expect(encodeEvidence({ k: 5, basis: 'vocabulary', tokens }).toString('hex')).toBe(
      '0105012' + '0ac02800402800' + '4',
    );
  });

  it('a token outside the top carries its own id and log-probability; -Infinity is capped', () => {
    const tokens = [{ token: 9, logprob: -Infinity, top: [{ token: 1, logprob: 0 }] }];
    const back = decodeEvidence(encodeEvidence({ k: 5, basis: 'vocabulary', tokens }));
    expect(back.tokens[0]).toEqual({ token: 9, logprob: -2048, top: [{ token: 1, logprob: 0 }] });
  });

  it('size: about 20–24 bytes a token for a 32k vocabulary, under 31 for 152k', () => {
    const per = (vocab: number): number =>
      encodeEvidence({ k: 5, basis: 'vocabulary', tokens: randomTokens(1000, vocab, 9) }).length / 1000;
    expect(per(32_000)).toBeLessThan(25);
    expect(per(151_936)).toBeLessThan(31);
  });

  it('refuses bad bytes with a code and an offset, never reading past the end', () => {
    const good = encodeEvidence({ k: 5, basis: 'vocabulary', tokens: randomTokens(20, 32_000, 4) });
    const code = (b: Uint8Array): string => {
      try {
        decodeEvidence(b);
        return 'ok';
      } catch (err) {
        expect(err).toBeInstanceOf(EvidenceError);
        expect((err as EvidenceError).offset).toBeLessThanOrEqual(b.length);
        return (err as EvidenceError).code;
      }
    };
    expect(code(good)).toBe('ok');
    expect(code(Buffer.from([2, 5, 0]))).toBe('bad-version');
    expect(code(Buffer.from([1, 0, 0]))).toBe('bad-value');
    expect(code(good.subarray(0, good.length - 1))).toBe('truncated');
    expect(code(Buffer.concat([good, Buffer.from([0])]))).toBe('trailing-bytes');
    expect(code(Buffer.from([1, 5, 0xff, 0xff, 0xff, 0x7f]))).toBe('truncated');
    expect(code(Buffer.from([1, 5, 1, 0x13]))).toBe('bad-value'); // rank 3 of 1
    // A fuzz run: every cut and every flipped byte either decodes or fails with an EvidenceError.
    const r = rng(5);
    for (let i = 0; i < 2000; i++) {
      const b = Buffer.from(good);
      b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
      code(b.subarray(0, Math.floor(r() * b.length) + 1));
    }
  });

  it('refuses positive or NaN log-probabilities when encoding', () => {
    expect(() =>
      encodeEvidence({ k: 5, basis: 'vocabulary', tokens: [{ token: 1, logprob: 0.5, top: [] }] }),
    ).toThrow(EvidenceError);
    expect(() =>
      encodeEvidence({ k: 5, basis: 'vocabulary', tokens: [{ token: 1, logprob: NaN, top: [] }] }),
    ).toThrow(EvidenceError);
  });
});
