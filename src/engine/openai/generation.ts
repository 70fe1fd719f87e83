// What this engine makes of a body that passed Cocoon's allow-list (docs/protocol.md §4.3): the prompt and
// the sampling parameters, or a clear refusal (602, by name) of a field it cannot honour. Fields with no
// effect on the answer's text (`user`, `store`, cache keys, …) are accepted and ignored; the table of
// which is which is in docs/protocol.md §4.7.
import type { GenerateParams, Prompt } from '../sandbox/messages.js';
import type { Endpoint } from './allowed-fields.js';
import { fail, type FieldError } from './field-checks.js';
import { isObject, type Json, type JsonObject } from './json.js';
import type { LogprobsAsk } from './logprobs.js';
import { EVIDENCE_K } from '../evidence/top-k-probe.js';

export interface Generation {
  prompt: Prompt;
  params: GenerateParams;
  /** The client asked for OpenAI logprobs (then params.evidence is 'text'). */
  logprobs: LogprobsAsk | null;
}

const refuse = (path: string, why: string): FieldError => fail(path, why, 602);
const NOT_YET = 'is not supported by this worker yet';

/** The first field whose value this engine cannot honour, if any. */
function unsupported(json: JsonObject): FieldError | null {
  const is = (key: string, ok: (v: Json) => boolean): boolean =>
    !Object.hasOwn(json, key) || ok(json[key] ?? null);
  if (!is('n', (v) => v === 1)) return refuse('n', 'must be 1: this worker answers one choice');
  if (!is('best_of', (v) => v === 1)) return refuse('best_of', 'must be 1: this worker answers one choice');
  for (const key of ['frequency_penalty', 'presence_penalty'])
    if (!is(key, (v) => v === 0)) return refuse(key, `${NOT_YET}: only 0 is served`);
  if (!is('echo', (v) => v === false)) return refuse('echo', NOT_YET);
  if (!is('suffix', (v) => v === '')) return refuse('suffix', NOT_YET);
  if (!is('skip_special_tokens', (v) => v === true))
    return refuse('skip_special_tokens', 'must be true: special tokens are never written out');
  if (Object.hasOwn(json, 'audio'))
    return refuse('audio', 'is not supported by this worker (it answers text only)');
  if (!is('modalities', (v) => Array.isArray(v) && v.every((m) => m === 'text')))
    return refuse('modalities', "must be ['text']: this worker answers text only");
  if (!is('response_format', (v) => isObject(v) && Object.keys(v).length === 0))
    return refuse('response_format', `${NOT_YET}: answers are plain text`);
  if (Object.hasOwn(json, 'reasoning_effort'))
    return refuse('reasoning_effort', `${NOT_YET}: the chat template decides`);
  if (!is('verbosity', (v) => v === 'medium'))
    return refuse('verbosity', `${NOT_YET}: only 'medium' is served`);
  if (isObject(json.chat_template_kwargs) && Object.hasOwn(json.chat_template_kwargs, 'enable_thinking'))
    return refuse('chat_template_kwargs.enable_thinking', `${NOT_YET}: the chat template decides`);
  return null;
}

function sampling(json: JsonObject): GenerateParams | FieldError {
  const temperature = typeof json.temperature === 'number' ? json.temperature : 1;
  if (temperature < 0 || temperature > 2) return refuse('temperature', 'must be in [0, 2]');
  const topP = typeof json.top_p === 'number' ? json.top_p : 1;
  if (topP <= 0 || topP > 1) return refuse('top_p', 'must be in (0, 1]');
  const stop = Array.isArray(json.stop) ? json.stop : [];
  if (stop.length > 4 || !stop.every((s) => typeof s === 'string' && s.length > 0))
    return refuse('stop', 'must hold at most 4 non-empty strings');
  // After the rewrites both caps are equal when one was positive; max_tokens wins as in Cocoon.
  const max = typeof json.max_tokens === 'number' ? json.max_tokens : json.max_completion_tokens;
  if (typeof max === 'number' && max < 0)
    return refuse(
      typeof json.max_tokens === 'number' ? 'max_tokens' : 'max_completion_tokens',
      'must be >= 0',
    );
  return {
    maxTokens: typeof max === 'number' ? max : null,
    temperature,
    topP,
    stop: stop as string[],
    ...(typeof json.seed === 'number' ? { seed: json.seed } : {}),
  };
}

/** Chat: `logprobs: true` with `top_logprobs` 0…5; completions: `logprobs: true` (a boolean in Cocoon's table) gives the top 5. */
function logprobsAsk(endpoint: Endpoint, json: JsonObject): LogprobsAsk | null | FieldError {
  const top = json.top_logprobs;
  const asked = json.logprobs === true;
  if (typeof top === 'number') {
    if (top < 0 || top > EVIDENCE_K)
      return refuse(
        'top_logprobs',
        `must be in [0, ${EVIDENCE_K}]: this worker computes the top ${EVIDENCE_K}`,
      );
    if (top > 0 && !asked) return refuse('top_logprobs', "needs 'logprobs': true");
  }
  if (!asked) return null;
  return { top: endpoint === 'chat' ? (typeof top === 'number' ? top : 0) : EVIDENCE_K };
}

export function toGeneration(endpoint: Endpoint, json: JsonObject): Generation | FieldError {
  const refused = unsupported(json);
  if (refused) return refused;
  const params = sampling(json);
  if ('path' in params) return params;
  const logprobs = logprobsAsk(endpoint, json);
  if (logprobs !== null && 'path' in logprobs) return logprobs;
  if (logprobs) params.evidence = 'text';
  const prompt = endpoint === 'chat' ? chatPrompt(json.messages ?? null) : textPrompt(json.prompt ?? null);
  return 'path' in prompt ? prompt : { prompt, params, logprobs };
}

type ChatMessage = { role: 'system' | 'user' | 'assistant'; content: string };

function chatMessage(m: JsonObject, path: string): ChatMessage | FieldError {
  const role = m.role === 'developer' ? 'system' : m.role;
  if (role !== 'system' && role !== 'user' && role !== 'assistant')
    return refuse(`${path}.role`, 'must be system, developer, user or assistant: this worker runs no tools');
  for (const key of ['tool_calls', 'function_call', 'audio', 'refusal'])
    if (Object.hasOwn(m, key)) return refuse(`${path}.${key}`, NOT_YET);
  const c = m.content ?? '';
  if (typeof c === 'string') return { role, content: c };
  let content = '';
  for (const [j, part] of (c as Json[]).entries()) {
    // The table let only well-formed parts through; of those this engine reads text.
    if (!isObject(part) || typeof part.text !== 'string' || Object.hasOwn(part, 'refusal'))
      return refuse(`${path}.content[${j}]`, 'is not supported by this worker: it reads text parts only');
    content += part.text;
  }
  return { role, content };
}

function chatPrompt(messages: Json): Prompt | FieldError {
  if (!Array.isArray(messages) || messages.length === 0) return refuse('messages', 'must not be empty');
  const out: ChatMessage[] = [];
  for (const [i, m] of messages.entries()) {
    const msg = chatMessage(m as JsonObject, `messages[${i}]`);
    if ('path' in msg) return msg;
    out.push(msg);
  }
  return { kind: 'chat', messages: out };
}

function textPrompt(p: Json): Prompt | FieldError {
  if (typeof p === 'string') return { kind: 'text', text: p };
  if (Array.isArray(p) && p.length === 1 && typeof p[0] === 'string') return { kind: 'text', text: p[0] };
  return refuse('prompt', 'must be one string: this worker answers one prompt per request');
}
