// The devnet's emulated chain served on 127.0.0.1 over toncenter's HTTP API v2, so a node reaches the
// embedded network exactly as it reaches mainnet or testnet: through @ton/ton's TonClient and nothing else.
//   POST /api/v2/jsonRPC  {id, jsonrpc, method, params} → {ok: true, result, id} | {ok: false, error, code, id}
//   POST /api/v2/<method> (params as the JSON body) and GET /api/v2/<method>?<params>, toncenter's REST form
//   POST /devnet/faucet   the devnet-only faucet (faucet.ts; not toncenter)
// An error's `code` is also the answer's HTTP status: 422 bad parameters, 404 unknown method or path,
// 413 body too large, 500 what the chain refused (a rejected external message). X-API-Key and `api_key` are
// accepted and ignored. The methods served are in read-methods.ts and send-methods.ts; docs/ton-api.md.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxChain } from '../chain/sandbox-chain.js';
import { drop, errorMessage, type Logger } from '../../logging/logger.js';
import { checkRequest } from '../../transport/request-guard.js';
import { FAUCET_PATH, faucet } from './faucet.js';
import { asParams, type Params, RpcError } from './params.js';
import { type Method, type MethodContext, readMethods } from './read-methods.js';
import { sendMethods } from './send-methods.js';

export interface TonApiServerOptions {
  chain: SandboxChain;
  log: Logger;
  /** Default 0: any free port. */
  port?: number;
  /** Largest accepted request body (default 2 MiB: a BOC with contract code fits). */
  maxBodyBytes?: number;
}

const JSON_RPC_PATH = '/api/v2/jsonRPC';
const REST_PREFIX = '/api/v2/';
const METHODS: Record<string, Method> = { ...readMethods, ...sendMethods };

type Reply = { ok: true; result: unknown } | { ok: false; error: string; code: number };

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = (): RpcError => new RpcError(413, `the request body exceeds ${max} bytes`);
    if (Number(req.headers['content-length'] ?? 0) > max) return reject(tooLarge());
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void parts.push(chunk);
      req.removeAllListeners('data');
      req.resume();
      reject(tooLarge());
    });
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new RpcError(400, 'the request body is not JSON');
  }
}

export class TonApiServer {
  readonly #server: Server;
  readonly #ctx: MethodContext;
  readonly #log: Logger;
  readonly #maxBody: number;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(o: TonApiServerOptions) {
    this.#log = o.log;
    this.#maxBody = o.maxBodyBytes ?? 2 << 20;
    this.#ctx = { chain: o.chain, serial: (op) => this.#serial(op) };
    this.#server = createServer((req, res) => drop(this.#handle(req, res), o.log, 'TON API request'));
  }

  static async start(o: TonApiServerOptions): Promise<TonApiServer> {
    const s = new TonApiServer(o);
    await new Promise<void>((resolve, reject) => {
      s.#server.once('error', reject);
      s.#server.listen(o.port ?? 0, '127.0.0.1', () => resolve());
    });
    o.log.info(`devnet TON API (toncenter v2) on ${s.url}`);
    return s;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  /** `http://127.0.0.1:<port>`: the faucet lives at `${origin}/devnet/faucet`. */
  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The JSON-RPC endpoint, what TonClient takes as `endpoint`. */
  get url(): string {
    return `${this.origin}${JSON_RPC_PATH}`;
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  #serial<T>(op: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(op);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let id: unknown = undefined;
    const reply = async (): Promise<Reply> => {
      const refused = checkRequest(req);
      if (refused) throw new RpcError(refused.status, refused.message);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const post = req.method === 'POST';
      if (!post && req.method !== 'GET') throw new RpcError(405, 'use POST (or GET for REST calls)');
      const body = post ? parseJson(await readBody(req, this.#maxBody)) : undefined;
      if (url.pathname === JSON_RPC_PATH) {
        if (!post) throw new RpcError(405, `POST a JSON-RPC request to ${JSON_RPC_PATH}`);
        if (typeof body !== 'object' || body === null || Array.isArray(body))
          throw new RpcError(422, 'the request must be one JSON-RPC object {id, jsonrpc, method, params}');
        const call = body as { id?: unknown; method?: unknown; params?: unknown };
        id = call.id;
        if (typeof call.method !== 'string') throw new RpcError(422, 'method is required (a string)');
        return this.#call(call.method, asParams(call.params));
      }
      const params = post ? asParams(body) : queryParams(url);
      if (url.pathname === FAUCET_PATH) {
        if (!post) throw new RpcError(405, `POST {"address", "nano"} to ${FAUCET_PATH}`);
        return { ok: true, result: await faucet(params, this.#ctx) };
      }
      if (url.pathname.startsWith(REST_PREFIX))
        return this.#call(url.pathname.slice(REST_PREFIX.length), params);
      throw new RpcError(404, `nothing is served at ${url.pathname.slice(0, 100)}; use ${JSON_RPC_PATH}`);
    };
    const answer = await reply().catch((err: unknown): Reply => {
      if (err instanceof RpcError) return { ok: false, error: err.message, code: err.code };
      this.#log.error(`TON API: ${errorMessage(err)}`);
      return { ok: false, error: `internal error: ${errorMessage(err)}`, code: 500 };
    });
    const json = JSON.stringify({ ...answer, ...(id !== undefined ? { id, jsonrpc: '2.0' } : {}) });
    res.writeHead(answer.ok ? 200 : answer.code, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(json),
      'Cache-Control': 'no-store',
    });
    res.end(json);
  }

  async #call(name: string, params: Params): Promise<Reply> {
    const method = Object.hasOwn(METHODS, name) ? METHODS[name] : undefined;
    if (!method)
      throw new RpcError(
        404,
        `method ${JSON.stringify(name.slice(0, 60))} is not served by the devnet TON API`,
      );
    return { ok: true, result: await method(params, this.#ctx) };
  }
}

/** REST calls carry their parameters in the query string (`api_key` is accepted and ignored). */
function queryParams(url: URL): Params {
  const p: Params = {};
  for (const [k, v] of url.searchParams) if (k !== 'api_key') p[k] = v;
  return p;
}
