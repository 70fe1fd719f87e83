import { describe, expect, it } from 'vitest';
import { endpointOf, validateRequest, type ValidRequest } from './validate.js';

const chat = (body: Record<string, unknown>): ReturnType<typeof validateRequest> =>
  validateRequest(
    '/v1/chat/completions',
    Buffer.from(JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }], ...body })),
    'm',
  );
const ok = (r: ReturnType<typeof validateRequest>): ValidRequest => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('request validation (docs/protocol.md §4.3)', () => {
  it('accepts only the two endpoints, cut at the first slash', () => {
    expect(endpointOf('/v1/chat/completions')).toBe('chat');
    expect(endpointOf('/v1/completions')).toBe('completion');
    expect(endpointOf('/v1/completions?x=1')).toBeNull();
    expect(endpointOf('http://h/v1/completions')).toBeNull();
  });

  it('names the first key outside the allow-list, including explicitly disabled ones', () => {
    expect(chat({ tools: [] })).toMatchObject({
      ok: false,
      status: 400,
      message: "unknown option 'tools' in request",
      param: 'tools',
    });
    expect(chat({ seed: 1.5 })).toMatchObject({ ok: false, param: 'seed' });
    expect(chat({ user: 42 })).toMatchObject({ ok: false, param: 'user' });
    expect(chat({ stop: [1] })).toMatchObject({ ok: false, param: 'stop' });
    expect(chat({ stream_options: { bogus: true } })).toMatchObject({ ok: false, param: 'stream_options' });
    expect(chat({ chat_template_kwargs: { enable_thinking: 'yes' } })).toMatchObject({
      ok: false,
      param: 'chat_template_kwargs',
    });
    expect(chat({ max_tokens: -1 })).toMatchObject({ ok: false, param: 'max_tokens' });
    expect(chat({ frequency_penalty: 3 })).toMatchObject({ ok: false, param: 'frequency_penalty' });
  });

  it('applies the stream rewrites and re-serialises with sorted keys', () => {
    const a = ok(chat({ stream: true }));
    expect(JSON.parse(a.rewritten.toString())).toMatchObject({
      stream: true,
      stream_options: { include_usage: true },
    });
    const b = ok(chat({ stream_options: { include_usage: false } }));
    expect(b.stream).toBe(true);
    expect((JSON.parse(b.rewritten.toString()) as { stream_options: unknown }).stream_options).toEqual({
      include_usage: true,
    });
    const keys = Object.keys(
      JSON.parse(ok(chat({ temperature: 0, stop: 'x' })).rewritten.toString()) as object,
    );
    expect(keys).toEqual([...keys].sort());
  });

  it('accepts the standard OpenAI fields Cocoon accepts, on both endpoints', () => {
    const c = ok(
      chat({
        user: 'u-1',
        seed: 7,
        stop: ['a', 'b'],
        safety_identifier: 's',
        store: false,
        logprobs: false,
        modalities: ['text'],
        prompt_cache_key: 'k',
        service_tier: 'auto',
        top_logprobs: 0,
      }),
    );
    expect(c.params).toMatchObject({ seed: 7, stop: ['a', 'b'] });
    expect(JSON.parse(c.rewritten.toString())).toMatchObject({ user: 'u-1', seed: 7 });
    const body = { model: 'm', prompt: 'hi', user: 'u-2', seed: 3, stop: ['x'], suffix: '', logprobs: 0 };
    const p = ok(validateRequest('/v1/completions', Buffer.from(JSON.stringify(body)), 'm'));
    expect(p.params).toMatchObject({ seed: 3, stop: ['x'] });
    // accepted by the table but not something this engine can give: a clear refusal by name
    expect(chat({ logprobs: true })).toMatchObject({
      ok: false,
      message: "'logprobs' is not supported by this worker",
    });
    expect(chat({ audio: { format: 'wav', voice: 'x' } })).toMatchObject({ ok: false, param: 'audio' });
  });

  it('maps sampling parameters, preferring max_completion_tokens', () => {
    const r = ok(
      chat({ temperature: 0, top_p: 0.5, stop: ['a', 'b'], max_tokens: 9, max_completion_tokens: 5 }),
    );
    expect(r.params).toEqual({ maxTokens: 5, temperature: 0, topP: 0.5, stop: ['a', 'b'] });
    expect(r.prompt).toEqual({ kind: 'chat', messages: [{ role: 'user', content: 'hi' }] });
  });

  it('gives clear errors for what the engine cannot do and for bad bodies', () => {
    expect(chat({ n: 2 })).toMatchObject({ ok: false, message: "'n' > 1 is not supported by this worker" });
    expect(chat({ model: 'other' })).toMatchObject({ ok: false, param: 'model' });
    expect(chat({ messages: [{ role: 'tool', content: 'x' }] })).toMatchObject({ ok: false });
    expect(validateRequest('/v1/chat/completions', Buffer.from('[1]'), 'm')).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(validateRequest('/v1/chat/completions', Buffer.from('{'), 'm')).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(validateRequest('/v1/completions', Buffer.from('{"model":"m"}'), 'm')).toMatchObject({
      ok: false,
      param: 'prompt',
    });
    expect(
      ok(validateRequest('/v1/completions', Buffer.from('{"model":"m@v2","prompt":[5,6]}'), 'm')).prompt,
    ).toEqual({ kind: 'tokens', tokens: [5, 6] });
  });
});
