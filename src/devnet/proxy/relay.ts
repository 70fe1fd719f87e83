// One request in flight on one worker connection: the head (a boxed http.response) resolves the client's
// response, body parts stream through an AsyncQueue, and the final message settles the bill. A violation by
// the worker (a part before the head, a head that is not an http.response, negative tokens) throws a
// RelayViolation so the connection can be closed; the client then gets worker_lost.
import { decodeBoxedAs } from '../../protocol/tl/codec.js';
import { errorMessage } from '../../logging/logger.js';
import { AsyncQueue } from '../../async/async-queue.js';
import { ProxyRequestError } from './errors.js';
import type { NormalAnswer } from './answers.js';

export interface ProxyResponse {
  status: number;
  headers: Array<[name: string, value: string]>;
  body: AsyncIterable<Buffer>;
  /** The connection that serves it (for logs and tests). */
  workerId: number;
}

export class RelayViolation extends Error {
  override readonly name = 'RelayViolation';
}

export interface RelayEnd {
  ok: boolean;
  /** Billed tokens from the final message; null when the request ended without one (lost, timed out). */
  tokens: bigint | null;
  error: ProxyRequestError | null;
}

/** More adjusted tokens than any one request can use: a bill above it is a lie, not a request. */
export const MAX_REQUEST_TOKENS = 10n ** 12n;
const HOP_BY_HOP = new Set(['content-length', 'transfer-encoding', 'connection']);

export class RelayedRequest {
  readonly requestId: Buffer;
  readonly workerId: number;
  readonly response: Promise<ProxyResponse>;
  readonly #body = new AsyncQueue<Buffer>();
  readonly #onEnd: (end: RelayEnd) => void;
  #resolve!: (r: ProxyResponse) => void;
  #reject!: (e: Error) => void;
  #headSeen = false;
  #ended = false;
  readonly #startedAt = Date.now() / 1000;

  constructor(o: { requestId: Buffer; workerId: number; onEnd: (end: RelayEnd) => void }) {
    this.requestId = o.requestId;
    this.workerId = o.workerId;
    this.#onEnd = o.onEnd;
    this.response = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    this.response.catch(() => undefined); // the caller awaits it; this only silences an unobserved rejection
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** Applies one answer from the worker; throws RelayViolation on a malformed sequence. */
  onAnswer(a: NormalAnswer): void {
    if (this.#ended) return;
    if (a.tokens !== null && (a.tokens < 0n || a.tokens > MAX_REQUEST_TOKENS))
      throw new RelayViolation(`implausible token count ${a.tokens}`);
    if (a.kind === 'error') {
      const err = new ProxyRequestError(
        'worker_error',
        `worker error ${a.errorCode}: ${a.error.slice(0, 200)}`,
        a.errorCode,
      );
      this.#finish({ ok: false, tokens: a.tokens ?? 0n, error: err });
      return;
    }
    if (a.kind === 'head') {
      if (this.#headSeen) throw new RelayViolation('a second response head');
      this.#head(a.answer);
    } else if (!this.#headSeen) {
      throw new RelayViolation('a body part before the response head');
    } else {
      this.#pushBody(a.answer);
    }
    if (a.final) this.#finish({ ok: true, tokens: a.tokens ?? 0n, error: null });
  }

  /** Ends the request without a final answer (connection lost, timeout, shutdown). Nothing is billed. */
  abort(err: ProxyRequestError): void {
    if (!this.#ended) this.#finish({ ok: false, tokens: null, error: err });
  }

  #head(answer: Buffer): void {
    let res;
    try {
      res = decodeBoxedAs('http.Response', answer);
    } catch (err) {
      throw new RelayViolation(`the response head does not parse: ${errorMessage(err)}`);
    }
    if (res._ !== 'http.response') throw new RelayViolation(`the response head is ${res._}`);
    this.#headSeen = true;
    const headers = res.headers
      .filter((h) => !HOP_BY_HOP.has(h.name.toLowerCase()))
      .map((h): [string, string] => [h.name, h.value]);
    // As Cocoon's proxy, on the first answer: when it took the request and when it relayed the head.
    headers.push(
      ['X-Cocoon-Proxy-Start', this.#startedAt.toFixed(6)],
      ['X-Cocoon-Proxy-End', (Date.now() / 1000).toFixed(6)],
    );
    this.#resolve({ status: res.status_code, headers, body: this.#body, workerId: this.workerId });
    this.#pushBody(res.payload);
  }

  /** Empty parts carry nothing for the client: they are not queued. */
  #pushBody(chunk: Buffer): void {
    if (chunk.length > 0) this.#body.push(chunk);
  }

  #finish(end: RelayEnd): void {
    this.#ended = true;
    if (end.error) {
      if (this.#headSeen) this.#body.close(end.error);
      else this.#reject(end.error);
    } else {
      this.#body.close();
    }
    this.#onEnd(end);
  }
}
