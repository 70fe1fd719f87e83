// One admitted generation served as an HTTP-like response: SSE bytes as tokens arrive, or one JSON body.
// Timeouts and the caller's AbortSignal end the caller's view at once and tell the child to stop.
import type { Logger } from '../../logging/logger.js';
import type { Generation, Piece } from './child-link.js';
import { EngineError } from './errors.js';
import type { GenerationUsage } from './messages.js';
import { errorBody, ResponseShaper } from '../openai/respond.js';
import type { ValidRequest } from '../openai/validate.js';
import { toLogprobs } from '../openai/logprobs.js';
import { EVIDENCE_FIELD, evidenceEvent, evidenceValue } from '../evidence/carriage.js';

export interface EngineRequest {
  /** Origin-form path, e.g. /v1/chat/completions. */
  path: string;
  body: Buffer;
  /** The proxy asked for the answer's evidence (src/engine/evidence/carriage.ts: EVIDENCE_HEADER). */
  evidence?: boolean;
}

export interface EngineResponse {
  status: number;
  headers: Record<string, string>;
  /** Streams bytes as tokens are generated; throws EngineError if the request fails midway. */
  body: AsyncIterable<Buffer>;
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface ServeInput {
  gen: Generation;
  valid: ValidRequest;
  modelName: string;
  signal: AbortSignal | undefined;
  timeoutMs: number;
  log: Logger;
  bodyBytes: number;
  /** The proxy asked for evidence: the answer carries it (src/engine/evidence/carriage.ts). */
  evidence: boolean;
}

export async function serveGeneration(input: ServeInput): Promise<EngineResponse> {
  const { gen, valid, signal, log } = input;
  const started = performance.now();
  const timer = setTimeout(
    () => gen.fail(new EngineError('timeout', `worker: timeout after ${Math.round(input.timeoutMs)} ms`)),
    input.timeoutMs,
  );
  const onAbort = (): void => gen.fail(new EngineError('cancelled', 'the request was cancelled'));
  if (signal?.aborted === true) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const cleanup = (outcome: string, usage?: GenerationUsage): void => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    // Sizes and counts only: never the prompt or the completion.
    const counts = usage
      ? ` prompt=${usage.promptTokens} cached=${usage.cachedTokens} completion=${usage.completionTokens}`
      : '';
    log.info(
      `${valid.endpoint} ${outcome}: body=${input.bodyBytes}B${counts} in ${(performance.now() - started).toFixed(0)} ms`,
    );
  };
  const shaper = new ResponseShaper(valid.endpoint, input.modelName);
  // Wait for the first piece (or the end) before answering, so a request the engine refuses outright
  // (a prompt longer than the context) gets a proper 400 instead of a stream that breaks at once.
  const pieces = gen.pieces[Symbol.asyncIterator]();
  let first: IteratorResult<Piece>;
  try {
    first = await pieces.next();
  } catch (err) {
    cleanup(err instanceof EngineError ? err.code : 'failed');
    if (err instanceof EngineError && err.code === 'context-length-exceeded')
      return badRequest(400, err.message, 'messages');
    throw err;
  }
  // Every counted token's evidence, in order: for the proxy (when it asked) and the client's logprobs.
  const evidence: NonNullable<Piece['evidence']> = [];
  const rest = async function* (): AsyncGenerator<Piece> {
    if (first.done === true) return;
    yield first.value;
    for (let next = await pieces.next(); next.done !== true; next = await pieces.next()) yield next.value;
  };
  const ask = valid.logprobs;
  // A client's logprobs are over the whole vocabulary; the proxy's own evidence over each top-k set.
  const basis = ask ? 'vocabulary' : 'top-k';
  const carried = (): Record<string, unknown> =>
    input.evidence ? { [EVIDENCE_FIELD]: evidenceValue(evidence, basis) } : {};
  if (!valid.stream) {
    let text = '';
    try {
      for await (const piece of rest()) {
        text += piece.text;
        if (piece.evidence) evidence.push(...piece.evidence);
      }
      const usage = await gen.done;
      cleanup('done', usage);
      const logprobs = ask ? toLogprobs(valid.endpoint, evidence, ask) : null;
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: onceBody(shaper.whole(text, usage, logprobs, carried())),
      };
    } catch (err) {
      cleanup(err instanceof EngineError ? err.code : 'failed');
      throw err;
    }
  }
  async function* sse(): AsyncGenerator<Buffer> {
    let finished = false;
    try {
      const first = shaper.start();
      if (first) yield first;
      let offset = 0;
      for await (const piece of rest()) {
        const tokens = piece.evidence ?? [];
        evidence.push(...tokens);
        const logprobs = ask && tokens.length > 0 ? toLogprobs(valid.endpoint, tokens, ask, offset) : null;
        offset += tokens.reduce((n, t) => n + (t.text ?? '').length, 0);
        if (piece.text.length > 0 || logprobs) yield shaper.delta(piece.text, logprobs);
      }
      const usage = await gen.done;
      finished = true;
      cleanup('done', usage);
      if (input.evidence) yield evidenceEvent(shaper.head(), evidence, basis);
      yield shaper.end(usage);
    } catch (err) {
      finished = true;
      cleanup(err instanceof EngineError ? err.code : 'failed');
      throw err;
    } finally {
      // The consumer stopped reading: stop generating.
      if (!finished) {
        gen.fail(new EngineError('cancelled', 'the response stream was closed'));
        cleanup('abandoned');
      }
    }
  }
  return {
    status: 200,
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
    body: sse(),
  };
}

/** A body of exactly one buffer. */
export function onceBody(b: Buffer): AsyncIterable<Buffer> {
  return {
    [Symbol.asyncIterator]: (): AsyncIterator<Buffer> => {
      let sent = false;
      return {
        next: (): Promise<IteratorResult<Buffer>> => {
          const result: IteratorResult<Buffer> = sent
            ? { done: true, value: undefined }
            : { done: false, value: b };
          sent = true;
          return Promise.resolve(result);
        },
      };
    },
  };
}

/** An OpenAI-style error response (what an inference server answers to a bad request). */
export function badRequest(status: number, message: string, param: string | null): EngineResponse {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: onceBody(errorBody(message, param)),
  };
}
