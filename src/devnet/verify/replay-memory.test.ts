import { describe, expect, it } from 'vitest';
import { replayKey, ReplayMemory } from './replay-memory.js';

const body = (o: Record<string, unknown>) => Buffer.from(JSON.stringify({ model: 'm', prompt: 'hi', ...o }));

describe('replay memory', () => {
  it('keys sampled requests only, by what decides the answer', () => {
    expect(replayKey('/v1/completions', body({ temperature: 0 }))).toBeNull();
    expect(replayKey('/v1/completions', body({ temperature: 0.7, seed: 1 }))).toBeNull();
    expect(replayKey('/v1/completions', Buffer.from('not json'))).toBeNull();
    const a = replayKey('/v1/completions', body({ temperature: 0.7, stream: true }));
    expect(a).not.toBeNull();
    expect(replayKey('/v1/completions', body({ temperature: 0.7, stream: false }))).toBe(a); // stream does not decide
    expect(replayKey('/v1/completions', body({ temperature: 0.7, max_tokens: 9 }))).not.toBe(a);
    expect(replayKey('/v1/completions', body({}))).not.toBe(a); // default temperature 1
  });

  it('says when the same owner gave the same tokens to the same request, bounded per owner', () => {
    const m = new ReplayMemory(2);
    expect(m.repeated('o', 'k', [1, 2, 3])).toBe(false);
    expect(m.repeated('other', 'k', [1, 2, 3])).toBe(false);
    expect(m.repeated('o', 'k', [1, 2, 4])).toBe(false);
    expect(m.repeated('o', 'k', [1, 2, 4])).toBe(true);
    m.repeated('o', 'k2', [5]);
    m.repeated('o', 'k3', [6]); // k is now the oldest of three: forgotten
    expect(m.repeated('o', 'k', [1, 2, 4])).toBe(false);
  });
});
