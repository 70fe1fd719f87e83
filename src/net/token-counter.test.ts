import { describe, expect, it } from 'vitest';
import { adjust, adjustUsage, TokenCounter, UNIT_MULTIPLIERS } from './token-counter.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('token counting (docs/protocol.md §4.5)', () => {
  it('matches the C++ double arithmetic, including where it differs from exact integers', () => {
    expect(adjust(200, 145, 10_000)).toBe(28n); // exact arithmetic would give 29
    expect(adjust(12, 1000, 10_000)).toBe(12n);
    expect(adjust(100, 1500, 5_000)).toBe(75n);
    expect(adjust(7, 0, 10_000)).toBe(0n);
  });

  it('adjusts each category separately and sums them (the benchmark example: 134 tokens)', () => {
    const t = adjustUsage({ prompt: 34, cached: 11, completion: 100, reasoning: 10 }, 1000, UNIT_MULTIPLIERS);
    expect(t).toEqual({ prompt: 23n, cached: 11n, completion: 90n, reasoning: 10n, total: 134n });
  });

  it('reads usage from a JSON body split across chunks', () => {
    const c = new TokenCounter();
    const body = JSON.stringify({
      id: 'x',
      choices: [],
      usage: { prompt_tokens: 12, completion_tokens: 9, prompt_tokens_details: { cached_tokens: 4 } },
    });
    c.push(enc(body.slice(0, 17)));
    c.push(enc(body.slice(17)));
    expect(c.finish()).toEqual({ prompt: 12, cached: 4, completion: 9, reasoning: 0 });
  });

  it('reads usage from an SSE stream (which the C++ worker bills as 0)', () => {
    const c = new TokenCounter();
    const stream = [
      'data: {"choices":[{"delta":{"content":"he"}}]}\n\n',
      'data: {"choices":[{"delta":{"content":"llo"}}]}\n\ndata: {"choices":[],"usage":{"prompt_tokens":5,',
      '"completion_tokens":2,"completion_tokens_details":{"reasoning_tokens":1}}}\n\n',
      'data: [DONE]\n\n',
    ];
    for (const s of stream) c.push(enc(s));
    expect(c.finish()).toEqual({ prompt: 5, cached: 0, completion: 2, reasoning: 1 });
  });

  it('keeps maxima monotone and ignores negative or fractional values', () => {
    const c = new TokenCounter();
    c.push(enc('{"usage":{"prompt_tokens":10,"completion_tokens":3}}\n'));
    c.push(enc('{"usage":{"prompt_tokens":4,"completion_tokens":-1}}\n'));
    c.push(enc('{"usage":{"prompt_tokens":2.5,"completion_tokens":5}}\n'));
    expect(c.finish()).toEqual({ prompt: 10, cached: 0, completion: 5, reasoning: 0 });
  });

  it('counts nothing from a body with no usage', () => {
    const c = new TokenCounter();
    c.push(enc('not json at all'));
    expect(c.finish()).toEqual({ prompt: 0, cached: 0, completion: 0, reasoning: 0 });
  });
});
