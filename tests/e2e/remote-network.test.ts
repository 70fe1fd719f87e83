// The real network path end to end: `silkworm devnet serve` runs a local network as its own process, and a
// daemon given only `--ton-endpoint` and `--root-address` finds the proxy through the root contract over
// TON's HTTP API, verifies it, serves client requests, books receipts and claims on chain — the node wallet
// funded from the network's faucet once it says it needs funding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { apiCall, repoRoot, startDaemonProcess, type DaemonProcess } from '../support/daemon.js';
import { waitFor } from '../support/wait-for.js';
import type { StateSnapshot } from '../../src/api/state.js';

interface ServeInfo {
  ton_endpoint: string;
  root_address: string;
  client_url: string;
  proxy_worker_address: string;
}

let serve: ChildProcess;
let info: ServeInfo;
let daemon: DaemonProcess;
const state = async (): Promise<StateSnapshot> => (await apiCall(daemon, 'state:get')) as StateSnapshot;

beforeAll(async () => {
  serve = spawn(
    process.execPath,
    [path.join(repoRoot, 'bin', 'silkworm.js'), 'devnet', 'serve', '--json', '--pow', '8'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  serve.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  info = await new Promise<ServeInfo>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`devnet serve printed nothing in 60 s:\n${out}`)),
      60_000,
    );
    let line = '';
    serve.stdout?.on('data', (d: Buffer) => {
      line += d.toString();
      if (!line.includes('\n')) return;
      clearTimeout(timer);
      resolve(JSON.parse(line.split('\n')[0] ?? '') as ServeInfo);
    });
    serve.once('exit', (code) => reject(new Error(`devnet serve exited with ${code}:\n${out}`)));
  });
  daemon = await startDaemonProcess({
    args: ['--ton-endpoint', info.ton_endpoint, '--root-address', info.root_address],
  });
}, 120_000);

afterAll(async () => {
  await daemon?.stop();
  serve?.kill('SIGTERM');
});

describe('a daemon given a TON endpoint and a root address', () => {
  it('prints what it serves', () => {
    expect(info.ton_endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(info.proxy_worker_address).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it('discovers and verifies the proxy from the root, serves clients, and claims on chain', async () => {
    const ready = await waitFor(
      async () => {
        const s = await state();
        return s.network.proxies.some((p) => p.status === 'ready') ? s : null;
      },
      { timeoutMs: 90_000, what: 'the daemon to find, verify and join the proxy' },
    );
    expect(ready.network.mode).toBe('remote');
    expect(ready.network.root).toMatchObject({ status: 'ok', isTest: true, registeredProxies: 1 });
    expect(ready.network.proxies).toEqual([
      expect.objectContaining({ address: info.proxy_worker_address, tier: 'home', verified: true }),
    ]);
    // The daemon saved the network it was given.
    const settings = (await apiCall(daemon, 'settings:get')) as {
      network: { mode: string; rootAddress: string };
    };
    expect(settings.network).toMatchObject({ mode: 'remote', rootAddress: info.root_address });
    // `devnet serve` checks the demo model's workers: client requests reach this one once its
    // evaluation checks passed, which its standing says.
    await waitFor(
      async () => ((await state()).network.proxies.some((p) => p.standing?.lane === 'paid') ? true : null),
      { timeoutMs: 60_000, what: 'the worker to pass its evaluation and enter the paid lane' },
    );

    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${info.client_url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          model: ready.model?.name ?? 'silkworm-tiny',
          messages: [{ role: 'user', content: `remote ${i}` }],
          max_tokens: 16,
        }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { usage: { total_cost?: number } };
      expect(body.usage.total_cost).toBeGreaterThan(0); // Cocoon's cost fields at the root's price
    }
    const earned = await waitFor(
      async () => {
        const s = await state();
        return s.earnings.requestsServed >= 3 && s.earnings.pendingNano !== '0' ? s : null;
      },
      { timeoutMs: 30_000, what: 'three receipts and a signed payment' },
    );
    expect(earned.earnings.tokensServed).toBeGreaterThan(0);

    // A remote network has no faucet the node knows of: the node wallet is empty, the claim is refused
    // with what it needs, and the dashboard says the node wallet needs funding.
    const first = (await apiCall(daemon, 'earnings:claim', { force: true })) as {
      claims: unknown[];
      refused: Array<{ reason: string; requiredNano: string }>;
    };
    expect(first.claims).toEqual([]);
    expect(first.refused[0]?.reason).toBe('needs-funding');
    const wallet = await waitFor(
      async () => {
        const w = (await state()).wallet.nodeWallet;
        return w?.needsFunding ? w : null;
      },
      { timeoutMs: 30_000, what: 'the node wallet to say it needs funding' },
    );
    expect(wallet.balanceNano).toBe('0');
    const origin = new URL(info.ton_endpoint).origin;
    const funded = await fetch(`${origin}/devnet/faucet`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ address: wallet.topUpAddress, nano: '2000000000' }),
    });
    expect(funded.status).toBe(200);
    const paid = await waitFor(
      async () => {
        const r = (await apiCall(daemon, 'earnings:claim', { force: true })) as {
          claims: Array<{ status: string; amountNano: string; txHash: string | null }>;
        };
        return r.claims.find((c) => c.status === 'paid') ?? null;
      },
      { timeoutMs: 30_000, what: 'a paid claim once the node wallet is funded' },
    );
    expect(BigInt(paid.amountNano)).toBeGreaterThan(0n);
    expect(paid.txHash).not.toBeNull();
  });
});
