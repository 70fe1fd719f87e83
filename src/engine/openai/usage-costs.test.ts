import { describe, expect, it } from 'vitest';
import { adjustUsage, TokenCounter, UNIT_MULTIPLIERS, type Multipliers } from '../../net/token-counter.js';
import { ResponseShaper } from './respond.js';
import { addUsageCosts, withUsageCosts, type Bill } from './usage-costs.js';

const billAt =
  (coefficient: number, m: Multipliers = UNIT_MULTIPLIERS): Bill =>
  (u) =>
    adjustUsage(u, coefficient, m);
const json = { 'content-type': 'application/json' };
const usage = (promptTokens: number, completionTokens: number, cachedTokens = 0) => ({
  promptTokens,
  completionTokens,
  cachedTokens,
  finishReason: 'stop' as const,
});

async function collect(body: AsyncIterable<Buffer>): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const b of body) out.push(b);
  return out;
}
async function* chunks(...parts: Buffer[]): AsyncGenerator<Buffer> {
  for (const p of parts) {
    await Promise.resolve();
    yield p;
  }
}

describe('usage cost fields as the C++ worker adds them (docs/protocol.md §4.5)', () => {
  it('adds tokens × price to a whole chat answer: 12 + 9 tokens at price 2 cost 24 + 18 = 42', () => {
    const body = new ResponseShaper('chat', 'm').whole('hello', usage(12, 9));
    const out = addUsageCosts(body, billAt(1000), 2n);
    const text = out.toString();
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed.usage).toEqual({
      prompt_tokens: 12,
      completion_tokens: 9,
      total_tokens: 21,
      prompt_tokens_details: { cached_tokens: 0 },
      prompt_total_cost: 24,
      completion_total_cost: 18,
      total_cost: 42,
    });
    // the rest of the answer is untouched, re-emitted with sorted keys as nlohmann dumps it
    const original = JSON.parse(body.toString()) as Record<string, unknown>;
    expect({ ...parsed, usage: original.usage }).toEqual(original);
    expect(Object.keys(parsed)).toEqual([...Object.keys(parsed)].sort());
  });

  it('prices the adjusted tokens: coefficient, multipliers, cached share and IEEE truncation', () => {
    const m = { prompt: 10_000, cached: 5_000, completion: 20_000, reasoning: 10_000 };
    const body = new ResponseShaper('completion', 'm').whole('x', usage(200, 30, 50));
    const costs = JSON.parse(addUsageCosts(body, billAt(145, m), 3n).toString()) as {
      usage: Record<string, number>;
    };
    // prompt trunc(150 × 0.145) = 21, cached trunc(50 × 0.145 × 0.5) = 3, completion trunc(30 × 0.145 × 2) = 8
    expect(costs.usage).toMatchObject({ prompt_total_cost: 72, completion_total_cost: 24, total_cost: 96 });
    // 200 × 0.145 is 28.999… in doubles: 28 adjusted tokens, as the C++ worker bills them
    const edge = addUsageCosts(new ResponseShaper('chat', 'm').whole('', usage(200, 0)), billAt(145), 5n);
    expect(JSON.parse(edge.toString())).toMatchObject({ usage: { prompt_total_cost: 140, total_cost: 140 } });
  });

  it('reads reasoning tokens from either place, as the billing record does', () => {
    const body = Buffer.from(
      JSON.stringify({ usage: { prompt_tokens: 4, completion_tokens: 10, reasoning_tokens: 6 } }),
    );
    const m = { ...UNIT_MULTIPLIERS, reasoning: 20_000 };
    expect(JSON.parse(addUsageCosts(body, billAt(1000, m), 1n).toString())).toMatchObject({
      usage: { prompt_total_cost: 4, completion_total_cost: 4 + 12, total_cost: 20 },
    });
  });

  it('leaves bodies without usage, with zero usage or not JSON as they are', () => {
    for (const raw of ['{"error":{"message":"x"}}', '{"usage":{"prompt_tokens":0}}', 'not json', '[1]']) {
      const b = Buffer.from(raw);
      expect(addUsageCosts(b, billAt(1000), 2n)).toBe(b);
    }
  });

  it('gathers a chunked JSON answer into one costed body; SSE and price-less answers pass untouched', async () => {
    const whole = new ResponseShaper('chat', 'm').whole('hi', usage(3, 2));
    const gathered = await collect(
      withUsageCosts(
        { headers: json, body: chunks(whole.subarray(0, 10), whole.subarray(10)) },
        billAt(1000),
        2n,
      ),
    );
    expect(gathered).toHaveLength(1);
    expect(JSON.parse(gathered[0]!.toString())).toMatchObject({ usage: { total_cost: 10 } });

    const shaper = new ResponseShaper('chat', 'm');
    const sse = [shaper.start()!, shaper.delta('hi'), shaper.end(usage(3, 2))];
    const streamed = { headers: { 'content-type': 'text/event-stream' }, body: chunks(...sse) };
    expect(withUsageCosts(streamed, billAt(1000), 2n)).toBe(streamed.body);
    const unpriced = { headers: json, body: chunks(whole) };
    expect(withUsageCosts(unpriced, billAt(1000), undefined)).toBe(unpriced.body);
  });

  it('forwards a JSON body too large to hold whole unchanged, chunk for chunk', async () => {
    const mib = Buffer.alloc(1 << 20, 0x20);
    const parts = Array.from({ length: 17 }, () => mib);
    const out = await collect(withUsageCosts({ headers: json, body: chunks(...parts) }, billAt(1000), 2n));
    expect(Buffer.concat(out).equals(Buffer.concat(parts))).toBe(true);
  });

  it('does not change what the token counter bills', () => {
    const body = new ResponseShaper('chat', 'm').whole('hello', usage(12, 9, 4));
    const before = new TokenCounter();
    before.push(body);
    const after = new TokenCounter();
    after.push(addUsageCosts(body, billAt(1000), 2n));
    expect(after.finish()).toEqual(before.finish());
    expect(after.usage).toEqual({ prompt: 12, cached: 4, completion: 9, reasoning: 0 });
  });
});
