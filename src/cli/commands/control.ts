// `silkworm status|pause|resume`: talk to the running daemon through the same HTTP API the dashboard uses.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs, parseDuration } from '../args.js';
import { dataFiles, defaultDataDir } from '../../daemon/paths.js';
import { readToken } from '../../daemon/token.js';
import {
  commands,
  stateSnapshotSchema,
  type CommandName,
  type NextClaim,
  type StateSnapshot,
} from '../../api/index.js';
import { formatTon } from '../../api/money.js';

export async function call(dataDir: string, command: CommandName, payload: object): Promise<unknown> {
  let info: { url: string };
  try {
    info = JSON.parse(await fs.readFile(path.join(dataDir, dataFiles.daemon), 'utf8')) as { url: string };
  } catch {
    throw new Error(`no daemon is running for ${dataDir} (start one with \`silkworm daemon\`)`);
  }
  const token = await readToken(dataDir);
  const res = await fetch(new URL(`api/${command}`, info.url), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  }).catch(() => {
    throw new Error(`the daemon at ${info.url} does not answer (was it stopped?)`);
  });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
  return body.value;
}

function dataDirOf(parsed: ReturnType<typeof parseArgs>): string {
  const flag = parsed.flags.get('data-dir');
  return typeof flag === 'string' ? flag : defaultDataDir();
}

function describe(state: StateSnapshot): string {
  const e = state.earnings;
  return [
    `${state.worker.status}: ${state.worker.reason}`,
    `earned today ${formatTon(e.todayNano)} TON, total ${formatTon(e.totalNano)} TON (${e.requestsServed} requests)`,
    state.wallet.linked ? `wallet ${state.wallet.address ?? ''}` : 'no wallet linked',
    ...nodeWalletLines(state),
    state.model
      ? `model ${state.model.name}${state.model.demo ? ' (demo model: generated weights, for the offline devnet)' : ''}`
      : 'no model chosen',
    ...(state.engine
      ? [
          `engine ${state.engine.backend}${state.engine.device ? ` on ${state.engine.device}` : ''}, ${state.engine.gpuLayers}/${state.engine.totalLayers} layers on the GPU, context ${state.engine.contextSize}`,
        ]
      : []),
  ].join('\n');
}

const WAITING: Record<NonNullable<NextClaim['waiting']>, string> = {
  'below-threshold': 'waits until enough is pending for the fee to be a small share of it',
  'node-wallet-low': 'waits: the node wallet cannot pay the fee (top it up)',
  'root-params-unknown': "waits: the network's root contract has not been read yet",
  'worker-contract-mismatch':
    "not claimed: the proxy's worker contract is not the one the root contract gives for this owner",
  'earlier-wallet':
    'not claimed: earned while another wallet was linked, which alone can receive it (link it again)',
  'would-fail': 'waits: the chain says it would not pay now (the proxy contract may lack funds)',
  'claims-blocked': 'claims are paused until the claim history is rebuilt',
  'claim-in-flight': 'a claim is being confirmed on chain',
};

/** The node wallet (pays claim fees) and the next claim: balance, top-up address, "needs funding", fee. */
function nodeWalletLines(state: StateSnapshot): string[] {
  const w = state.wallet.nodeWallet;
  const next = state.earnings.nextClaim;
  const lines: string[] = [];
  if (w) {
    const balance = w.balanceNano === null ? 'balance unknown' : `${formatTon(w.balanceNano)} TON`;
    lines.push(`node wallet ${balance} (pays claim fees), top up at ${w.topUpAddress}`);
    if (w.needsFunding)
      lines.push(
        `NEEDS FUNDING: a claim waits because the node wallet cannot pay its fee; send at least ${formatTon(w.shortNano ?? w.requiredNano ?? '0')} TON to ${w.topUpAddress} (nothing is lost meanwhile)`,
      );
  }
  if (next)
    lines.push(
      `next claim: fee ${formatTon(next.feeNano)} TON (${next.feeSource}), sent by itself from ${formatTon(next.thresholdNano)} TON pending${next.waiting ? `; ${WAITING[next.waiting]}` : ''}`,
    );
  return lines;
}

async function printState(value: unknown, json: boolean): Promise<number> {
  const state = stateSnapshotSchema.parse(value);
  process.stdout.write((json ? JSON.stringify(state) : describe(state)) + '\n');
  return Promise.resolve(0);
}

export async function statusCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { values: ['data-dir'], booleans: ['json'] });
  return printState(await call(dataDirOf(parsed), 'state:get', {}), parsed.flags.has('json'));
}

export async function pauseCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { values: ['data-dir', 'for'], booleans: ['json', 'until-tomorrow'] });
  const forText = parsed.flags.get('for');
  const payload =
    typeof forText === 'string'
      ? { forMs: parseDuration(forText) }
      : parsed.flags.has('until-tomorrow')
        ? { until: 'tomorrow' }
        : {};
  return printState(await call(dataDirOf(parsed), 'worker:pause', payload), parsed.flags.has('json'));
}

export async function resumeCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { values: ['data-dir'], booleans: ['json'] });
  return printState(await call(dataDirOf(parsed), 'worker:resume', {}), parsed.flags.has('json'));
}

/**
 * `silkworm claim [--force]`: "claim now" — submit every signed payment on chain regardless of the
 * threshold; a claim whose fee is too large a share is refused with the figures unless --force.
 */
export async function claimCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { values: ['data-dir'], booleans: ['json', 'force'] });
  const { claims, refused } = commands['earnings:claim'].response.parse(
    await call(dataDirOf(parsed), 'earnings:claim', { force: parsed.flags.has('force') }),
  );
  if (parsed.flags.has('json')) {
    process.stdout.write(JSON.stringify({ claims, refused }) + '\n');
  } else {
    for (const c of claims) {
      const to =
        c.recipientKind === 'node-wallet'
          ? 'the node wallet (not your wallet)'
          : c.recipientKind === 'owner'
            ? 'your wallet'
            : 'no one';
      process.stdout.write(
        `${c.status}: ${formatTon(c.receivedNano)} TON arrived at ${to}${c.recipient ? ` ${c.recipient}` : ''}, fee ${formatTon(c.feesNano)} TON${c.txHash ? `, tx ${c.txHash}` : ''}${c.detail ? ` (${c.detail})` : ''}\n`,
      );
    }
    for (const r of refused)
      process.stdout.write(
        `refused: ${r.message}${r.reason === 'fee-too-high' ? ' (silkworm claim --force)' : ''}\n`,
      );
  }
  return refused.length === 0 && claims.every((c) => c.status === 'paid') ? 0 : 1;
}
