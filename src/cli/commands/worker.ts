// `silkworm worker --proxy HOST:PORT --owner ADDRESS [--data-dir D] [--fee-per-token N]`: one headless
// worker process (engine + attested proxy sessions + durable ledger), no dashboard. The devnet command
// starts N of these. Prints `ready` once every proxy handshake is complete.
import { Address } from '@ton/core';
import { intFlag, parseArgs, UsageError } from '../args.js';
import { defaultDataDir } from '../../daemon/paths.js';
import { createLogger, stderrSink } from '../../logging/logger.js';
import { startHeadlessWorker } from '../../node/headless-worker.js';

export async function workerCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, {
    values: ['proxy', 'owner', 'data-dir', 'fee-per-token', 'coefficient', 'max-active'],
    booleans: ['mainnet'],
  });
  const proxy = parsed.flags.get('proxy');
  const owner = parsed.flags.get('owner');
  if (typeof proxy !== 'string' || typeof owner !== 'string')
    throw new UsageError('--proxy HOST:PORT and --owner ADDRESS are required');
  const dataDir = parsed.flags.get('data-dir');
  const fee = parsed.flags.get('fee-per-token');
  const log = createLogger('worker', stderrSink);
  const worker = await startHeadlessWorker({
    dataDir: typeof dataDir === 'string' ? dataDir : defaultDataDir(),
    proxies: proxy.split(','),
    owner: Address.parse(owner),
    feePerToken: typeof fee === 'string' ? BigInt(fee) : 0n,
    coefficient: intFlag(parsed, 'coefficient', 0, 999_999_999) ?? 1000,
    maxActiveRequests: intFlag(parsed, 'max-active', 1, 256) ?? 4,
    isTest: !parsed.flags.has('mainnet'),
    log,
  });
  const deadline = Date.now() + 60_000;
  while (worker.network.views().some((v) => v.status !== 'ready') && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  process.stdout.write(worker.network.views().every((v) => v.status === 'ready') ? 'ready\n' : 'not-ready\n');
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await worker.stop();
  return 0;
}
