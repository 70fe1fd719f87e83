// Field tables of request validation: every accepted field, unknown fields at any depth, and malformed
// values, each with the path of the field (the rewrites and 602 refusals are in validate-rewrites.test.ts).
import { describe, expect, it } from 'vitest';
import { validateRequest, type InvalidRequest, type ValidRequest } from './validate.js';

const CHAT = '/v1/chat/completions';
const COMPLETIONS = '/v1/completions';
const user = { role: 'user', content: 'hi' };
const baseOf = (path: string): Record<string, unknown> =>
  path === CHAT ? { model: 'm', messages: [user] } : { model: 'm', prompt: 'hi' };

const run = (path: string, body: Record<string, unknown>): ValidRequest | InvalidRequest =>
  validateRequest(path, Buffer.from(JSON.stringify({ ...baseOf(path), ...body })), 'm');

describe('request validation as Cocoon 9060ce5 (docs/protocol.md §4.3)', () => {
  // Every field of each endpoint's table, with a value this engine honours or ignores.
  const accepted: Array<[string, Record<string, unknown>]> = [
    [CHAT, { frequency_penalty: 0, presence_penalty: 0, logprobs: false, top_logprobs: 0 }],
    [CHAT, { max_tokens: 5, max_completion_tokens: 5, n: 1, parallel_tool_calls: false, seed: -3 }],
    [CHAT, { modalities: ['text'], prediction: { type: 'content', content: 'x' }, store: true }],
    [CHAT, { prompt_cache_key: 'k', prompt_cache_retention: '24h', safety_identifier: 's', user: 'u' }],
    [CHAT, { service_tier: 0, response_format: {}, verbosity: 'medium', skip_special_tokens: true }],
    [CHAT, { stop: ['a', 'b'], stream: true, stream_options: { include_obfuscation: false } }],
    [CHAT, { temperature: 0, top_p: 0.5, chat_template_kwargs: {} }],
    [CHAT, { messages: [{ role: 'developer', content: [{ type: 'text', text: 'be brief' }] }, user] }],
    [
      CHAT,
      { messages: [{ role: 'system', content: 's', name: 'n' }, { role: 'assistant', content: 'a' }, user] },
    ],
    [CHAT, { is_encrypted: 'v1', sender_public_key: 'p', receiver_public_key: 'r', encryption_nonce: 'n' }],
    [COMPLETIONS, { best_of: 1, echo: false, frequency_penalty: 0, presence_penalty: 0, logprobs: false }],
    [COMPLETIONS, { max_tokens: 3, n: 1, seed: 1, stop: ['x'], stream: false, suffix: '' }],
    [COMPLETIONS, { temperature: 1, top_p: 1, user: 'u', skip_special_tokens: true, prompt: ['one'] }],
  ];
  it.each(accepted)('%s accepts %j', (path, body) => {
    expect(run(path, body).ok).toBe(true);
  });

  // Unknown keys fail at any depth with the path of the field; so do keys the C++ code disables.
  const unknown: Array<[string, Record<string, unknown>, string, string]> = [
    [CHAT, { tools: [] }, 'tools', "the request has unknown field 'tools'"],
    [CHAT, { tool_choice: 'auto' }, 'tool_choice', "the request has unknown field 'tool_choice'"],
    [CHAT, { logit_bias: {} }, 'logit_bias', "the request has unknown field 'logit_bias'"],
    [CHAT, { metadata: {} }, 'metadata', "the request has unknown field 'metadata'"],
    [
      CHAT,
      { stream_options: { bogus: true } },
      'stream_options.bogus',
      "'stream_options' has unknown field 'bogus'",
    ],
    [
      CHAT,
      { chat_template_kwargs: { enable_thinking: false, foo: 1 } },
      'chat_template_kwargs.foo',
      "'chat_template_kwargs' has unknown field 'foo'",
    ],
    [
      CHAT,
      { messages: [{ ...user, extra: 1 }] },
      'messages[0].extra',
      "'messages[0]' has unknown field 'extra'",
    ],
    [
      CHAT,
      { messages: [user, { role: 'user', content: [{ type: 'text', text: 'x', lang: 'en' }] }] },
      'messages[1].content[0].lang',
      "'messages[1].content[0]' has unknown field 'lang'",
    ],
    [
      CHAT,
      {
        messages: [
          {
            role: 'assistant',
            tool_calls: [{ type: 'function', id: 'c', function: { name: 'f', arguments: '{}', x: 1 } }],
          },
        ],
      },
      'messages[0].tool_calls[0].function.x',
      "'messages[0].tool_calls[0].function' has unknown field 'x'",
    ],
    [
      CHAT,
      { response_format: { type: 'json_object' } },
      'response_format.type',
      "'response_format' has unknown field 'type'",
    ],
    [COMPLETIONS, { messages: [] }, 'messages', "the request has unknown field 'messages'"],
    [COMPLETIONS, { top_logprobs: 1 }, 'top_logprobs', "the request has unknown field 'top_logprobs'"],
  ];
  it.each(unknown)('%s refuses %j at %s', (path, body, param, message) => {
    expect(run(path, body)).toEqual({ ok: false, status: 400, code: 621, param, message });
  });

  // Wrong types, missing required fields and unknown variants, with the path of the field.
  const malformed: Array<[string, Record<string, unknown>, string, string]> = [
    [CHAT, { seed: 1.5 }, 'seed', "'seed' must be an integer"],
    [CHAT, { user: 42 }, 'user', "'user' must be a string"],
    [CHAT, { service_tier: 'auto' }, 'service_tier', "'service_tier' must be an integer"],
    [CHAT, { logprobs: 1 }, 'logprobs', "'logprobs' must be a boolean"],
    [CHAT, { stop: [1] }, 'stop[0]', "'stop[0]' must be a string"],
    [
      CHAT,
      { chat_template_kwargs: { enable_thinking: 'yes' } },
      'chat_template_kwargs.enable_thinking',
      "'chat_template_kwargs.enable_thinking' must be a boolean",
    ],
    [
      CHAT,
      { messages: [{ role: 'robot', content: 'x' }] },
      'messages[0]',
      "'messages[0]' has unknown role 'robot'",
    ],
    [CHAT, { messages: [{ content: 'x' }] }, 'messages[0].role', "'messages[0]' must have a field 'role'"],
    [
      CHAT,
      { messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'u' } }] }] },
      'messages[0].content[0].image',
      "'messages[0].content[0]' must have a field 'image'",
    ],
    [
      CHAT,
      { messages: [{ role: 'tool', content: 'x' }] },
      'messages[0].tool_call_id',
      "'messages[0]' must have a field 'tool_call_id'",
    ],
    [
      CHAT,
      { messages: [{ role: 'user', content: [{ type: 'video' }] }] },
      'messages[0].content[0]',
      "'messages[0].content[0]' has unknown type 'video'",
    ],
    [
      CHAT,
      {
        messages: [
          { role: 'user', content: [{ type: 'input_audio', input_audio: { format: 'wav', data: 'xyz' } }] },
        ],
      },
      'messages[0].content[0].input_audio.data',
      "'messages[0].content[0].input_audio.data' must be a hex string",
    ],
    [
      CHAT,
      { prediction: { type: 'content' } },
      'prediction.content',
      "'prediction' must have a field 'content'",
    ],
    [CHAT, { messages: 'hi' }, 'messages', "'messages' must be an array"],
    [CHAT, { model: undefined }, 'model', "the request must have a field 'model'"],
    [COMPLETIONS, { prompt: [5, 6] }, 'prompt[0]', "'prompt[0]' must be a string"],
    [COMPLETIONS, { logprobs: 2 }, 'logprobs', "'logprobs' must be a boolean"],
    [COMPLETIONS, { suffix: true }, 'suffix', "'suffix' must be a string"],
  ];
  it.each(malformed)('%s refuses %j at %s', (path, body, param, message) => {
    expect(run(path, body)).toMatchObject({
      ok: false,
      status: 400,
      code: 621,
      message,
      param: param || null,
    });
  });
});
