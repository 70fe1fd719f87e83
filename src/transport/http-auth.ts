// Who may talk to the headless API: only this machine (the server binds 127.0.0.1), only with the
// per-install token, and only pages of our own origin (Host and Origin are checked against DNS-rebinding
// and cross-site requests).
import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { AUTH_COOKIE } from '../api/transport.js';

export function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function tokenFromRequest(req: IncomingMessage, url: URL): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const cookie = req.headers.cookie;
  if (cookie) {
    for (const part of cookie.split(';')) {
      const [name, ...rest] = part.trim().split('=');
      if (name === AUTH_COOKIE) return decodeURIComponent(rest.join('='));
    }
  }
  return url.searchParams.get('token');
}

/** Host must name the loopback interface (blocks DNS rebinding); Origin, when sent, must be ours. */
export function trustedOrigin(req: IncomingMessage): boolean {
  const host = req.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://${host}`;
}

export function authCookie(token: string): string {
  return `${AUTH_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`;
}
