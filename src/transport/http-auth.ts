// Who may talk to the headless API: only this machine (the server binds 127.0.0.1; request-guard checks
// Host and Origin), and only with the per-install token — a Bearer header, the token in a dashboard link,
// or the cookie that link is traded for. Cookies are per host, not per port, so two daemons on one
// machine (a second data folder, a reinstall) both see each other's cookies on 127.0.0.1: each install's
// cookie has its own name, and any one valid credential admits the request (a stale cookie of another
// install never shadows the valid token in a link).
import type { IncomingMessage } from 'node:http';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AUTH_COOKIE } from '../api/transport.js';

export function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `silkworm_token_<12 hex>`: derived from the token, so it names the install without revealing it. */
export function authCookieName(token: string): string {
  return `${AUTH_COOKIE}_${createHash('sha256').update(`silkworm-cookie-name:${token}`).digest('hex').slice(0, 12)}`;
}

function cookieValues(header: string | undefined, names: ReadonlySet<string>): string[] {
  const values: string[] = [];
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1 || !names.has(part.slice(0, eq).trim())) continue;
    try {
      values.push(decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
      /* a mangled cookie is no credential; the others may still be */
    }
  }
  return values;
}

/** Every credential the request carries for this install (the legacy shared cookie name included). */
export function credentials(req: IncomingMessage, url: URL, token: string): string[] {
  const found: string[] = [];
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) found.push(auth.slice(7).trim());
  const linked = url.searchParams.get('token');
  if (linked !== null) found.push(linked);
  found.push(...cookieValues(req.headers.cookie, new Set([authCookieName(token), AUTH_COOKIE])));
  return found;
}

export function isAuthorized(req: IncomingMessage, url: URL, token: string): boolean {
  return credentials(req, url, token).some((c) => sameToken(c, token));
}

export function authCookie(token: string): string {
  return `${authCookieName(token)}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`;
}
