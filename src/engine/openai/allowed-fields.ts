// The allow-list of each endpoint, field by field as Cocoon's C++ worker validates it at upstream 9060ce5
// (runners/helpers/ValidateRequest.cpp; docs/protocol.md §4.3). A key missing here fails with 621
// "<path> has unknown field" at any depth. These tables say what is well formed; what this engine then
// honours, refuses by name or ignores is decided in generation.ts.
import {
  anything,
  arrayOf,
  bool,
  hex,
  int,
  num,
  object,
  required,
  str,
  stringOr,
  tagged,
  type Fields,
} from './field-checks.js';
import { isObject, type JsonObject } from './json.js';

// Content parts, process_content_part (:894-923): a part with a `refusal` key is a refusal; otherwise the
// first of text / image / audio / file that its `type` contains (so `image_url` is an image part, and
// the image sits under the key `image`, as coded). Types of 128 characters or more are refused.
function partFields(type: string, part: JsonObject): Fields | null {
  if (Object.hasOwn(part, 'refusal')) return { refusal: required(str) };
  if (type.includes('text')) return { text: required(str) };
  if (type.includes('image')) return { image: required(object({ url: required(str), detail: str })) };
  if (type.includes('audio'))
    return { input_audio: required(object({ format: required(str), data: required(hex) })) };
  if (type.includes('file'))
    return { file: required(object({ file_data: hex, file_id: str, filename: str })) };
  return null;
}
const contentPart = tagged('type', partFields, 128);
const content = stringOr(arrayOf(contentPart));

const functionCall = object({ arguments: required(str), name: required(str) });
// process_tool_call (:968-981)
const toolCallFields: Readonly<Record<string, Fields>> = {
  function: { id: required(str), function: required(functionCall) },
  custom: { id: required(str), custom: required(object({ input: required(str), name: required(str) })) },
};
const variant =
  (table: Readonly<Record<string, Fields>>) =>
  (value: string): Fields | null =>
    Object.hasOwn(table, value) ? (table[value] ?? null) : null;
const toolCall = tagged('type', variant(toolCallFields));

// process_message (:1013-1035) and the per-role functions above it (:925-1011).
const messageFields: Readonly<Record<string, Fields>> = {
  developer: { content: required(content), name: str },
  system: { content: required(content), name: str },
  user: { content: required(content), name: str },
  assistant: {
    audio: object({ id: required(str) }),
    content,
    function_call: functionCall,
    name: str,
    refusal: str,
    tool_calls: arrayOf(toolCall),
  },
  tool: { tool_call_id: required(str), content: required(content) },
  function: { name: required(str), content: required(str) },
};
const message = tagged('role', variant(messageFields));

// :1044-1053
const streamOptions = object({ include_obfuscation: bool, include_usage: bool });
const stop = arrayOf(str);

// Keys of an encrypted request's envelope, accepted at the top level whatever the endpoint
// (validate_decrypt_request, :1362-1364); the decryption layer reads them before validation.
const envelope: Fields = {
  is_encrypted: anything,
  sender_public_key: anything,
  receiver_public_key: anything,
  encryption_nonce: anything,
};

export type Endpoint = 'chat' | 'completion';

export const allowedFields: Readonly<Record<Endpoint, Fields>> = {
  // process_chat_completions (:1055-1176). Disabled in the C++ code (`if (false)`), so unknown here:
  // function_call, functions, logit_bias, metadata, tool_choice, tools, web_search_options.
  chat: {
    messages: required(arrayOf(message)),
    model: required(str),
    audio: object({ format: required(str), voice: required(stringOr(object({ id: required(str) }))) }),
    frequency_penalty: num,
    logprobs: bool,
    max_completion_tokens: int,
    max_tokens: int,
    modalities: arrayOf(str),
    n: int,
    parallel_tool_calls: bool,
    prediction: object({ type: required(str), content: required(content) }),
    presence_penalty: num,
    prompt_cache_key: str,
    prompt_cache_retention: str,
    reasoning_effort: str,
    // "do not validate", yet its keys still meet the unknown-field check: as an object only {} passes.
    response_format: (v, path) => (isObject(v) ? object({})(v, path) : null),
    safety_identifier: str,
    seed: int,
    service_tier: int, // an integer as coded, where OpenAI sends a string
    stop,
    store: bool,
    stream: bool,
    stream_options: streamOptions,
    temperature: num,
    top_logprobs: int,
    top_p: num,
    user: str,
    verbosity: str,
    skip_special_tokens: bool,
    chat_template_kwargs: object({ enable_thinking: bool }),
    ...envelope,
  },
  // process_completions (:1178-1245)
  completion: {
    model: required(str),
    prompt: required(stringOr(arrayOf(str))),
    best_of: int,
    echo: bool,
    frequency_penalty: num,
    logprobs: bool, // a boolean as coded, where OpenAI's completions take an integer
    max_completion_tokens: int,
    max_tokens: int,
    n: int,
    presence_penalty: num,
    seed: int,
    stop,
    stream: bool,
    stream_options: streamOptions,
    suffix: str,
    temperature: num,
    top_p: num,
    user: str,
    skip_special_tokens: bool,
    ...envelope,
  },
};
