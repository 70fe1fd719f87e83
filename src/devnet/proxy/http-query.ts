// The query bytes of proxy.runQueryEx: a boxed http.request as Cocoon's client runner builds it (POST, the
// client's headers without the hop-by-hop ones — exact case, as Cocoon compares them — and a fresh
// Content-Length; docs/protocol.md §4.1).
import { encodeBoxed } from '../../protocol/tl/codec.js';

const DROPPED_HEADERS = new Set(['Content-Length', 'Transfer-Encoding', 'Connection']);

export function httpQuery(
  path: string,
  payload: Buffer,
  clientHeaders: ReadonlyArray<[string, string]> = [],
): Buffer {
  const headers = clientHeaders
    .filter(([n]) => !DROPPED_HEADERS.has(n))
    .map(([name, value]) => ({ _: 'http.header' as const, name, value }));
  headers.push({ _: 'http.header', name: 'Content-Length', value: String(payload.length) });
  return encodeBoxed({
    _: 'http.request',
    method: 'POST',
    url: path,
    http_version: 'HTTP/1.1',
    headers,
    payload,
  });
}
