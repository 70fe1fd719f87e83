// Evidence and OpenAI logprobs through the sandbox host on the tiny model: a client that did not ask
// gets no logprobs; the proxy's evidence rides in the body (a JSON member, an SSE event) and the
// splitter takes it out again; a client that asked gets OpenAI's logprobs in JSON and SSE answers, one
// entry per counted completion token.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxHost } from '../../src/engine/sandbox/host.js';
import { EVIDENCE_FIELD, EvidenceSplitter, stripEvidence } from '../../src/engine/evidence/carriage.js';
import { chat, MODEL, parseSse, readAll, tinyHost } from './engine-helpers.js';

let host: SandboxHost;
let dir = '';

beforeAll(async () => {
  ({ host, dir } = await tinyHost());
}, 120_000);

afterAll(async () => {
  await host.stop();
  await rm(dir, { recursive: true, force: true });
});

type Body = {
  choices: Array<{ logprobs: null | { content: Array<{ top_logprobs: unknown[] }> } }>;
  usage: { completion_tokens: number };
  [EVIDENCE_FIELD]?: string;
};

describe('evidence and logprobs in answers', () => {
  it('a client that did not ask gets no logprobs; the proxy that asked gets the evidence, strippable', async () => {
    const req = chat('tell me a story', { max_tokens: 24, temperature: 0 });
    const plain = JSON.parse(await readAll(await host.request(req))) as Body;
    expect(plain.choices[0]?.logprobs).toBeNull();
    expect(plain[EVIDENCE_FIELD]).toBeUndefined();

    const raw = Buffer.from(await readAll(await host.request({ ...req, evidence: true })));
    const withEv = JSON.parse(raw.toString()) as Body;
    expect(withEv.choices[0]?.logprobs).toBeNull();
    const { body, evidence } = stripEvidence(raw, 'application/json');
    expect(evidence?.tokens).toHaveLength(withEv.usage.completion_tokens);
    expect(evidence?.tokens.every((t) => t.top.length === 5 && t.top[0]?.token === t.token)).toBe(true);
    const stripped = JSON.parse(body.toString()) as Body;
    expect(stripped[EVIDENCE_FIELD]).toBeUndefined();
    expect(stripped.usage.completion_tokens).toBe(plain.usage.completion_tokens);
    expect(JSON.stringify(stripped.choices)).toBe(JSON.stringify(plain.choices));
  });

  it('SSE: the evidence event is split off; the client stream is what it would be without it', async () => {
    const req = chat('a stream', { max_tokens: 24, temperature: 0, stream: true });
    const raw = await readAll(await host.request({ ...req, evidence: true }));
    const splitter = new EvidenceSplitter('text/event-stream');
    // Cut the bytes at awkward places: events may be split across chunks.
    const bytes = Buffer.from(raw);
    let out = '';
    for (let i = 0; i < bytes.length; i += 7) out += splitter.push(bytes.subarray(i, i + 7)).toString();
    out += splitter.finish().toString();
    expect(out.includes(EVIDENCE_FIELD)).toBe(false);
    const seen = parseSse(out);
    const usage = seen.chunks.at(-1)?.usage as { completion_tokens: number };
    expect(splitter.evidence()?.tokens).toHaveLength(usage.completion_tokens);
    expect(seen.done).toBe(true);
    const again = parseSse(await readAll(await host.request(req)));
    expect(seen.text).toBe(again.text);
    expect(again.chunks.some((c) => EVIDENCE_FIELD in c)).toBe(false);
  });

  it('chat logprobs with top_logprobs, JSON and SSE, one entry per completion token', async () => {
    const req = chat('logprobs please', { max_tokens: 20, temperature: 0, logprobs: true, top_logprobs: 3 });
    const whole = JSON.parse(await readAll(await host.request(req))) as Body;
    const content = whole.choices[0]?.logprobs?.content ?? [];
    expect(content).toHaveLength(whole.usage.completion_tokens);
    expect(content.every((c) => c.top_logprobs.length === 3)).toBe(true);
    expect(whole[EVIDENCE_FIELD]).toBeUndefined();

    const sse = parseSse(
      await readAll(
        await host.request({
          ...req,
          body: Buffer.from(JSON.stringify({ ...JSON.parse(req.body.toString()), stream: true })),
        }),
      ),
    );
    const entries = sse.chunks.flatMap(
      (c) => (c.choices as Array<{ logprobs?: { content: unknown[] } }>)[0]?.logprobs?.content ?? [],
    );
    // The same tokens; values within float noise (the second request reuses the cached prompt).
    type Entry = { token: string; logprob: number };
    expect((entries as Entry[]).map((e) => e.token)).toEqual(
      (content as unknown as Entry[]).map((e) => e.token),
    );
    (entries as Entry[]).forEach((e, i) =>
      expect(e.logprob).toBeCloseTo((content[i] as unknown as Entry).logprob, 3),
    );
  });

  it('completions logprobs: tokens, token_logprobs, top 5 and text offsets', async () => {
    const body = { model: MODEL, prompt: 'once upon', max_tokens: 16, temperature: 0, logprobs: true };
    const res = await host.request({ path: '/v1/completions', body: Buffer.from(JSON.stringify(body)) });
    const json = JSON.parse(await readAll(res)) as {
      choices: Array<{
        text: string;
        logprobs: {
          tokens: string[];
          token_logprobs: number[];
          top_logprobs: object[];
          text_offset: number[];
        };
      }>;
      usage: { completion_tokens: number };
    };
    const lp = json.choices[0]!.logprobs;
    expect(lp.tokens).toHaveLength(json.usage.completion_tokens);
    expect(lp.token_logprobs.every((v) => v <= 0)).toBe(true);
    expect(lp.top_logprobs.every((t) => Object.keys(t).length >= 1)).toBe(true);
    expect(lp.tokens.join('')).toBe(json.choices[0]!.text);
    expect(lp.text_offset[0]).toBe(0);
  });
});
