// Serves one proxy.runQueryEx through the inference backend (docs/protocol.md §4): the first
// proxy.queryAnswerEx carries the http.response head, proxy.queryAnswerPartEx carries body bytes as they
// are generated, and the last message has flags bit 0 and final_info with the billed tokensUsed. Errors
// are proxy.queryAnswerErrorEx, always with flags bit 0 and final_info (a real proxy dereferences it).
// An encrypted request (protocol 3: proxy.runQueryEx.private_key, docs/protocol.md §4.8) is opened before the
// engine sees it and its answer is sealed value by value; the token counter reads the plaintext, which never
// leaves this function except towards the engine.
import { decodeBoxedAs, encodeBoxed } from '../protocol/tl/codec.js';
import type {
  HttpHeader,
  ProxyQueryAnswerErrorEx,
  ProxyQueryAnswerEx,
  ProxyQueryAnswerPartEx,
  ProxyQueryFinalInfo,
  ProxyRunQueryEx,
} from '../protocol/tl/schema.gen.js';
import {
  answerFormat,
  answerSealer,
  E2eError,
  hasKey,
  openRequest,
  type AnswerKeys,
} from '../protocol/e2e/index.js';
import { errorMessage } from '../logging/logger.js';
import { EngineError } from '../engine/sandbox/errors.js';
import { withUsageCosts } from '../engine/openai/usage-costs.js';
import { asksEvidence } from '../engine/evidence/carriage.js';
import { readStanding, type ProxyStanding } from './proxy-standing.js';
import { adjustUsage, TokenCounter, type AdjustedTokens, type Multipliers } from './token-counter.js';

export interface InferenceBackend {
  request(
    /** evidence: the proxy asked for the answer's top-k evidence (src/engine/evidence/carriage.ts). */
    req: { path: string; body: Buffer; evidence?: boolean },
    opts: { signal?: AbortSignal; timeoutMs?: number },
  ): Promise<{ status: number; headers: Record<string, string>; body: AsyncIterable<Buffer> }>;
}

export type AnswerMessage = ProxyQueryAnswerEx | ProxyQueryAnswerPartEx | ProxyQueryAnswerErrorEx;

export interface QueryContext {
  backend: InferenceBackend;
  protoVersion: number;
  multipliers: Multipliers;
  /** The network's price per token: whole JSON answers carry Cocoon's usage cost fields (none without it). */
  pricePerToken?: bigint | undefined;
  send: (message: AnswerMessage) => void;
  signal: AbortSignal;
  now?: () => number;
  /** The proxy's word on this worker's standing (X-Silkworm-Standing), for the owner's dashboard only. */
  onStanding?: (standing: ProxyStanding) => void;
}

export interface QueryOutcome {
  ok: boolean;
  tokens: AdjustedTokens;
  status: number | null;
  error: string | null;
  /** The request came encrypted (a key in proxy.runQueryEx); its answer went out encrypted. */
  encrypted: boolean;
}

export const ERR_ERROR = 602;
export const ERR_PROTOVIOLATION = 621;
export const ERR_NOTREADY = 651;
export const ERR_TIMEOUT = 652;

const HOP_BY_HOP = new Set(['content-length', 'transfer-encoding', 'connection']);
const ZERO: AdjustedTokens = { prompt: 0n, cached: 0n, completion: 0n, reasoning: 0n, total: 0n };

export function finalInfo(
  tokens: AdjustedTokens,
  protoVersion: number,
  times: { start: number; end: number },
  debug: boolean,
): ProxyQueryFinalInfo {
  const withTimes = protoVersion >= 2;
  const info: ProxyQueryFinalInfo = {
    _: 'proxy.queryFinalInfo',
    flags: (debug ? 1 : 0) | (withTimes ? 2 : 0),
    tokens_used: {
      _: 'tokensUsed',
      prompt_tokens_used: tokens.prompt,
      cached_tokens_used: tokens.cached,
      completion_tokens_used: tokens.completion,
      reasoning_tokens_used: tokens.reasoning,
      total_tokens_used: tokens.total,
    },
  };
  if (debug)
    info.worker_debug = JSON.stringify({
      type: 'worker_stats',
      start_time: times.start,
      answer_receive_start_at: times.start,
      answer_receive_end_at: times.end,
    });
  if (withTimes) {
    info.worker_start_time = times.start;
    info.worker_end_time = times.end;
  }
  return info;
}

/** The refusal sent at once when the worker is at max_active_requests (docs/protocol.md §3.5). */
export function tooManyQueries(
  requestId: Buffer,
  protoVersion: number,
  nowSec: number,
): ProxyQueryAnswerErrorEx {
  return {
    _: 'proxy.queryAnswerErrorEx',
    request_id: requestId,
    error_code: ERR_ERROR,
    error: 'too many active queries',
    flags: 1,
    final_info: finalInfo(ZERO, protoVersion, { start: nowSec, end: nowSec }, false),
  };
}

function headHeaders(
  engine: Record<string, string>,
  start: number,
  end: number,
  complete: { length: number } | null,
): HttpHeader[] {
  // complete: the whole body is in this message (Content-Length); otherwise it follows in parts (chunked).
  const headers: HttpHeader[] = [];
  for (const [name, value] of Object.entries(engine)) {
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers.push({ _: 'http.header', name, value });
  }
  headers.push({ _: 'http.header', name: 'X-Cocoon-Worker-Start', value: start.toFixed(6) });
  headers.push({ _: 'http.header', name: 'X-Cocoon-Worker-End', value: end.toFixed(6) });
  headers.push(
    complete
      ? { _: 'http.header', name: 'Content-Length', value: String(complete.length) }
      : { _: 'http.header', name: 'Transfer-Encoding', value: 'chunked' },
  );
  return headers;
}

export async function runQuery(q: ProxyRunQueryEx, ctx: QueryContext): Promise<QueryOutcome> {
  const now = ctx.now ?? (() => Date.now() / 1000);
  const start = now();
  const debug = q.enable_debug === true;
  const coefficient = Number(q.coefficient);
  const counter = new TokenCounter();
  const billed = (): AdjustedTokens => adjustUsage(counter.usage, coefficient, ctx.multipliers);
  let encrypted = hasKey(q.private_key);
  const fail = (code: number, error: string, status: number | null): QueryOutcome => {
    const tokens = billed();
    ctx.send({
      _: 'proxy.queryAnswerErrorEx',
      request_id: q.request_id,
      error_code: code,
      error,
      flags: 1,
      final_info: finalInfo(tokens, ctx.protoVersion, { start, end: now() }, debug),
    });
    return { ok: false, tokens, status, error, encrypted };
  };

  let path: string;
  let body: Buffer;
  let evidence = false;
  let keys: AnswerKeys | null = null;
  try {
    const http = decodeBoxedAs('http.Response', q.query);
    if (http._ !== 'http.request') throw new Error(`expected http.request, got ${http._}`);
    path = http.url;
    evidence = asksEvidence(http.headers);
    const standing = ctx.onStanding ? readStanding(http.headers) : null;
    if (standing) ctx.onStanding?.(standing);
    const opened = openRequest(http.payload, q.private_key);
    body = opened.body;
    keys = opened.encryption;
    encrypted = keys !== null;
  } catch (err) {
    // E2eError messages never quote a field's value (src/protocol/e2e/errors.ts).
    const code = err instanceof E2eError ? err.code : ERR_PROTOVIOLATION;
    return fail(code, `worker: invalid http request: ${errorMessage(err)}`, null);
  }

  const timeoutMs = Math.max(1, Math.round(q.timeout * 1000));
  const timer = AbortSignal.timeout(timeoutMs);
  const signal = AbortSignal.any([ctx.signal, timer]);
  let status: number | null = null;
  try {
    const res = await ctx.backend.request(
      { path, body, evidence },
      { signal, timeoutMs: Math.round(timeoutMs * 0.95) },
    );
    status = res.status;
    // As the C++ worker: the head goes out as soon as the engine answers, each body chunk right after it
    // is generated, and an empty last part carries final_info.
    const head = encodeBoxed({
      _: 'http.response',
      http_version: 'HTTP/1.1',
      status_code: res.status,
      reason: reasonPhrase(res.status),
      headers: headHeaders(res.headers, start, now(), null),
      payload: Buffer.alloc(0),
    });
    ctx.send({ _: 'proxy.queryAnswerEx', request_id: q.request_id, answer: head, flags: 0 });
    const sealer = keys ? answerSealer(answerFormat(contentType(res.headers)), keys) : null;
    const part = (answer: Buffer): void => {
      if (answer.length)
        ctx.send({ _: 'proxy.queryAnswerPartEx', request_id: q.request_id, answer, flags: 0 });
    };
    const bill = (u: Parameters<typeof adjustUsage>[0]): AdjustedTokens =>
      adjustUsage(u, coefficient, ctx.multipliers);
    for await (const chunk of withUsageCosts(res, bill, ctx.pricePerToken)) {
      counter.push(chunk); // billing reads the plaintext; only sealed bytes go out for an encrypted request
      part(sealer ? sealer.push(chunk) : chunk);
    }
    if (sealer) part(sealer.finish());
    counter.finish();
    const tokens = billed();
    const info = finalInfo(tokens, ctx.protoVersion, { start, end: now() }, debug);
    ctx.send({
      _: 'proxy.queryAnswerPartEx',
      request_id: q.request_id,
      answer: Buffer.alloc(0),
      flags: 1,
      final_info: info,
    });
    return { ok: true, tokens, status, error: null, encrypted };
  } catch (err) {
    const code = err instanceof EngineError ? err.code : null;
    if (timer.aborted || code === 'timeout') return fail(ERR_TIMEOUT, 'worker: timeout', status);
    if (code === 'paused' || code === 'not-ready' || code === 'stopped')
      return fail(ERR_NOTREADY, `worker: ${errorMessage(err)}`, status);
    return fail(ERR_ERROR, `worker: ${errorMessage(err)}`, status);
  }
}

function contentType(headers: Record<string, string>): string | undefined {
  return Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
}

function reasonPhrase(status: number): string {
  const phrases: Record<number, string> = {
    200: 'OK',
    400: 'Bad Request',
    404: 'Not Found',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    503: 'Service Unavailable',
  };
  return phrases[status] ?? '';
}
