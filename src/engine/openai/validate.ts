// Validates and rewrites OpenAI-style request bodies as Cocoon's C++ worker does at upstream 9060ce5
// (runners/helpers/ValidateRequest.cpp, validate_decrypt_request; docs/protocol.md §4.3): the allow-list
// tables of allowed-fields.ts at every depth, then the stream and max-tokens rewrites, re-serialised
// compactly with sorted keys. On top of that generation.ts maps the body to what this engine can do and
// names what it cannot. Failures are answered as HTTP 4xx bodies (docs/protocol.md §4.7); `code` says which TON error the
// C++ worker raises for the same request.
import type { GenerateParams, Prompt } from '../sandbox/messages.js';
import { allowedFields, type Endpoint } from './allowed-fields.js';
import { object, type FieldError } from './field-checks.js';
import { toGeneration } from './generation.js';
import { isObject, sortKeys, type Json } from './json.js';
import { applyCocoonRewrites } from './rewrite.js';
import type { LogprobsAsk } from './logprobs.js';

export interface ValidRequest {
  ok: true;
  endpoint: Endpoint;
  model: string;
  stream: boolean;
  prompt: Prompt;
  params: GenerateParams;
  /** The client asked for OpenAI logprobs: how many alternatives a token. */
  logprobs: LogprobsAsk | null;
  /** The rewritten body (compact JSON, keys sorted), as Cocoon forwards it. */
  rewritten: Buffer;
}

export interface InvalidRequest {
  ok: false;
  status: 400 | 404;
  message: string;
  /** Path of the offending field (`messages[0].content`), null when the request as a whole is refused. */
  param: string | null;
  /** 621 protocol violation or 602 error, as docs/protocol.md §4.6. */
  code: 621 | 602;
}

/** Cocoon accepts this path (a multipart upload); this worker serves no speech model (docs/protocol.md §4.3). */
const TRANSCRIPTIONS = '/v1/audio/transcriptions';

type Route = Endpoint | 'transcription';

function routeOf(path: string): Route | null {
  // Cocoon cuts the URL at its first '/' (origin-form only) and compares exactly: no query string.
  const at = path.indexOf('/');
  const p = at === -1 ? '' : path.slice(at);
  if (p === '/v1/chat/completions') return 'chat';
  if (p === '/v1/completions') return 'completion';
  return p === TRANSCRIPTIONS ? 'transcription' : null;
}

const invalid = (e: FieldError): InvalidRequest => ({
  ok: false,
  status: 400,
  message: e.message,
  param: e.path === '' ? null : e.path,
  code: e.code,
});

/** `modelName`: the served model's base name; a request naming another model is refused, as Cocoon does. */
export function validateRequest(
  path: string,
  body: Buffer,
  modelName: string,
): ValidRequest | InvalidRequest {
  const route = routeOf(path);
  if (route === null)
    return { ok: false, status: 404, message: 'unsupported method', param: null, code: 621 };
  if (route === 'transcription') {
    const message = `${TRANSCRIPTIONS} is not served by this worker: it serves text generation only (/v1/chat/completions, /v1/completions)`;
    return { ok: false, status: 404, message, param: null, code: 602 };
  }
  let json: Json;
  try {
    json = JSON.parse(body.toString('utf8')) as Json;
  } catch {
    return invalid({ path: '', message: 'expected json object: the body does not parse', code: 621 });
  }
  if (!isObject(json)) return invalid({ path: '', message: 'expected json object', code: 621 });
  const wrong = object(allowedFields[route])(json, '');
  if (wrong) return invalid(wrong);
  applyCocoonRewrites(json);
  const model = json.model as string;
  if (model.split('@')[0] !== modelName.split('@')[0]) {
    const message = `model name mismatch: this worker serves '${modelName}'`;
    return invalid({ path: 'model', message, code: 621 });
  }
  const mapped = toGeneration(route, json);
  if ('path' in mapped) return invalid(mapped);
  return {
    ok: true,
    endpoint: route,
    model,
    stream: json.stream === true,
    ...mapped,
    rewritten: Buffer.from(JSON.stringify(sortKeys(json))),
  };
}
