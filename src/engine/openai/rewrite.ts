// Cocoon's rewrites of a valid body (runners/helpers/ValidateRequest.cpp at 9060ce5, :1155-1172 and
// :1224-1241; docs/protocol.md §4.3), applied in place before the body is re-serialised.
import { isObject, type JsonObject } from './json.js';

export function applyCocoonRewrites(json: JsonObject): void {
  // A streamed answer always ends with a usage chunk; without streaming, stream_options are dropped.
  if (json.stream === true) {
    const options = isObject(json.stream_options) ? json.stream_options : {};
    json.stream_options = { ...options, include_usage: true };
  } else {
    delete json.stream_options;
  }
  // max_tokens is read after max_completion_tokens, so it wins when both are given; a positive cap is
  // written to both keys. The worker passes no default cap of its own.
  let cap = 0;
  if (typeof json.max_completion_tokens === 'number') cap = json.max_completion_tokens;
  if (typeof json.max_tokens === 'number') cap = json.max_tokens;
  if (cap > 0) {
    json.max_tokens = cap;
    json.max_completion_tokens = cap;
  }
}
