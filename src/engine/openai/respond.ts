// Shapes generation output as OpenAI responses: SSE chunks (`data: {…}`, a final chunk with `usage`,
// then `data: [DONE]`) or one JSON body. Usage counts come from the tokenizer in the sandbox.
import { randomBytes } from 'node:crypto';
import type { GenerationUsage } from '../sandbox/messages.js';
import type { Endpoint } from './allowed-fields.js';

export interface OpenAiUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details: { cached_tokens: number };
}

export function toUsage(u: GenerationUsage): OpenAiUsage {
  return {
    prompt_tokens: u.promptTokens,
    completion_tokens: u.completionTokens,
    total_tokens: u.promptTokens + u.completionTokens,
    prompt_tokens_details: { cached_tokens: u.cachedTokens },
  };
}

const finish = (u: GenerationUsage): 'stop' | 'length' => (u.finishReason === 'length' ? 'length' : 'stop');

export class ResponseShaper {
  readonly #endpoint: Endpoint;
  readonly #model: string;
  readonly #id: string;
  readonly #created = Math.floor(Date.now() / 1000);

  constructor(endpoint: Endpoint, model: string) {
    this.#endpoint = endpoint;
    this.#model = model;
    this.#id = `${endpoint === 'chat' ? 'chatcmpl' : 'cmpl'}-${randomBytes(12).toString('hex')}`;
  }

  /** The head every SSE chunk of this answer carries (id, object, created, model). */
  head(): Record<string, unknown> {
    return this.#head();
  }

  #head(): Record<string, unknown> {
    const object = this.#endpoint === 'chat' ? 'chat.completion.chunk' : 'text_completion';
    return { id: this.#id, object, created: this.#created, model: this.#model };
  }

  #sse(value: unknown): Buffer {
    return Buffer.from(`data: ${JSON.stringify(value)}\n\n`);
  }

  /** The first SSE chunk (chat announces the assistant role). */
  start(): Buffer | null {
    if (this.#endpoint !== 'chat') return null;
    return this.#sse({
      ...this.#head(),
      choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }],
    });
  }

  /** `logprobs`: the OpenAI logprobs of this chunk's tokens, when the client asked (logprobs.ts). */
  delta(text: string, logprobs: Record<string, unknown> | null = null): Buffer {
    const choice =
      this.#endpoint === 'chat'
        ? { index: 0, delta: { content: text }, finish_reason: null, ...(logprobs ? { logprobs } : {}) }
        : { index: 0, text, finish_reason: null, logprobs };
    return this.#sse({ ...this.#head(), choices: [choice] });
  }

  /** The finishing chunk, the usage chunk and the [DONE] marker. */
  end(usage: GenerationUsage): Buffer {
    const choice =
      this.#endpoint === 'chat'
        ? { index: 0, delta: {}, finish_reason: finish(usage) }
        : { index: 0, text: '', finish_reason: finish(usage), logprobs: null };
    return Buffer.concat([
      this.#sse({ ...this.#head(), choices: [choice] }),
      this.#sse({ ...this.#head(), choices: [], usage: toUsage(usage) }),
      Buffer.from('data: [DONE]\n\n'),
    ]);
  }

  /** `extra`: top-level members added to the body (the evidence, src/engine/evidence/carriage.ts). */
  whole(
    text: string,
    usage: GenerationUsage,
    logprobs: Record<string, unknown> | null = null,
    extra: Record<string, unknown> = {},
  ): Buffer {
    const head = { id: this.#id, created: this.#created, model: this.#model };
    const body =
      this.#endpoint === 'chat'
        ? {
            ...head,
            object: 'chat.completion',
            choices: [
              {
                index: 0,
                message: { role: 'assistant', content: text },
                finish_reason: finish(usage),
                logprobs,
              },
            ],
          }
        : {
            ...head,
            object: 'text_completion',
            choices: [{ index: 0, text, finish_reason: finish(usage), logprobs }],
          };
    return Buffer.from(JSON.stringify({ ...body, usage: toUsage(usage), ...extra }));
  }
}

export function errorBody(message: string, param: string | null, type = 'invalid_request_error'): Buffer {
  return Buffer.from(JSON.stringify({ error: { message, type, param, code: null } }));
}
