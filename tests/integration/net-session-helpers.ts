// A worker-side ProxySession against a ScriptedProxy, with a real ledger in a temp dir; for the session
// tests of protocol versions, payments after a proxy reset, and model changes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Address } from '@ton/core';
import { EarningsLedger } from '../../src/earnings/ledger.js';
import { createLogger } from '../../src/logging/logger.js';
import type { LogLine } from '../../src/api/events.js';
import type { InferenceBackend } from '../../src/net/query-runner.js';
import { ProxySession, type ProxySessionOptions, type ProxyStatus } from '../../src/net/proxy-session.js';
import { UNIT_MULTIPLIERS } from '../../src/net/token-counter.js';
import type { WorkerIdentity } from '../../src/net/worker-handshake.js';
import type { ScriptedProxy } from '../support/scripted-proxy.js';

export const OWNER = new Address(0, Buffer.alloc(32, 3));

export const unusedBackend: InferenceBackend = {
  request: () => Promise.reject(new Error('this test serves no requests')),
};

export interface TestSession {
  session: ProxySession;
  ledger: EarningsLedger;
  status: { status: ProxyStatus; detail: string }[];
  lines: LogLine[];
  close(): Promise<void>;
}

export async function openLedger(): Promise<{ ledger: EarningsLedger; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'sw-session-'));
  return { ledger: await EarningsLedger.open({ dir, log: createLogger('ledger', () => undefined) }), dir };
}

export async function testSession(
  proxy: ScriptedProxy,
  o: {
    identity?: Partial<WorkerIdentity>;
    ledger?: EarningsLedger;
    options?: Partial<ProxySessionOptions>;
  } = {},
): Promise<TestSession> {
  const own = o.ledger ? null : await openLedger();
  const ledger = o.ledger ?? (own as { ledger: EarningsLedger }).ledger;
  const status: TestSession['status'] = [];
  const lines: LogLine[] = [];
  let active = 0;
  const session = new ProxySession({
    address: `127.0.0.1:${proxy.port}`,
    dial: proxy.dial,
    identity: () => ({
      ownerAddress: OWNER.toString({ testOnly: true, bounceable: false }),
      model: 'silkworm-tiny',
      coefficient: 1000,
      isTest: true,
      proxyCount: 1,
      maxActiveRequests: 2,
      ...o.identity,
    }),
    ledger,
    backend: unusedBackend,
    multipliers: () => UNIT_MULTIPLIERS,
    feePerToken: () => 1n,
    admit: () => (active < 2 ? (active++, true) : false),
    release: () => {
      active -= 1;
    },
    isDisabled: () => false,
    onStatus: (s, detail) => status.push({ status: s, detail }),
    onRequestDone: () => undefined,
    log: createLogger('session', (l) => lines.push(l), 'debug'),
    backoff: { initialMs: 50, maxMs: 200 },
    ...o.options,
  });
  session.start();
  return {
    session,
    ledger,
    status,
    lines,
    close: async () => {
      session.stop('test done');
      if (own) {
        await ledger.close();
        await rm(own.dir, { recursive: true, force: true, maxRetries: 5 });
      }
    },
  };
}
