// A local TON Connect HTTP bridge (bridge spec: SSE `GET /bridge/events?client_id=…[&last_event_id=…]`,
// `POST /bridge/message?client_id=…&to=…&ttl=…[&topic=…]` with a base64 body). It only relays opaque,
// end-to-end encrypted messages between app and wallet sessions. Binds 127.0.0.1 only and, before any
// route, refuses a foreign Host (DNS rebinding), a foreign Origin (a web page posting an approval) and
// malformed targets. Other paths are offered to `routes` (the devnet wallet's approval page lives here).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorMessage, type Logger } from '../../logging/logger.js';
import { checkRequest } from '../../transport/request-guard.js';

export type ExtraRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

interface Stored {
  id: number;
  to: string;
  from: string;
  message: string;
  expiresAt: number;
}

export interface BridgeServerOptions {
  log: Logger;
  port?: number; // 0 = any free port
  heartbeatMs?: number;
  maxTtlSec?: number;
  maxMessageBytes?: number;
  maxStored?: number;
  now?: () => number;
}

export class BridgeServer {
  readonly #o: Required<BridgeServerOptions>;
  readonly #server: Server;
  readonly #stored: Stored[] = [];
  readonly #listeners = new Map<string, Set<ServerResponse>>();
  readonly #routes: ExtraRoute[] = [];
  #nextId = 1;
  #port = 0;

  constructor(opts: BridgeServerOptions) {
    this.#o = {
      port: 0,
      heartbeatMs: 15_000,
      maxTtlSec: 300,
      maxMessageBytes: 64 * 1024,
      maxStored: 10_000,
      now: Date.now,
      ...opts,
    };
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((err: unknown) => {
        this.#o.log.warn(`bridge request failed: ${errorMessage(err)}`);
        if (!res.headersSent) send(res, 500, { message: 'internal error', statusCode: 500 });
      });
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(this.#o.port, '127.0.0.1', () => resolve());
    });
    this.#port = (this.#server.address() as AddressInfo).port;
    this.#o.log.info(`TON Connect bridge on ${this.origin}/bridge`);
  }

  get origin(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  get manifestUrl(): string {
    return `${this.origin}/tonconnect-manifest.json`;
  }

  get bridgeUrl(): string {
    return `${this.origin}/bridge`;
  }

  addRoute(route: ExtraRoute): void {
    this.#routes.push(route);
  }

  async close(): Promise<void> {
    for (const set of this.#listeners.values()) for (const res of set) res.end();
    this.#listeners.clear();
    this.#server.closeAllConnections();
    await new Promise<void>((r) => this.#server.close(() => r()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refused = checkRequest(req);
    if (refused) return send(res, refused.status, { message: refused.message, statusCode: refused.status });
    const url = new URL(req.url ?? '/', this.origin);
    if (url.pathname === '/bridge/events' && req.method === 'GET') return this.#events(req, res, url);
    if (url.pathname === '/bridge/message' && req.method === 'POST') return this.#message(req, res, url);
    if (url.pathname === '/tonconnect-manifest.json' && req.method === 'GET') {
      // the devnet app's manifest: its host is the domain wallets sign in ton_proof
      return send(res, 200, {
        url: this.origin,
        name: 'Silkworm (devnet)',
        iconUrl: `${this.origin}/icon.png`,
      });
    }
    for (const route of this.#routes) if (await route(req, res, url)) return;
    send(res, 404, { message: 'not found', statusCode: 404 });
  }

  #events(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const ids = (url.searchParams.get('client_id') ?? '')
      .split(',')
      .filter((id) => /^[0-9a-f]{64}$/i.test(id));
    if (ids.length === 0) return send(res, 400, { message: 'client_id is required', statusCode: 400 });
    const lastEventId =
      Number(url.searchParams.get('last_event_id') ?? req.headers['last-event-id'] ?? 0) || 0;
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const now = this.#o.now();
    for (const m of this.#stored)
      if (ids.includes(m.to) && m.id > lastEventId && m.expiresAt > now) write(res, m);
    for (const id of ids) {
      let set = this.#listeners.get(id);
      if (!set) this.#listeners.set(id, (set = new Set()));
      set.add(res);
    }
    const beat = setInterval(() => res.write('event: heartbeat\ndata: heartbeat\n\n'), this.#o.heartbeatMs);
    beat.unref();
    res.on('close', () => {
      clearInterval(beat);
      for (const id of ids) this.#listeners.get(id)?.delete(res);
    });
  }

  async #message(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const from = url.searchParams.get('client_id') ?? '';
    const to = url.searchParams.get('to') ?? '';
    const ttl = Number(url.searchParams.get('ttl') ?? '');
    if (!/^[0-9a-f]{64}$/i.test(from) || !/^[0-9a-f]{64}$/i.test(to))
      return send(res, 400, { message: 'client_id and to must be session ids', statusCode: 400 });
    if (!Number.isInteger(ttl) || ttl <= 0 || ttl > this.#o.maxTtlSec)
      return send(res, 400, { message: `ttl must be 1..${this.#o.maxTtlSec}`, statusCode: 400 });
    const body = await readBody(req, this.#o.maxMessageBytes);
    if (body === null) return send(res, 413, { message: 'message too large', statusCode: 413 });
    const message = body.trim();
    if (!/^[A-Za-z0-9+/=]+$/.test(message))
      return send(res, 400, { message: 'body must be base64', statusCode: 400 });
    const stored: Stored = { id: this.#nextId++, to, from, message, expiresAt: this.#o.now() + ttl * 1000 };
    this.#stored.push(stored);
    this.#prune();
    for (const listener of this.#listeners.get(to) ?? []) write(listener, stored);
    send(res, 200, { message: 'OK', statusCode: 200 });
  }

  #prune(): void {
    const now = this.#o.now();
    while (this.#stored.length > this.#o.maxStored || (this.#stored[0] && this.#stored[0].expiresAt <= now))
      this.#stored.shift();
  }
}

function write(res: ServerResponse, m: Stored): void {
  res.write(`id: ${m.id}\ndata: ${JSON.stringify({ from: m.from, message: m.message })}\n\n`);
}

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
