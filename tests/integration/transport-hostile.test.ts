// The TON Connect bridge (which also serves the devnet wallet's approval page) against hostile requests on
// loopback: a DNS-rebinding Host, a web page's cross-site POST to the approval form and malformed targets
// are refused with 4xx before any route; the bridge's own clients (no Origin, or its own) still get in.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BridgeServer } from '../../src/devnet/bridge/bridge-server.js';
import { capturingLogger } from './devnet-proxy-helpers.js';

let bridge: BridgeServer;
const { log } = capturingLogger('bridge');
const session = (c: string) => c.repeat(64);

beforeAll(async () => {
  bridge = new BridgeServer({ log });
  let approvals = 0;
  bridge.addRoute((req, res, url) => {
    if (req.method !== 'POST' || url.pathname !== '/wallet/approve') return false;
    approvals++;
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`approved ${approvals}`);
    return true;
  });
  await bridge.listen();
});

afterAll(async () => {
  await bridge.close();
});

function raw(o: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      bridge.origin,
      { path: o.path, method: o.method ?? 'GET', headers: o.headers ?? {} },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

describe('bridge and devnet wallet page against hostile requests', () => {
  it('refuses a foreign Host (DNS rebinding) on every route', async () => {
    for (const path of [
      '/tonconnect-manifest.json',
      `/bridge/events?client_id=${session('a')}`,
      '/wallet/connect',
    ]) {
      expect((await raw({ path, headers: { host: 'attacker.example:80' } })).status, path).toBe(403);
    }
  });

  it("refuses a web page's cross-site POST to the approval form, and accepts the page's own", async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const cross = await raw({
      path: '/wallet/approve',
      method: 'POST',
      headers: { ...form, origin: 'https://attacker.example' },
      body: 'id=x',
    });
    expect(cross.status).toBe(403);
    const nullOrigin = await raw({
      path: '/wallet/approve',
      method: 'POST',
      headers: { ...form, origin: 'null' },
      body: 'id=x',
    });
    expect(nullOrigin.status).toBe(403);
    const own = await raw({
      path: '/wallet/approve',
      method: 'POST',
      headers: { ...form, origin: bridge.origin },
      body: 'id=x',
    });
    expect(own).toMatchObject({ status: 200, text: 'approved 1' });
  });

  it('answers malformed targets with 400, never 500', async () => {
    for (const path of ['/%', '/bridge/message?client_id=%zz', '/wallet/%E0%A4%A'])
      expect((await raw({ path, method: 'POST' })).status, path).toBe(400);
  });

  it('still relays for origin-less clients (the SDK in the node)', async () => {
    const res = await fetch(
      `${bridge.bridgeUrl}/message?client_id=${session('a')}&to=${session('b')}&ttl=60`,
      { method: 'POST', body: 'aGVsbG8=' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
