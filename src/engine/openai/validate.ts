// Validates and rewrites OpenAI-style request bodies exactly as Cocoon's worker does
// (runners/helpers/ValidateRequest.cpp; docs/protocol.md §4.3): allow-listed keys with typed values, then the
// stream/stream_options rewrites, re-serialised compactly with sorted keys. On top of that it maps the
// body to what this engine can do (one choice, string stops) and says clearly what it cannot.
import type { GenerateParams, Prompt } from '../sandbox/messages.js';

export type Endpoint = 'chat' | 'completion';

export interface ValidRequest {
  ok: true;
  endpoint: Endpoint;
  model: string;
  stream: boolean;
  prompt: Prompt;
  params: GenerateParams;
  /** The rewritten body (compact JSON, keys sorted), as Cocoon forwards it. */
  rewritten: Buffer;
}

export interface InvalidRequest {
  ok: false;
  status: 400 | 404;
  message: string;
  param: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Check = (v: Json) => string | null;

const isObj = (v: Json): v is { [k: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const num: Check = (v) => (typeof v === 'number' ? null : 'must be a number');
const int0: Check = (v) => (Number.isInteger(v) && (v as number) >= 0 ? null : 'must be an integer >= 0');
const int1: Check = (v) => (Number.isInteger(v) && (v as number) >= 1 ? null : 'must be an integer >= 1');
const int: Check = (v) => (Number.isInteger(v) ? null : 'must be an integer');
const bool: Check = (v) => (typeof v === 'boolean' ? null : 'must be a boolean');
const str: Check = (v) => (typeof v === 'string' ? null : 'must be a string');
const any: Check = () => null;
const subObject =
  (allowed: Record<string, Check>): Check =>
  (v) => {
    if (!isObj(v)) return 'must be an object';
    for (const [k, x] of Object.entries(v)) {
      const check = allowed[k];
      if (!check) return `has unknown option '${k}'`;
      const e = check(x);
      if (e) return `.${k} ${e}`;
    }
    return null;
  };
const streamOptions = subObject({ include_obfuscation: bool, include_usage: bool });
const penalty: Check = (v) =>
  typeof v === 'number' && v >= -2 && v <= 2 ? null : 'must be a number in [-2, 2]';
const strings: Check = (v) =>
  typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'))
    ? null
    : 'must be a string or an array of strings';
const strOrInt: Check = (v) =>
  typeof v === 'string' || Number.isInteger(v) ? null : 'must be a string or an integer';
const boolOrInt0: Check = (v) =>
  typeof v === 'boolean' || int0(v) === null ? null : 'must be a boolean or an integer >= 0';
// One table per endpoint, field by field as Cocoon's current validator lists them (it added `user`,
// `seed`, `safety_identifier`, `prompt_cache_*`, `store`, `modalities` and `service_tier` on chat, and
// `user`, `logprobs` and a string `suffix` on completions). `stop` is a string or an array of strings.
// What this engine cannot honour (`n` > 1, `echo`, logprobs) is refused in toGeneration, by name.
const allowLists: Record<Endpoint, Record<string, Check>> = {
  chat: {
    messages: (v) => (Array.isArray(v) ? null : 'must be an array'),
    model: str,
    frequency_penalty: penalty,
    logprobs: bool,
    max_completion_tokens: int0,
    max_tokens: int0,
    modalities: (v) =>
      Array.isArray(v) && v.every((x) => x === 'text')
        ? null
        : "must be ['text'] (this worker answers text only)",
    n: int1,
    parallel_tool_calls: bool,
    prediction: (v) => (isObj(v) ? null : 'must be an object'),
    audio: () => 'is not supported by this worker (it answers text only)',
    presence_penalty: num,
    prompt_cache_key: str,
    prompt_cache_retention: str,
    reasoning_effort: str,
    response_format: any,
    safety_identifier: str,
    seed: int,
    service_tier: strOrInt,
    stop: strings,
    store: bool,
    stream: bool,
    stream_options: streamOptions,
    temperature: num,
    top_logprobs: int0,
    top_p: num,
    user: str,
    verbosity: str,
    skip_special_tokens: bool,
    chat_template_kwargs: subObject({ enable_thinking: bool }),
  },
  completion: {
    model: str,
    prompt: (v) => (typeof v === 'string' || Array.isArray(v) ? null : 'must be a string or an array'),
    best_of: int0,
    echo: bool,
    frequency_penalty: penalty,
    logprobs: boolOrInt0,
    max_completion_tokens: int0,
    max_tokens: int0,
    n: int1,
    presence_penalty: num,
    seed: int,
    stop: strings,
    stream: bool,
    stream_options: streamOptions,
    suffix: str,
    temperature: num,
    top_p: num,
    user: str,
    skip_special_tokens: bool,
  },
};
const required: Record<Endpoint, string[]> = { chat: ['messages', 'model'], completion: ['prompt', 'model'] };

export function endpointOf(path: string): Endpoint | null {
  // Cocoon cuts the URL at its first '/' (origin-form only) and compares exactly.
  const at = path.indexOf('/');
  const p = at === -1 ? '' : path.slice(at);
  return p === '/v1/chat/completions' ? 'chat' : p === '/v1/completions' ? 'completion' : null;
}

function sortKeys(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (!isObj(v)) return v;
  return Object.fromEntries(
    Object.keys(v)
      .sort()
      .map((k) => [k, sortKeys(v[k] ?? null)]),
  );
}

const bad = (message: string, param: string | null = null): InvalidRequest => ({
  ok: false,
  status: 400,
  message,
  param,
});

/** `modelName`: the served model's base name; a request naming another model is refused, as Cocoon does. */
export function validateRequest(
  path: string,
  body: Buffer,
  modelName: string,
): ValidRequest | InvalidRequest {
  const endpoint = endpointOf(path);
  if (!endpoint) return { ok: false, status: 404, message: 'unsupported method', param: null };
  let json: Json;
  try {
    json = JSON.parse(body.toString('utf8')) as Json;
  } catch {
    return bad('request body is not valid JSON');
  }
  if (!isObj(json)) return bad('request body must be a JSON object');
  const allowed = allowLists[endpoint];
  for (const [key, value] of Object.entries(json)) {
    const check = allowed[key];
    if (!check) return bad(`unknown option '${key}' in request`, key);
    const err = check(value);
    if (err) return bad(`'${key}' ${err}`, key);
  }
  for (const key of required[endpoint]) if (!(key in json)) return bad(`'${key}' is required`, key);
  // Cocoon's rewrites.
  if (isObj(json.stream_options ?? null)) {
    json.stream_options = { ...(json.stream_options as { [k: string]: Json }), include_usage: true };
    if (!('stream' in json)) json.stream = true;
  } else if (json.stream === true) {
    json.stream_options = { include_usage: true };
  }
  const model = json.model as string;
  if (model.split('@')[0] !== modelName.split('@')[0])
    return bad(`model name mismatch: this worker serves '${modelName}'`, 'model');
  const mapped = toGeneration(endpoint, json);
  if (typeof mapped === 'string') return bad(mapped);
  return {
    ok: true,
    endpoint,
    model,
    stream: json.stream === true,
    ...mapped,
    rewritten: Buffer.from(JSON.stringify(sortKeys(json))),
  };
}

function toGeneration(
  endpoint: Endpoint,
  json: { [k: string]: Json },
): { prompt: Prompt; params: GenerateParams } | string {
  if (typeof json.n === 'number' && json.n > 1) return "'n' > 1 is not supported by this worker";
  if (typeof json.best_of === 'number' && json.best_of > 1)
    return "'best_of' > 1 is not supported by this worker";
  if (json.echo === true) return "'echo' is not supported by this worker";
  if (json.logprobs === true || (typeof json.logprobs === 'number' && json.logprobs > 0))
    return "'logprobs' is not supported by this worker";
  if (typeof json.suffix === 'string' && json.suffix !== '')
    return "'suffix' is not supported by this worker";
  const temperature = typeof json.temperature === 'number' ? json.temperature : 1;
  if (temperature < 0 || temperature > 2) return "'temperature' must be in [0, 2]";
  const topP = typeof json.top_p === 'number' ? json.top_p : 1;
  if (topP <= 0 || topP > 1) return "'top_p' must be in (0, 1]";
  const stop = json.stop ?? null;
  const stops = stop === null ? [] : typeof stop === 'string' ? [stop] : stop;
  if (
    !Array.isArray(stops) ||
    stops.length > 4 ||
    !stops.every((s) => typeof s === 'string' && s.length > 0)
  ) {
    return "'stop' must be a non-empty string or an array of up to 4 of them";
  }
  const max = json.max_completion_tokens ?? json.max_tokens ?? null;
  const params: GenerateParams = {
    maxTokens: typeof max === 'number' ? max : null,
    temperature,
    topP,
    stop: stops as string[],
    ...(typeof json.seed === 'number' ? { seed: json.seed } : {}),
  };
  const prompt = endpoint === 'chat' ? chatPrompt(json.messages as Json[]) : textPrompt(json.prompt ?? null);
  return typeof prompt === 'string' ? prompt : { prompt, params };
}

function chatPrompt(messages: Json[]): Prompt | string {
  if (messages.length === 0) return "'messages' must not be empty";
  const out: Array<{ role: 'system' | 'user' | 'assistant'; content: string }> = [];
  for (const [i, m] of messages.entries()) {
    if (!isObj(m)) return `'messages[${i}]' must be an object`;
    const role = m.role === 'developer' ? 'system' : m.role;
    if (role !== 'system' && role !== 'user' && role !== 'assistant')
      return `'messages[${i}].role' must be system, developer, user or assistant`;
    const c = m.content ?? null;
    let content: string;
    if (typeof c === 'string') content = c;
    else if (
      Array.isArray(c) &&
      c.every((p) => isObj(p) && p.type === 'text' && typeof p.text === 'string')
    ) {
      content = c.map((p) => (p as { text: string }).text).join('');
    } else return `'messages[${i}].content' must be a string or an array of text parts`;
    out.push({ role, content });
  }
  return { kind: 'chat', messages: out };
}

function textPrompt(p: Json): Prompt | string {
  if (typeof p === 'string') return { kind: 'text', text: p };
  if (Array.isArray(p) && p.length === 1 && typeof p[0] === 'string') return { kind: 'text', text: p[0] };
  if (Array.isArray(p) && p.length > 0 && p.every((t) => Number.isInteger(t) && (t as number) >= 0)) {
    return { kind: 'tokens', tokens: p as number[] };
  }
  return "'prompt' must be a string, one string in an array, or an array of token ids";
}
