// The first check of every HTTP server the node runs on 127.0.0.1 (daemon API, devnet client endpoint,
// TON Connect bridge with the devnet wallet's page): the Host header must name the loopback interface and
// the port the request arrived on (a foreign Host is a DNS-rebinding page), an Origin, when a browser
// sends one, must be that same origin (a foreign Origin is a cross-site request from any web page), and
// the request target must be an origin-form path that decodes (`GET /%` is a client error, not a 500).
import type { IncomingMessage } from 'node:http';

export type GuardRefusalCode = 'foreign_host' | 'foreign_origin' | 'malformed_uri';

export interface GuardRefusal {
  code: GuardRefusalCode;
  /** 403 for who is asking, 400 for what was asked. */
  status: 400 | 403;
  message: string;
}

const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(?::(\d{1,5}))?$/i;
// Controls and spaces never belong in a request target; Node's parser lets some through.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0020\u007f]/;

/** Whether `host` (a Host header) names this machine's loopback on `port` (a missing port means 80). */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  const m = LOOPBACK_HOST.exec(host ?? '');
  if (!m) return false;
  return Number(m[2] ?? 80) === port;
}

/** Whether the raw request target is `/path[?query]` whose percent-escapes all decode as UTF-8. */
export function isWellFormedTarget(target: string | undefined): boolean {
  if (target === undefined || !target.startsWith('/') || target.startsWith('//') || CONTROL.test(target))
    return false;
  try {
    decodeURIComponent(target);
    return true;
  } catch {
    return false;
  }
}

export function checkRequest(req: IncomingMessage): GuardRefusal | null {
  const port = req.socket.localPort ?? 0;
  const host = req.headers.host;
  if (!isLoopbackHost(host, port)) {
    return {
      code: 'foreign_host',
      status: 403,
      message: 'requests must name this machine (127.0.0.1 or localhost) as their Host',
    };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${(host ?? '').toLowerCase()}`) {
    return { code: 'foreign_origin', status: 403, message: 'cross-site requests are refused' };
  }
  if (!isWellFormedTarget(req.url))
    return { code: 'malformed_uri', status: 400, message: 'the request target is not a well-formed path' };
  return null;
}

/** Decodes a path already checked by `isWellFormedTarget`; null when it does not decode. */
export function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}
