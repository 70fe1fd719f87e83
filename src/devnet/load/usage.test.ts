import { describe, expect, it } from 'vitest';
import { tokensOf } from './usage.js';
import { requestFor } from './load-generator.js';

describe('load usage and mix', () => {
  it('reads total_tokens from a JSON body and from the usage chunk of an SSE stream', () => {
    expect(tokensOf('{"choices":[],"usage":{"total_tokens":12}}')).toBe(12);
    expect(
      tokensOf('data: {"choices":[]}\n\ndata: {"choices":[],"usage":{"total_tokens":9}}\n\ndata: [DONE]\n\n'),
    ).toBe(9);
    expect(tokensOf('data: {"error":{"message":"lost"}}\n\n')).toBeNull();
    expect(tokensOf('{"choices":[]}')).toBeNull();
  });

  it('mixes chat and completions, streamed and whole', () => {
    const kinds = new Set(
      Array.from({ length: 20 }, (_, i) => requestFor(i, { model: 'm' })).map(
        (r) => `${r.path} ${String(r.body.stream)}`,
      ),
    );
    expect(kinds.size).toBe(4);
  });
});
