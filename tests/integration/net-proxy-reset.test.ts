// A proxy whose database was reset ("fresh books") while our ledger holds its signed payment (issue 15,
// item 8): the worker reports this connection's counters, 0/0/0, so the proxy has nothing to abort on; it
// keeps the higher payment it holds, notes that the proxy is behind, and serves on. Over real TLS links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import type { EarningsLedger } from '../../src/earnings/ledger.js';
import { ScriptedProxy } from '../support/scripted-proxy.js';
import { waitFor } from '../support/wait-for.js';
import { OWNER, openLedger, testSession, type TestSession } from './net-session-helpers.js';

let proxy: ScriptedProxy;
let ledger: EarningsLedger;
let dir: string;
let s: TestSession | null = null;

beforeAll(async () => {
  proxy = await ScriptedProxy.start('9060ce5');
  ({ ledger, dir } = await openLedger());
});

afterAll(async () => {
  await s?.close();
  await proxy.close();
  await ledger.close();
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

const held = (): bigint | undefined => ledger.payments.get(proxy.signer.workerSc(OWNER))?.tokens;
const ready = async (what: string): Promise<TestSession> => {
  const t = await testSession(proxy, { ledger });
  await waitFor(() => t.session.info, { timeoutMs: 20_000, what });
  return t;
};

describe('a proxy that forgot', () => {
  it('earns a signed payment for 500 tokens first', async () => {
    s = await ready('the first handshake');
    proxy.pay(proxy.links.at(-1)!, 500n);
    await waitFor(() => held() === 500n, { timeoutMs: 10_000, what: 'the payment in the ledger' });
    s.session.stop('worker restarts');
  });

  it('after a reset, the handshake reports 0/0/0, completes, and the ledger keeps 500', async () => {
    proxy.forget();
    s = await ready('a handshake with fresh books');
    const link = proxy.links.at(-1)!;
    expect(link.reported).toEqual({ chain: 0n, db: 0n, max: 0n });
    expect(proxy.aborts).toBe(0);
    expect(link.complete).toBe(true);
    expect(held()).toBe(500n);
    expect(s.session.info?.payments.behind).toEqual({ held: 500n, proxy: 0n });
    expect(s.status.at(-1)?.detail).toMatch(/the proxy signs 0 tokens, our ledger keeps 500/);
    expect(s.lines.some((l) => l.level === 'warn' && /below the 500 our ledger holds/.test(l.message))).toBe(
      true,
    );
  });

  it('serves on while the proxy pays below the ledger, and takes the payment once it passes ours', async () => {
    const link = proxy.links.at(-1)!;
    proxy.pay(link, 100n);
    await waitFor(() => s?.session.info?.payments.behind?.proxy === 100n, {
      timeoutMs: 10_000,
      what: 'the lower payment noted',
    });
    expect(link.conn.closed).toBeUndefined();
    expect(held()).toBe(500n);
    proxy.pay(link, 450n);
    await waitFor(() => s?.session.info?.payments.behind === null, {
      timeoutMs: 10_000,
      what: 'the proxy caught up',
    });
    expect(held()).toBe(550n);
    expect(s?.status.at(-1)?.detail).toBe('serving (protocol v4)');
    expect(proxy.links.at(-1)).toBe(link);
  });

  it('still drops a connection on which the proxy goes below what it signed there', async () => {
    const link = proxy.links.at(-1)!;
    const links = proxy.links.length;
    proxy.sendPayment(link, 10n);
    await waitFor(() => link.conn.closed, { timeoutMs: 10_000, what: 'the connection dropped' });
    await waitFor(() => proxy.links.length > links && s?.session.info, {
      timeoutMs: 20_000,
      what: 'a fresh handshake',
    });
    expect(held()).toBe(550n);
    expect(proxy.aborts).toBe(0);
  });
});
