// The headless transport on loopback with the real core behind it.
import { networkResolver } from '../launch/resolve-network.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createNode, type SilkwormNode } from '../node/node.js';
import { createApiServer } from './http-server.js';
import { authCookieName } from './http-auth.js';
import { JsonFileBackend } from '../settings/settings-backend.js';
import { stateSnapshotSchema, defaultSettings } from '../api/index.js';
import { writeFile } from 'node:fs/promises';

const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuvwxyz';
let dir: string;
let node: SilkwormNode;
let server: http.Server;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sw-http-'));
  // Other tests on this machine start fake games; this node must not pause for them.
  const defaults = defaultSettings();
  await writeFile(
    path.join(dir, 'settings.json'),
    JSON.stringify({
      ...defaults,
      availability: { ...defaults.availability, pauseForGames: false, gpuBusyThresholdMb: null },
      network: { ...defaults.network, devnetRequestsPerMinute: 0 },
    }),
  );
  node = await createNode({
    version: 'test',
    dataDir: dir,
    resolveNetwork: networkResolver({ dataDir: dir }),
    settingsBackend: new JsonFileBackend(path.join(dir, 'settings.json')),
    detectHardware: () =>
      Promise.resolve({
        cpu: { brand: 'Test CPU', cores: 2, threads: 2 },
        ramMb: 1024,
        gpus: [],
        os: 'test',
      }),
  });
  server = createApiServer({
    dispatch: node.dispatch,
    hub: node.hub,
    state: node.state,
    token: TOKEN,
    log: node.log,
    staticDir: null,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await node.start();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await node.stop();
  await rm(dir, { recursive: true, force: true });
});

function post(command: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/${command}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
    body,
  });
}

describe('HTTP transport', () => {
  it('answers a command with the state snapshot', async () => {
    const res = await post('state:get', '{}');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; value: unknown };
    expect(stateSnapshotSchema.parse(body.value).worker.status).toBe('serving');
  });

  it('requires the token on every route', async () => {
    for (const url of ['/api/state:get', '/api/events', '/', '/nothing']) {
      const res = await fetch(`${base}${url}`, { method: url.startsWith('/api/state') ? 'POST' : 'GET' });
      expect(res.status, url).toBe(401);
    }
    const wrong = await post('state:get', '{}', { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
  });

  it('refuses requests whose Host is not loopback (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve) => {
      const req = http.request(
        `${base}/api/state:get`,
        {
          method: 'POST',
          headers: {
            host: 'evil.example:80',
            authorization: `Bearer ${TOKEN}`,
            'content-type': 'application/json',
          },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.end('{}');
    });
    expect(status).toBe(401);
  });

  it('refuses a foreign Origin and a malformed target with 4xx, never 500', async () => {
    const evil = await post('state:get', '{}', { origin: 'http://evil.example' });
    expect(evil.status).toBe(401);
    const otherPort = await post('state:get', '{}', { origin: 'http://127.0.0.1:1' });
    expect(otherPort.status).toBe(401);
    const raw = (target: string) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request(
          `${base}/`,
          { path: target, headers: { authorization: `Bearer ${TOKEN}` } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end();
      });
    for (const target of ['/%', '/%E0%A4%A', '/assets/%ff.js', '/api/state%'])
      expect(await raw(target), target).toBe(400);
  });

  it('answers schema errors with 400 naming the field', async () => {
    const res = await post('worker:pause', JSON.stringify({ forMs: 'an hour' }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { field: string; message: string } };
    expect(body.error.field).toBe('forMs');
    expect(body.error.message).toContain('forMs');
    const nested = await post('settings:update', JSON.stringify({ patch: { language: 'xx' } }));
    expect(((await nested.json()) as { error: { field: string } }).error.field).toBe('patch.language');
  });

  it('rejects malformed JSON, unknown commands and oversized bodies', async () => {
    expect((await post('state:get', '{"a":')).status).toBe(400);
    expect((await post('nope:never', '{}')).status).toBe(404);
    const huge = JSON.stringify({ patch: { language: 'en' }, pad: 'x'.repeat(200_000) });
    const res = await post('settings:update', huge);
    expect(res.status).toBe(413);
  });

  it('pushes state changes over server-sent events, starting with the current state', async () => {
    const controller = new AbortController();
    const res = await fetch(`${base}/api/events`, {
      headers: { authorization: `Bearer ${TOKEN}` },
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const seen: string[] = [];
    let buffer = '';
    const paused = post('worker:pause', JSON.stringify({ forMs: 60_000 }));
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && !seen.some((s) => s.includes('"status":"paused"'))) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += new TextDecoder().decode(value);
      const parts = buffer.split('\n\n');
      buffer = parts.pop() ?? '';
      seen.push(...parts.filter((p) => p.startsWith('event: state:changed')));
    }
    controller.abort();
    await paused;
    expect(seen[0]).toContain('"status":"serving"');
    expect(
      seen.some((s) => s.includes('"status":"paused"') && s.includes('availability.paused.manualUntil')),
    ).toBe(true);
    await post('worker:resume', '{}');
  });

  it('trades a token link for a cookie so the dashboard needs no header', async () => {
    const res = await fetch(`${base}/?token=${TOKEN}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const withCookie = await fetch(`${base}/api/state:get`, {
      method: 'POST',
      headers: { cookie: cookie.split(';')[0]!, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(withCookie.status).toBe(200);
  });

  it("lets a valid token in the link win over another install's cookie, under a per-install cookie name", async () => {
    const stale = `silkworm_token=stale-token-of-another-install; ${authCookieName('another-install-token')}=another-install-token`;
    const res = await fetch(`${base}/?token=${TOKEN}`, { redirect: 'manual', headers: { cookie: stale } });
    expect(res.status).toBe(303);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(cookie.startsWith(`${authCookieName(TOKEN)}=`)).toBe(true);
    expect(authCookieName(TOKEN)).not.toBe(authCookieName('another-install-token'));
    // the browser now sends both installs' cookies to this port: ours still admits, theirs alone does not
    const both = await fetch(`${base}/api/state:get`, {
      method: 'POST',
      headers: { cookie: `${stale}; ${cookie}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(both.status).toBe(200);
    const theirs = await fetch(`${base}/api/state:get`, {
      method: 'POST',
      headers: { cookie: stale, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(theirs.status).toBe(401);
  });
});
