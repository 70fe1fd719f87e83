// Protocol negotiation over real framed connections (TCP → PoW → TLS 1.3) against two proxy eras: a
// b75d444-style proxy (range [0,2], cannot parse worker.params bit 2) and a 9060ce5-style one ([0,4]).
// The worker offers [1,4] to both; the machine description goes only to a proxy that negotiated 4.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedProxy } from '../support/scripted-proxy.js';
import { waitFor } from '../support/wait-for.js';
import { testSession, type TestSession } from './net-session-helpers.js';

const machine = {
  backend: 'cuda',
  gpu: 'NVIDIA GeForce RTX 4070',
  vram_mib: 12282,
  driver: '550.54',
  benchmark_tokens_per_s: 87.5,
  trust_tier: 'home',
  hostname: 'alices-gaming-pc', // not on the allow-list: must never leave
  serial: 'GPU-1234-5678',
};

let old: ScriptedProxy;
let current: ScriptedProxy;
const sessions: TestSession[] = [];

beforeAll(async () => {
  [old, current] = await Promise.all([ScriptedProxy.start('b75d444'), ScriptedProxy.start('9060ce5')]);
});

afterAll(async () => {
  for (const s of sessions) await s.close();
  await Promise.all([old.close(), current.close()]);
});

async function ready(proxy: ScriptedProxy, identity = {}): Promise<TestSession> {
  const s = await testSession(proxy, { identity });
  sessions.push(s);
  await waitFor(() => s.session.info, { timeoutMs: 20_000, what: 'a completed handshake' });
  return s;
}

describe('protocol versions', () => {
  it('a b75d444 proxy (max 2) negotiates 2 from our [1,4] and is never sent the machine description', async () => {
    const s = await ready(old, { machineDescription: () => machine });
    expect(s.session.info?.protoVersion).toBe(2);
    expect(s.session.info?.described).toBe(false);
    const [link] = old.links;
    expect(link?.params).toMatchObject({ flags: 3, min_proto_version: 1, max_proto_version: 4 });
    expect(link?.params.machine_description_json).toBeUndefined();
    expect(old.links).toHaveLength(1); // no redial: nothing more to tell this proxy
    expect(s.status.at(-1)).toMatchObject({ status: 'ready', detail: 'serving (protocol v2)' });
    s.session.stop('next test');
  });

  it('a 9060ce5 proxy (max 4) negotiates 4, and the worker redials once to send the machine description', async () => {
    const s = await ready(current, { machineDescription: () => machine });
    expect(s.session.info).toMatchObject({ protoVersion: 4, described: true });
    expect(current.links).toHaveLength(2);
    const [first, second] = current.links;
    expect(first?.params.flags).toBe(3);
    expect(first?.complete).toBe(false);
    expect(first?.conn.closed).toBeDefined();
    expect(second?.params).toMatchObject({ flags: 7, min_proto_version: 1, max_proto_version: 4 });
    const { hostname, serial, ...allowed } = machine;
    expect([hostname, serial]).toHaveLength(2);
    expect(JSON.parse(second?.params.machine_description_json ?? 'null')).toEqual(allowed);
    expect(second?.complete).toBe(true);
    // The redial is not a failure: no backoff, no 'down' on the way.
    expect(s.status.some((x) => x.status === 'down')).toBe(false);
    s.session.stop('next test');
  });

  it('a 9060ce5 proxy gets plain params, once, from a worker with nothing to describe', async () => {
    const before = current.links.length;
    const s = await ready(current, { machineDescription: () => null });
    expect(s.session.info).toMatchObject({ protoVersion: 4, described: false });
    expect(current.links.length - before).toBe(1);
    expect(current.links.at(-1)?.params.flags).toBe(3);
    s.session.stop('next test');
  });

  it('after a proxy falls back to b75d444 at the same address, a described handshake fails once, then plain', async () => {
    // The session learned "v4" from a 9060ce5 proxy; the address now answers as a b75d444 proxy.
    const s = await ready(current, { machineDescription: () => machine });
    expect(s.session.info?.described).toBe(true);
    const port = current.port;
    await current.close();
    current = await ScriptedProxy.start('b75d444', port);
    await waitFor(() => current.links.some((l) => l.complete), {
      timeoutMs: 30_000,
      what: 'a plain handshake',
    });
    expect(current.unparsed.map((p) => p.flags)).toEqual([7]); // one described attempt, then no more
    expect(current.links.map((l) => l.params.flags)).toEqual([3]);
    await waitFor(() => s.session.info, { timeoutMs: 10_000, what: 'the session on the old proxy' });
    expect(s.session.info).toMatchObject({ protoVersion: 2, described: false });
  });
});
