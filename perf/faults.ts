// perf section "faults": every state file of a daemon that has earned, linked a wallet and claimed is
// damaged in turn — truncated, garbage, empty, a newer version — and a real daemon restarted on it. A
// run is recovered when the daemon starts, the dashboard carries a notice naming the file, and the money
// (claimed + pending) is back to what it was within a deadline; data_lost_nano sums what never came back.
// The kill -9 half of the suite (daemon, sandbox, worker mid-stream) reports under `kills` when it lands.
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { defaultSettings } from '../src/api/settings.js';
import type { StateSnapshot } from '../src/api/state.js';
import { api, startFaultDaemon, until, type FaultDaemon } from './faults-daemon.js';
import { killFaults } from './faults-kills.js';

export const STATE_FILES = [
  'earnings/payments.json',
  'earnings/receipts.jsonl',
  'claims.json',
  'secrets.json',
  'wallet-link.json',
  'devnet/proxy-books.json',
  'devnet/chain.json',
  'bench.json',
] as const;
export const DAMAGES = ['truncate', 'garbage', 'empty', 'wrong-version'] as const;
export type DamageKind = (typeof DAMAGES)[number];

export interface FaultsOptions {
  files?: readonly string[];
  damages?: readonly DamageKind[];
}

const money = (s: StateSnapshot): bigint => BigInt(s.earnings.claimedNano) + BigInt(s.earnings.pendingNano);
const state = (d: FaultDaemon): Promise<StateSnapshot> => api<StateSnapshot>(d, 'state:get');

async function complete(url: string, i: number): Promise<void> {
  const res = await fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'silkworm-tiny',
      messages: [{ role: 'user', content: `fault suite ${i}` }],
      max_tokens: 12,
    }),
  });
  await res.text();
  if (res.status !== 200) throw new Error(`completion ${i}: HTTP ${res.status}`);
}

async function ready(d: FaultDaemon, timeoutMs: number): Promise<StateSnapshot | null> {
  return until(async () => {
    const s = await state(d);
    // The local network checks the demo model: client requests reach the worker in the paid lane only.
    const paid = s.network.proxies.some((p) => p.status === 'ready' && p.standing?.lane === 'paid');
    return s.network.clientUrl !== null && paid ? s : null;
  }, timeoutMs);
}

/** Links the devnet wallet through its approval page, as an owner would click it. */
async function linkDevnetWallet(d: FaultDaemon): Promise<void> {
  const offer = await api<{ wallets: { appName: string; link: string }[] }>(d, 'wallet:link');
  const link = offer.wallets.find((w) => w.appName === 'silkworm-devnet-wallet')?.link;
  if (!link) throw new Error('no devnet wallet offered');
  const page = await (await fetch(link)).text();
  const id = /name="id" value="([^"]+)"/.exec(page)?.[1];
  if (!id) throw new Error('the devnet wallet shows no connect request');
  await fetch(new URL('/wallet/approve', link), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `id=${encodeURIComponent(id)}`,
  });
  if (!(await until(async () => ((await state(d)).wallet.linked ? true : null), 30_000)))
    throw new Error('the wallet never linked');
}

/** A data folder that has earned, linked the devnet wallet, claimed once and earned again (pending). */
async function baseline(dir: string): Promise<bigint> {
  const base = defaultSettings();
  const settings = {
    ...base,
    availability: { ...base.availability, pauseForGames: false, gpuBusyThresholdMb: null },
    network: { ...base.network, devnetRequestsPerMinute: 0 },
  };
  await writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings));
  const d = await startFaultDaemon(dir);
  try {
    let s = await ready(d, 60_000);
    if (!s) throw new Error('the worker never became ready');
    for (let i = 0; i < 3; i++) await complete(s.network.clientUrl ?? '', i);
    await linkDevnetWallet(d);
    s = await ready(d, 60_000);
    for (let i = 3; i < 6; i++) await complete(s?.network.clientUrl ?? '', i);
    await until(async () => ((await state(d)).earnings.requestsServed >= 6 ? true : null), 30_000);
    await api(d, 'earnings:claim', { force: true });
    for (let i = 6; i < 8; i++) await complete(s?.network.clientUrl ?? '', i);
    const settled = await until(async () => {
      const st = await state(d);
      return st.earnings.requestsServed >= 8 &&
        BigInt(st.earnings.pendingNano) > 0n &&
        BigInt(st.earnings.claimedNano) > 0n
        ? st
        : null;
    }, 30_000);
    if (!settled) throw new Error('the baseline never showed claimed and pending money');
    return money(settled);
  } finally {
    await d.stop();
  }
}

export async function damageFile(file: string, kind: DamageKind): Promise<void> {
  const text = await readFile(file, 'utf8');
  switch (kind) {
    case 'truncate':
      return writeFile(file, text.slice(0, Math.floor(text.length / 2)));
    case 'garbage':
      return writeFile(file, randomBytes(256));
    case 'empty':
      return writeFile(file, '');
    case 'wrong-version': {
      if (file.endsWith('.jsonl'))
        return writeFile(file, [JSON.stringify({ version: 99 }), ...text.split('\n').slice(1)].join('\n'));
      const doc = JSON.parse(text) as Record<string, unknown>;
      return writeFile(file, JSON.stringify({ ...doc, version: 99 }));
    }
  }
}

interface RunResult {
  startOk: boolean;
  noticed: boolean;
  lostNano: bigint;
}

async function run(pristine: string, file: string, kind: DamageKind, before: bigint): Promise<RunResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sw-faults-run-'));
  try {
    await cp(pristine, dir, { recursive: true });
    await damageFile(path.join(dir, file), kind);
    let d: FaultDaemon;
    try {
      d = await startFaultDaemon(dir);
    } catch {
      return { startOk: false, noticed: false, lostNano: before };
    }
    try {
      const noticed = (await state(d)).notices.some((n) => (n.params?.file ?? '').endsWith(file));
      const back = await until(async () => {
        const s = await state(d);
        return money(s) >= before ? s : null;
      }, 45_000);
      const after = back ? money(back) : money(await state(d));
      return { startOk: true, noticed, lostNano: after >= before ? 0n : before - after };
    } finally {
      await d.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}

export async function faultsPerf(
  options: FaultsOptions = {},
): Promise<Record<string, number | string | null>> {
  const pristine = await mkdtemp(path.join(os.tmpdir(), 'sw-faults-'));
  try {
    const before = await baseline(pristine);
    const present: string[] = [];
    for (const f of options.files ?? STATE_FILES)
      if (
        await stat(path.join(pristine, f)).then(
          () => true,
          () => false,
        )
      )
        present.push(f);
    let runs = 0;
    let startOk = 0;
    let recovered = 0;
    let lost = 0n;
    const failed: string[] = [];
    for (const file of present) {
      for (const kind of options.damages ?? DAMAGES) {
        const r = await run(pristine, file, kind, before);
        runs += 1;
        if (r.startOk) startOk += 1;
        lost += r.lostNano;
        if (r.startOk && r.noticed && r.lostNano === 0n) recovered += 1;
        else
          failed.push(
            `${file}:${kind}${r.startOk ? '' : ' no-start'}${r.noticed ? '' : ' no-notice'}${r.lostNano > 0n ? ` lost ${r.lostNano}` : ''}`,
          );
      }
    }
    return {
      files: present.length,
      runs,
      recovered,
      start_ok: startOk,
      data_lost_nano: lost.toString(),
      money_before_nano: before.toString(),
      failed: failed.join('; ') || null,
      ...(options.files === undefined && options.damages === undefined
        ? await killFaults()
        : { kills: null }),
    };
  } finally {
    await rm(pristine, { recursive: true, force: true, maxRetries: 5 });
  }
}
