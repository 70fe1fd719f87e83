// One GET that follows redirects the way Hugging Face `resolve` URLs need: the hub answers 302 to a CDN
// on another host, and the Range / If-Range headers must travel with every hop or the resume is lost.
import http from 'node:http';
import https from 'node:https';
import { DownloadError } from './download-errors.js';

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

export interface HttpGetOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** The socket may stay silent this long (headers or body) before the request is failed as stalled. */
  idleTimeoutMs?: number;
  maxRedirects?: number;
}

export interface HttpGetResponse {
  res: http.IncomingMessage;
  /** The URL that finally answered (after redirects). */
  finalUrl: string;
}

export function httpGet(url: string, o: HttpGetOptions = {}, hops = 0): Promise<HttpGetResponse> {
  return new Promise((resolve, reject) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      reject(new DownloadError('bad-url', `not a URL: ${url}`));
      return;
    }
    const client = parsed.protocol === 'https:' ? https : parsed.protocol === 'http:' ? http : undefined;
    if (!client) {
      reject(new DownloadError('bad-url', `unsupported protocol ${parsed.protocol}`));
      return;
    }
    const headers = { 'user-agent': 'silkworm', ...o.headers };
    const req = client.get(parsed, { headers, signal: o.signal }, (res) => {
      const location = res.headers.location;
      if (res.statusCode !== undefined && redirectStatuses.has(res.statusCode) && location) {
        res.resume();
        if (hops >= (o.maxRedirects ?? 5)) {
          reject(new DownloadError('http-status', `too many redirects from ${url}`));
          return;
        }
        resolve(httpGet(new URL(location, parsed).href, o, hops + 1));
        return;
      }
      resolve({ res, finalUrl: parsed.href });
    });
    const idle = o.idleTimeoutMs ?? 30_000;
    // The socket timeout covers the whole exchange, so a body that stops flowing is failed too.
    req.setTimeout(idle, () => req.destroy(new Error(`no data from ${parsed.host} for ${idle} ms`)));
    req.on('error', reject);
  });
}

/** Strong validators only: If-Range must not be sent with a weak ETag (RFC 9110 §13.1.5). */
export function ifRangeValue(etag: string | null, lastModified: string | null): string | null {
  if (etag !== null && !etag.startsWith('W/')) return etag;
  return lastModified;
}

export function headerValue(res: http.IncomingMessage, name: string): string | null {
  const v = res.headers[name];
  if (Array.isArray(v)) return v[0] ?? null;
  return v ?? null;
}
