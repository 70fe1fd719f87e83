// Long generations use temperature 0: greedy output on the tiny model is deterministic and runs to
// max_tokens, so a stream cannot end early by sampling the end-of-text token (that made tests flaky).
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogLine } from '../../src/api/events.js';
import { EngineError } from '../../src/engine/sandbox/errors.js';
import type { SandboxHost } from '../../src/engine/sandbox/host.js';
import { chat, MODEL, parseSse, readAll, tinyHost } from './engine-helpers.js';
import { waitFor } from '../support/wait-for.js';

// Real llama.cpp inference on the tiny generated model, in the permission-restricted child process.
describe('engine sandbox: OpenAI-style serving', () => {
  let host: SandboxHost;
  let lines: LogLine[];
  let dir: string;
  beforeAll(async () => {
    ({ host, lines, dir } = await tinyHost());
  });
  afterAll(async () => {
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers a chat completion with exact usage, greedy and deterministic at temperature 0', async () => {
    const req = chat('hello world, tell me about the cat', { temperature: 0, max_tokens: 24 });
    const a = JSON.parse(await readAll(await host.request(req))) as {
      object: string;
      model: string;
      choices: Array<{ message: { role: string; content: string }; finish_reason: string }>;
      usage: {
        prompt_tokens: number;
        completion_tokens: number;
        total_tokens: number;
        prompt_tokens_details: { cached_tokens: number };
      };
    };
    expect(a.object).toBe('chat.completion');
    expect(a.model).toBe(MODEL);
    expect(a.choices[0]?.message.role).toBe('assistant');
    expect(a.choices[0]?.message.content.length).toBeGreaterThan(0);
    // <s><|im_start|>user\n + 7 word tokens… counted by the real tokenizer: stable for this model.
    expect(a.usage.prompt_tokens).toBeGreaterThan(8);
    expect(a.usage.completion_tokens).toBeLessThanOrEqual(24);
    expect(a.usage.total_tokens).toBe(a.usage.prompt_tokens + a.usage.completion_tokens);
    const b = JSON.parse(await readAll(await host.request(req))) as typeof a;
    expect(b.choices[0]?.message.content).toBe(a.choices[0]?.message.content);
    expect(b.usage.completion_tokens).toBe(a.usage.completion_tokens);
    // The second identical prompt reuses the cached prefix (all but the last prompt token).
    expect(b.usage.prompt_tokens_details.cached_tokens).toBe(a.usage.prompt_tokens - 1);
  });

  it('streams SSE deltas, then a usage chunk, then [DONE], with the same greedy text', async () => {
    const whole = JSON.parse(
      await readAll(await host.request(chat('the dog and the sun', { temperature: 0, max_tokens: 30 }))),
    ) as {
      choices: Array<{ message: { content: string } }>;
      usage: { completion_tokens: number };
    };
    const res = await host.request(
      chat('the dog and the sun', { temperature: 0, max_completion_tokens: 30, stream: true }),
    );
    expect(res.headers['content-type']).toBe('text/event-stream');
    const sse = parseSse(await readAll(res));
    expect(sse.done).toBe(true);
    expect(sse.text).toBe(whole.choices[0]?.message.content);
    const last = sse.chunks.at(-1) as { choices: unknown[]; usage: { completion_tokens: number } };
    expect(last.choices).toEqual([]);
    expect(last.usage.completion_tokens).toBe(whole.usage.completion_tokens);
  });

  it('serves /v1/completions and honours stop strings', async () => {
    const base = { model: MODEL, prompt: 'hello world', temperature: 0, max_tokens: 40 };
    const res = await host.request({ path: '/v1/completions', body: Buffer.from(JSON.stringify(base)) });
    const full =
      (JSON.parse(await readAll(res)) as { choices: Array<{ text: string }> }).choices[0]?.text ?? '';
    expect(full.length).toBeGreaterThan(4);
    const stop = full.slice(3, 5);
    const cut = await host.request({
      path: '/v1/completions',
      body: Buffer.from(JSON.stringify({ ...base, stop: [stop] })),
    });
    const body = JSON.parse(await readAll(cut)) as {
      choices: Array<{ text: string; finish_reason: string }>;
    };
    expect(body.choices[0]?.text).toBe(full.slice(0, full.indexOf(stop)));
    expect(body.choices[0]?.finish_reason).toBe('stop');
  });

  it('refuses unknown or disabled keys with a 400 naming the key', async () => {
    for (const key of ['tools', 'logit_bias', 'frobnicate']) {
      const res = await host.request(chat('hi', { [key]: 1 }));
      expect(res.status).toBe(400);
      const err = JSON.parse(await readAll(res)) as { error: { message: string; param: string } };
      expect(err.error.message).toBe(`the request has unknown field '${key}'`);
      expect(err.error.param).toBe(key);
    }
    const wrongModel = await host.request({
      path: '/v1/chat/completions',
      body: Buffer.from(JSON.stringify({ model: 'gpt-4', messages: [] })),
    });
    expect(wrongModel.status).toBe(400);
    expect((await host.request({ path: '/v1/embeddings', body: Buffer.from('{}') })).status).toBe(404);
  });

  it('answers 400 for a prompt longer than the context, streamed or not', async () => {
    for (const stream of [false, true]) {
      const res = await host.request(chat('hello '.repeat(2100), { stream }));
      expect(res.status).toBe(400);
      const err = JSON.parse(await readAll(res)) as { error: { message: string } };
      expect(err.error.message).toMatch(/context holds 2048/);
    }
  });

  it('runs requests concurrently up to the cap and refuses one more at once', async () => {
    // Greedy to the longest the context allows, so neither can end early. A slot frees when the child has
    // generated its tokens (not when the stream is read), so a stalled test process could see one free:
    // the precondition is checked in the same tick as the third call, whose cap check runs before any await.
    const long = { temperature: 0, max_tokens: 1900, stream: true };
    const a = await host.request(chat('story one', long));
    const b = await host.request(chat('story two', long));
    expect(host.activeRequests, 'both first requests still generating').toBe(2);
    const third = host.request(chat('story three', long));
    await expect(third).rejects.toMatchObject({
      code: 'too-many-active-queries',
      message: 'too many active queries',
    });
    const [ta, tb] = await Promise.all([readAll(a), readAll(b)]);
    expect(parseSse(ta).done && parseSse(tb).done).toBe(true);
  });

  it('stops generating when a stream is cancelled', async () => {
    const ctrl = new AbortController();
    const res = await host.request(chat('cancel me', { temperature: 0, max_tokens: 1900, stream: true }), {
      signal: ctrl.signal,
    });
    const it = res.body[Symbol.asyncIterator]();
    // This machine's pace right now, from the stream itself: the time of a few chunks.
    await it.next();
    const sample = 8;
    const s0 = performance.now();
    for (let i = 0; i < sample; i++) await it.next();
    const perChunkMs = (performance.now() - s0) / sample;
    ctrl.abort();
    await expect(
      (async () => {
        for (;;) if ((await it.next()).done === true) break;
      })(),
    ).rejects.toBeInstanceOf(EngineError);
    // The child frees the sequence instead of generating the ~1890 tokens left: well within a tenth of the
    // time they would take at the pace just measured (and never less than 2 s, for scheduling noise).
    const budgetMs = Math.max(2000, Math.round((1890 * perChunkMs) / 10));
    await waitFor(() => host.activeRequests === 0, {
      timeoutMs: budgetMs,
      intervalMs: 5,
      what: `the cancelled request to leave the child (budget ${String(budgetMs)} ms from ${perChunkMs.toFixed(1)} ms a chunk)`,
    });
  });

  it('times out a request with a clear error', async () => {
    // 2 ms cannot hold even one round trip to the child, however early sampling might stop.
    await expect(
      host.request(chat('slow', { max_tokens: 1900, temperature: 0 }), { timeoutMs: 2 }),
    ).rejects.toMatchObject({ code: 'timeout' });
  });

  it('reports finish_reason "length" only at the limit; a sampled end-of-text is "stop"', async () => {
    for (let i = 0; i < 3; i++) {
      const r = JSON.parse(
        await readAll(
          await host.request(
            {
              path: '/v1/completions',
              body: Buffer.from(
                JSON.stringify({ model: MODEL, prompt: 'tell me a story', max_tokens: 1500, temperature: 1 }),
              ),
            },
            { timeoutMs: 30_000 },
          ),
        ),
      ) as {
        usage: { completion_tokens: number };
        choices: Array<{ finish_reason: string }>;
      };
      const finish = r.choices[0]?.finish_reason;
      if (finish === 'length') expect(r.usage.completion_tokens).toBe(1500);
      else expect(finish).toBe('stop');
    }
    const capped = JSON.parse(
      await readAll(await host.request(chat('cancel me', { temperature: 0, max_tokens: 7 }))),
    ) as { usage: { completion_tokens: number }; choices: Array<{ finish_reason: string }> };
    expect([capped.usage.completion_tokens, capped.choices[0]?.finish_reason]).toEqual([7, 'length']);
  });

  it('never writes prompts or completions to the log', async () => {
    const secret = 'zebra quokka marmalade';
    const res = await host.request(chat(secret, { temperature: 0, max_tokens: 20 }));
    const content =
      (JSON.parse(await readAll(res)) as { choices: Array<{ message: { content: string } }> }).choices[0]
        ?.message.content ?? '';
    const all = lines.map((l) => l.message).join('\n');
    expect(all).toContain('completion=');
    expect(all).not.toContain('zebra');
    expect(all).not.toContain('quokka');
    if (content.trim().length >= 6) expect(all).not.toContain(content.trim());
  });
});
