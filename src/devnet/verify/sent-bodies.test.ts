// The evaluation traffic's memory of what it sent: bounded per owner and in owners, repeats drawn only
// from the owner's own last bodies.
import { describe, expect, it } from 'vitest';
import { SentBodies } from './sent-bodies.js';

const body = (i: number) => ({
  path: '/v1/completions' as const,
  body: Buffer.from(`{"n":${i}}`),
  headers: [],
});

describe('SentBodies', () => {
  it('keeps the last 64 bodies of an owner and repeats only those', () => {
    const m = new SentBodies();
    for (let i = 0; i < 200; i++) m.remember('a', body(i));
    expect(m.count('a')).toBe(64);
    const seen = new Set<string>();
    for (let k = 0; k < 64; k++) seen.add(m.pick('a', () => k / 64)?.body.toString() ?? '');
    expect(seen).toEqual(new Set(Array.from({ length: 64 }, (_, j) => `{"n":${136 + j}}`)));
    expect(m.pick('b', () => 0)).toBeNull();
  });

  it('forgets the owner sent to least recently beyond maxOwners', () => {
    const m = new SentBodies({ maxOwners: 2 });
    m.remember('a', body(1));
    m.remember('b', body(2));
    m.remember('a', body(3));
    m.remember('c', body(4));
    expect([m.count('a'), m.count('b'), m.count('c')]).toEqual([2, 0, 1]);
  });
});
