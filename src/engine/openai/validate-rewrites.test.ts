// Request validation's rewrites and refusals: stop, stream_options, the token cap, what the engine
// honours, logprobs, the 602 refusals by name, and unserved endpoints (the field tables are in
// validate-fields.test.ts).
import { describe, expect, it } from 'vitest';
import { validateRequest, type InvalidRequest, type ValidRequest } from './validate.js';

const CHAT = '/v1/chat/completions';
const COMPLETIONS = '/v1/completions';
const user = { role: 'user', content: 'hi' };
const baseOf = (path: string): Record<string, unknown> =>
  path === CHAT ? { model: 'm', messages: [user] } : { model: 'm', prompt: 'hi' };

const run = (path: string, body: Record<string, unknown>): ValidRequest | InvalidRequest =>
  validateRequest(path, Buffer.from(JSON.stringify({ ...baseOf(path), ...body })), 'm');
const chat = (body: Record<string, unknown>): ValidRequest | InvalidRequest => run(CHAT, body);
const ok = (r: ValidRequest | InvalidRequest): ValidRequest => {
  if (!r.ok) throw new Error(r.message);
  return r;
};
const sent = (r: ValidRequest | InvalidRequest): Record<string, unknown> =>
  JSON.parse(ok(r).rewritten.toString()) as Record<string, unknown>;

describe('request validation as Cocoon 9060ce5 (docs/protocol.md §4.3)', () => {
  it('requires stop as an array of strings, as Cocoon does now', () => {
    expect(chat({ stop: 'x' })).toMatchObject({
      ok: false,
      code: 621,
      param: 'stop',
      message: "'stop' must be an array",
    });
    expect(run(COMPLETIONS, { stop: 'x' })).toMatchObject({ ok: false, code: 621, param: 'stop' });
    expect(ok(chat({ stop: [] })).params.stop).toEqual([]);
    expect(ok(run(COMPLETIONS, { stop: ['a', 'b', 'c', 'd'] })).params.stop).toEqual(['a', 'b', 'c', 'd']);
    // well formed, but more than this engine takes: refused by name
    expect(chat({ stop: ['a', 'b', 'c', 'd', 'e'] })).toMatchObject({ ok: false, code: 602, param: 'stop' });
    expect(chat({ stop: [''] })).toMatchObject({ ok: false, code: 602, param: 'stop' });
  });

  it('keeps stream_options only on streamed requests, with include_usage forced on', () => {
    const streamed = ok(
      chat({ stream: true, stream_options: { include_usage: false, include_obfuscation: true } }),
    );
    expect(streamed.stream).toBe(true);
    expect(JSON.parse(streamed.rewritten.toString())).toMatchObject({
      stream_options: { include_usage: true, include_obfuscation: true },
    });
    expect(sent(chat({ stream: true }))).toMatchObject({ stream_options: { include_usage: true } });
    // stream_options no longer turn streaming on: they are dropped
    const plain = ok(run(COMPLETIONS, { stream_options: { include_usage: true } }));
    expect(plain.stream).toBe(false);
    expect(sent(chat({ stream: false, stream_options: { include_usage: true } }))).not.toHaveProperty(
      'stream_options',
    );
    // but they are still checked before they are dropped
    expect(chat({ stream_options: { x: 1 } })).toMatchObject({ ok: false, param: 'stream_options.x' });
  });

  it('writes a positive cap to both keys, max_tokens winning, and sorts the keys', () => {
    const both = ok(chat({ max_tokens: 9, max_completion_tokens: 5 }));
    expect(both.params.maxTokens).toBe(9);
    expect(JSON.parse(both.rewritten.toString())).toMatchObject({ max_tokens: 9, max_completion_tokens: 9 });
    expect(sent(run(COMPLETIONS, { max_completion_tokens: 4 }))).toMatchObject({
      max_tokens: 4,
      max_completion_tokens: 4,
    });
    expect(ok(chat({})).params.maxTokens).toBeNull();
    expect(chat({ max_tokens: -1 })).toMatchObject({ ok: false, code: 602, param: 'max_tokens' });
    const keys = Object.keys(sent(chat({ temperature: 0, stop: ['x'], seed: 2 })));
    expect(keys).toEqual([...keys].sort());
  });

  it('maps what the engine honours', () => {
    const r = ok(chat({ temperature: 0, top_p: 0.5, stop: ['a'], max_tokens: 5, seed: 7 }));
    expect(r.params).toEqual({ maxTokens: 5, temperature: 0, topP: 0.5, stop: ['a'], seed: 7 });
    const roles = ok(
      chat({
        messages: [
          {
            role: 'developer',
            content: [
              { type: 'text', text: 'a' },
              { type: 'input_text', text: 'b' },
            ],
          },
          { role: 'assistant' },
          user,
        ],
      }),
    );
    expect(roles.prompt).toEqual({
      kind: 'chat',
      messages: [
        { role: 'system', content: 'ab' },
        { role: 'assistant', content: '' },
        { role: 'user', content: 'hi' },
      ],
    });
    expect(ok(run(COMPLETIONS, { prompt: ['one'] })).prompt).toEqual({ kind: 'text', text: 'one' });
    expect(ok(validateRequest(COMPLETIONS, Buffer.from('{"model":"m@v2","prompt":"x"}'), 'm')).model).toBe(
      'm@v2',
    );
  });

  it('serves logprobs: chat with top_logprobs 0…5, completions with the top 5; none unless asked', () => {
    const chat = (extra: Record<string, unknown>) =>
      ok(
        validateRequest(
          CHAT,
          Buffer.from(JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x' }], ...extra })),
          'm',
        ),
      );
    expect(chat({ logprobs: true }).logprobs).toEqual({ top: 0 });
    expect(chat({ logprobs: true, top_logprobs: 5 }).logprobs).toEqual({ top: 5 });
    expect(chat({ logprobs: true }).params.evidence).toBe('text');
    expect(chat({}).logprobs).toBeNull();
    expect(chat({ logprobs: false, top_logprobs: 0 }).params.evidence).toBeUndefined();
    const comp = ok(
      validateRequest(COMPLETIONS, Buffer.from('{"model":"m","prompt":"x","logprobs":true}'), 'm'),
    );
    expect(comp.logprobs).toEqual({ top: 5 });
  });

  // Allowed by Cocoon's table, not honoured by this engine: a 602 naming the field, never a silent ignore.
  const refused: Array<[string, Record<string, unknown>, string]> = [
    [CHAT, { top_logprobs: 3 }, 'top_logprobs'], // without logprobs: true
    [CHAT, { logprobs: true, top_logprobs: 6 }, 'top_logprobs'], // the engine computes the top 5
    [CHAT, { n: 2 }, 'n'],
    [CHAT, { n: 0 }, 'n'],
    [COMPLETIONS, { best_of: 3 }, 'best_of'],
    [COMPLETIONS, { echo: true }, 'echo'],
    [COMPLETIONS, { suffix: 'end' }, 'suffix'],
    [CHAT, { frequency_penalty: 0.5 }, 'frequency_penalty'],
    [COMPLETIONS, { presence_penalty: -1 }, 'presence_penalty'],
    [CHAT, { skip_special_tokens: false }, 'skip_special_tokens'],
    [CHAT, { audio: { format: 'wav', voice: 'alloy' } }, 'audio'],
    [CHAT, { modalities: ['text', 'audio'] }, 'modalities'],
    [CHAT, { response_format: 'json' }, 'response_format'],
    [CHAT, { reasoning_effort: 'low' }, 'reasoning_effort'],
    [CHAT, { verbosity: 'high' }, 'verbosity'],
    [CHAT, { chat_template_kwargs: { enable_thinking: false } }, 'chat_template_kwargs.enable_thinking'],
    [CHAT, { temperature: 3 }, 'temperature'],
    [CHAT, { top_p: 0 }, 'top_p'],
    [CHAT, { messages: [] }, 'messages'],
    [CHAT, { messages: [{ role: 'tool', tool_call_id: 'c', content: 'x' }] }, 'messages[0].role'],
    [CHAT, { messages: [{ role: 'function', name: 'f', content: 'x' }] }, 'messages[0].role'],
    [CHAT, { messages: [{ role: 'assistant', refusal: 'no' }] }, 'messages[0].refusal'],
    [
      CHAT,
      {
        messages: [
          {
            role: 'assistant',
            tool_calls: [{ type: 'function', id: 'c', function: { name: 'f', arguments: '{}' } }],
          },
        ],
      },
      'messages[0].tool_calls',
    ],
    [
      CHAT,
      { messages: [{ role: 'user', content: [{ type: 'image', image: { url: 'data:' } }] }] },
      'messages[0].content[0]',
    ],
    [
      CHAT,
      { messages: [{ role: 'user', content: [{ type: 'text', refusal: 'r' }] }] },
      'messages[0].content[0]',
    ],
    [COMPLETIONS, { prompt: ['a', 'b'] }, 'prompt'],
    [COMPLETIONS, { prompt: [] }, 'prompt'],
  ];
  it.each(refused)('%s refuses %j by name (%s)', (path, body, param) => {
    const r = run(path, body);
    expect(r).toMatchObject({ ok: false, status: 400, code: 602, param });
    expect((r as InvalidRequest).message).toMatch(new RegExp(`^'${param.replace(/[[\].]/g, '\\$&')}' `));
  });

  it('answers the endpoints it does not serve, and bodies that are not JSON objects', () => {
    const audio = validateRequest('/v1/audio/transcriptions', Buffer.from('--b\r\n'), 'm');
    expect(audio).toMatchObject({ ok: false, status: 404, code: 602, param: null });
    expect((audio as InvalidRequest).message).toMatch(
      /^\/v1\/audio\/transcriptions is not served by this worker/,
    );
    for (const path of [
      '/v1/completions?x=1',
      'http://h/v1/completions',
      '/v1/embeddings',
      '/v1/audio/translations',
    ])
      expect(validateRequest(path, Buffer.from('{}'), 'm')).toMatchObject({
        ok: false,
        status: 404,
        code: 621,
        message: 'unsupported method',
      });
    for (const body of ['[1]', '{', '"x"'])
      expect(validateRequest(CHAT, Buffer.from(body), 'm')).toMatchObject({
        ok: false,
        status: 400,
        code: 621,
        param: null,
      });
    expect(chat({ model: 'other' })).toMatchObject({ ok: false, code: 621, param: 'model' });
    // a key named like an Object.prototype member is still unknown
    expect(validateRequest(CHAT, Buffer.from('{"model":"m","messages":[],"toString":1}'), 'm')).toMatchObject(
      { ok: false, param: 'toString' },
    );
  });
});
