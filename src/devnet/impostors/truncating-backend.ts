// A cheating worker that saves compute (never used by a node; impostor.ts): it forwards every request with
// a smaller max_tokens (a share of what was asked, half by default) and reports the short answer as a
// natural end (finish_reason "stop" where the engine said "length"), in whole JSON answers and SSE streams
// alike. The tokens, text and evidence are the real engine's, so only the verifier's end check (would the
// model have stopped there?) can catch it.
import {
  bytesResponse,
  Impostor,
  isStream,
  readAll,
  requestJson,
  type Call,
  type Cheat,
  type ImpostorOptions,
  type JsonObject,
} from './impostor.js';

export class TruncatingBackend extends Impostor {
  readonly #keep: number;

  /** `keep`: the share of the asked max_tokens actually generated (default 0.5). */
  constructor(o: ImpostorOptions & { keep?: number }) {
    super(o);
    this.#keep = o.keep ?? 0.5;
  }

  protected async cheat(call: Call): Promise<Cheat> {
    const { req, opts } = call;
    const json = requestJson(req.body);
    // A request without a max_tokens (it runs to the context's end) passes unchanged.
    const asked = typeof json?.max_tokens === 'number' ? json.max_tokens : 0;
    const max = Math.max(1, Math.floor(asked * this.#keep));
    if (!json || max >= asked) return this.honest(call);
    const body = Buffer.from(JSON.stringify({ ...json, max_tokens: max }));
    const res = await this.inner.request({ ...req, body }, opts);
    const bytes = (await readAll(res.body)).toString('utf8');
    // Cut short only when the engine ran to the smaller limit (it may have ended by itself before).
    const cut = bytes.includes('"finish_reason":"length"');
    const out = isStream(res.headers) ? restampStream(bytes) : restampWhole(bytes);
    return { response: bytesResponse(res.status, res.headers, Buffer.from(out)), cheated: cut };
  }
}

function restamp(value: JsonObject): JsonObject {
  const choices = value.choices;
  if (!Array.isArray(choices)) return value;
  const stamped = choices.map((c: unknown) =>
    typeof c === 'object' && c !== null && (c as JsonObject).finish_reason === 'length'
      ? { ...(c as JsonObject), finish_reason: 'stop' }
      : c,
  );
  return { ...value, choices: stamped };
}

function restampWhole(body: string): string {
  const json = requestJson(Buffer.from(body));
  return json ? JSON.stringify(restamp(json)) : body;
}

/** Each `data: {…}` event with its finish_reason restamped; other events (and [DONE]) as they were. */
function restampStream(body: string): string {
  return body
    .split('\n\n')
    .map((event) => {
      if (!event.startsWith('data: {')) return event;
      const json = requestJson(Buffer.from(event.slice('data: '.length)));
      return json ? `data: ${JSON.stringify(restamp(json))}` : event;
    })
    .join('\n\n');
}
