// The headless transport: the API contract over HTTP (POST /api/<command>) and server-sent events
// (GET /api/events), plus the dashboard's static files. Binds wherever the caller listens (the daemon
// uses 127.0.0.1 only), refuses foreign Host/Origin and malformed targets first, and requires the
// per-install token on every route.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import {
  HTTP_API_PREFIX,
  HTTP_EVENTS_PATH,
  MAX_REQUEST_BYTES,
  type ApiErrorCode,
  type Envelope,
} from '../api/index.js';
import type { Dispatch } from './dispatch.js';
import type { EventFeed, StateSource } from './core-feeds.js';
import type { Logger } from '../logging/logger.js';
import { authCookie, isAuthorized } from './http-auth.js';
import { checkRequest } from './request-guard.js';
import { serveStatic } from './static-files.js';
import { openEventStream } from './sse.js';

export interface ApiServerOptions {
  dispatch: Dispatch;
  hub: EventFeed;
  state: StateSource;
  token: string;
  log: Logger;
  /** Folder with the built dashboard; null serves the API only. */
  staticDir: string | null;
  maxBodyBytes?: number;
}

const statusFor: Record<ApiErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  not_found: 404,
  too_large: 413,
  conflict: 409,
  unavailable: 503,
  internal: 500,
};

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function fail(res: ServerResponse, code: ApiErrorCode, message: string): void {
  sendJson(res, statusFor[code], { ok: false, error: { code, message } });
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function createApiServer(options: ApiServerOptions): http.Server {
  const limit = options.maxBodyBytes ?? MAX_REQUEST_BYTES;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const refused = checkRequest(req);
    if (refused)
      return fail(res, refused.code === 'malformed_uri' ? 'bad_request' : 'unauthorized', refused.message);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!isAuthorized(req, url, options.token)) {
      return fail(res, 'unauthorized', 'missing or wrong API token (see `silkworm daemon` output)');
    }
    if (req.method === 'GET' && url.searchParams.has('token')) {
      // Trade the token in the link for a cookie, then drop it from the address bar.
      res.writeHead(303, { 'set-cookie': authCookie(options.token), location: url.pathname });
      res.end();
      return;
    }
    if (url.pathname === HTTP_EVENTS_PATH && req.method === 'GET') {
      openEventStream({ req, res, hub: options.hub, initial: options.state.get() });
      return;
    }
    if (url.pathname.startsWith(HTTP_API_PREFIX)) {
      if (req.method !== 'POST') return fail(res, 'not_found', 'API commands are POST requests');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return fail(res, 'bad_request', 'content-type must be application/json');
      }
      let payload: unknown = {};
      try {
        const body = await readBody(req, limit);
        if (body.length > 0) payload = JSON.parse(body.toString('utf8'));
      } catch (err) {
        if (err instanceof BodyTooLarge) {
          res.setHeader('connection', 'close');
          return fail(res, 'too_large', `request body over ${limit} bytes`);
        }
        return fail(res, 'bad_request', 'request body is not valid JSON');
      }
      const envelope = await options.dispatch(url.pathname.slice(HTTP_API_PREFIX.length), payload);
      sendJson(res, envelope.ok ? 200 : statusFor[envelope.error.code], envelope);
      return;
    }
    if (
      req.method === 'GET' &&
      options.staticDir &&
      (await serveStatic(options.staticDir, url.pathname, res))
    )
      return;
    fail(res, 'not_found', `no route ${req.method ?? ''} ${url.pathname}`);
  };
  return http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      options.log.error(`http ${req.method ?? ''} ${req.url ?? ''}: ${String(err)}`);
      if (!res.headersSent) fail(res, 'internal', 'internal error');
      else res.destroy();
    });
  });
}
