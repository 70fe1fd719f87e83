import { describe, expect, it } from 'vitest';
import { StreamRate } from './stream-rate.js';
import type { InferenceBackend } from './query-runner.js';

describe('streaming rate', () => {
  it('divides tokens by the time something was being served, not by the whole window', () => {
    let now = 0;
    const rate = new StreamRate(() => now);
    now = 1_000;
    const s = rate.begin();
    for (let i = 0; i < 100; i++) {
      now += 2.5; // 400 tokens per second
      s.tokens(1);
    }
    s.end();
    expect(rate.perSecond(5_000)).toBeCloseTo(400, 0);
    now += 2_000; // idle time does not dilute the rate while the tokens are in the window
    expect(rate.perSecond(5_000)).toBeCloseTo(400, 0);
    now += 10_000;
    expect(rate.perSecond(5_000)).toBe(0);
  });

  it('counts a live SSE stream and settles on the usage the engine reports', async () => {
    let now = 0;
    const rate = new StreamRate(() => now);
    const chunk = (o: object) => Buffer.from(`data: ${JSON.stringify(o)}\n\n`);
    const backend: InferenceBackend = {
      request: () =>
        Promise.resolve({
          status: 200,
          headers: {},
          body: (async function* () {
            await Promise.resolve();
            yield chunk({ choices: [{ delta: { role: 'assistant', content: '' } }] });
            for (let i = 0; i < 5; i++) yield chunk({ choices: [{ delta: { content: 'x' } }] });
            yield chunk({ choices: [], usage: { prompt_tokens: 3, completion_tokens: 5, total_tokens: 8 } });
            yield Buffer.from('data: [DONE]\n\n');
          })(),
        }),
    };
    const res = await rate
      .meter(backend)
      .request({ path: '/v1/chat/completions', body: Buffer.alloc(0) }, {});
    let live = 0;
    for await (const _ of res.body) {
      now += 10;
      live = Math.max(live, rate.perSecond());
    }
    expect(live).toBeGreaterThan(0); // it moves while the stream is in flight
    // 5 completion tokens over the 80 ms the request was served, whatever the number of data lines was
    expect(rate.perSecond()).toBeCloseTo(5 / 0.08, 5);
  });
});
