// The devnet's OpenAI-compatible client endpoint on 127.0.0.1, so anyone can `curl` the devnet:
// POST /v1/chat/completions and /v1/completions (streamed as the worker sends it, or whole), GET /v1/models.
// Every failure is a JSON error: 400 bad JSON or target, 403 foreign Host/Origin, 404 unknown model, 413 too
// large, 429 queue full, 503 no worker or paused (with Retry-After where waiting helps), 504 timeout. A
// stream that fails after its head ends with an SSE error event and no [DONE], never a silent end.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { drop, errorMessage, type Logger } from '../../logging/logger.js';
import { ProxyRequestError, httpStatusOf } from '../proxy/errors.js';
import type { DevnetProxy } from '../proxy/devnet-proxy.js';
import type { ProxyResponse } from '../proxy/relay.js';
import { checkRequest } from '../../transport/request-guard.js';
import { ClientError, COMPLETION_PATHS, parseClientRequest } from './client-request.js';
import { cocoonTestTrust, homeTrust, TRUST_HEADER, trustHeaderValue } from './trust-label.js';

export interface ClientEndpointOptions {
  proxy: Pick<DevnetProxy, 'request' | 'models'> & Partial<Pick<DevnetProxy, 'workers'>>;
  log: Logger;
  host?: string;
  port?: number;
  /** Largest accepted request body (default 1 MiB). */
  maxBodyBytes?: number;
  /** Whether a model's answers are checked here (verification with its reference); default none. */
  checked?: (model: string) => boolean;
}

/** Seconds a client should wait before retrying, where waiting can help. */
const RETRY_AFTER_S: Partial<Record<string, number>> = { busy: 1, no_worker: 5, paused: 30, stopped: 5 };

function sendError(res: ServerResponse, status: number, type: string, message: string): void {
  if (res.headersSent) return void res.end();
  const body = JSON.stringify({ error: { message, type, code: status } });
  const retry = RETRY_AFTER_S[type];
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    ...(retry !== undefined ? { 'Retry-After': String(retry) } : {}),
  });
  res.end(body);
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max)
      return reject(new ClientError(413, 'too_large', `the request body exceeds ${max} bytes`));
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        reject(new ClientError(413, 'too_large', `the request body exceeds ${max} bytes`));
      } else parts.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

export class ClientEndpoint {
  readonly #o: ClientEndpointOptions;
  readonly #server: Server;

  private constructor(o: ClientEndpointOptions) {
    this.#o = o;
    this.#server = createServer((req, res) => drop(this.#handle(req, res), o.log, 'client request'));
  }

  static async start(o: ClientEndpointOptions): Promise<ClientEndpoint> {
    const e = new ClientEndpoint(o);
    await new Promise<void>((resolve, reject) => {
      e.#server.once('error', reject);
      e.#server.listen(o.port ?? 0, o.host ?? '127.0.0.1', () => resolve());
    });
    o.log.info(`devnet client endpoint on http://127.0.0.1:${e.port}/v1`);
    return e;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  stop(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refused = checkRequest(req);
    if (refused) return sendError(res, refused.status, refused.code, refused.message);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    try {
      if (path === '/v1/models') {
        if (req.method !== 'GET') throw new ClientError(405, 'method_not_allowed', 'use GET');
        const data = this.#o.proxy
          .models()
          .map((id) => ({ id, object: 'model', owned_by: 'silkworm-devnet', trust: this.#trust(id) }));
        const body = JSON.stringify({ object: 'list', data });
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
        return void res.end(body);
      }
      if (!COMPLETION_PATHS.has(path))
        throw new ClientError(404, 'not_found', `no such endpoint ${path.slice(0, 100)}`);
      if (req.method !== 'POST') throw new ClientError(405, 'method_not_allowed', 'use POST');
      const parsed = parseClientRequest(path, await readBody(req, this.#o.maxBodyBytes ?? 1 << 20));
      const headers = Object.entries(req.headers).flatMap(([n, v]): Array<[string, string]> =>
        n === 'content-type' && typeof v === 'string' ? [['Content-Type', v]] : [],
      );
      const answer = await this.#o.proxy.request({ ...parsed, headers });
      res.setHeader(TRUST_HEADER, trustHeaderValue(this.#trust(parsed.model)));
      await (parsed.stream ? this.#stream(answer, res) : this.#whole(answer, res));
    } catch (err) {
      if (err instanceof ClientError) return sendError(res, err.status, err.type, err.message);
      if (err instanceof ProxyRequestError) return sendError(res, httpStatusOf(err), err.code, err.message);
      this.#o.log.error(`client endpoint: ${errorMessage(err)}`);
      sendError(res, 500, 'internal_error', 'internal error');
    }
  }

  #trust(model: string): ReturnType<typeof homeTrust> {
    const base = model.split('@')[0] ?? model;
    const checked = this.#o.checked?.(base) ?? false;
    const serving = (this.#o.proxy.workers?.() ?? []).filter(
      (w) => w.ready && w.enabled && (w.model?.split('@')[0] ?? '') === base,
    );
    const unattested = serving.length > 0 && serving.every((w) => w.tier === 'cocoon-test');
    return unattested ? cocoonTestTrust(checked) : homeTrust(checked);
  }

  async #stream(answer: ProxyResponse, res: ServerResponse): Promise<void> {
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    try {
      for await (const chunk of answer.body) res.write(chunk);
    } catch (err) {
      // Mid-stream the status is gone: end with an SSE error event (and no [DONE]) the client can detect.
      const e =
        err instanceof ProxyRequestError
          ? { message: err.message, type: err.code, code: httpStatusOf(err) }
          : { message: 'internal error', type: 'internal_error', code: 500 };
      res.write(`data: ${JSON.stringify({ error: e })}\n\n`);
    }
    res.end();
  }

  async #whole(answer: ProxyResponse, res: ServerResponse): Promise<void> {
    const parts: Buffer[] = [];
    for await (const chunk of answer.body) parts.push(chunk); // a failure here becomes a JSON error
    const body = Buffer.concat(parts);
    res.writeHead(answer.status, { ...Object.fromEntries(answer.headers), 'Content-Length': body.length });
    res.end(body);
  }
}
