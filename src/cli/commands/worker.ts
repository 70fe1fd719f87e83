// `silkworm worker --ton-endpoint URL --root-address ADDR [--owner ADDRESS] [--data-dir D] [--model ID]
// [--max-active N] [--coefficient C] [--proxy H:P,…]`: one headless worker process — the app's node
// without the dashboard — that finds its proxies through the root contract, verifies them, serves, and
// claims on chain. `--proxy` adds unverified proxies (expert override). Prints `ready` once some proxy
// handshake is complete (`not-ready` after 90 s).
import { Address } from '@ton/core';
import { intFlag, parseArgs, UsageError } from '../args.js';
import { defaultDataDir } from '../../daemon/paths.js';
import { stderrSink } from '../../logging/logger.js';
import { startHeadlessWorker } from '../../launch/headless-worker.js';

export async function workerCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, {
    values: [
      'ton-endpoint',
      'root-address',
      'owner',
      'data-dir',
      'model',
      'coefficient',
      'max-active',
      'proxy',
    ],
    booleans: ['mainnet'],
  });
  const endpoint = parsed.flags.get('ton-endpoint');
  const root = parsed.flags.get('root-address');
  if (typeof endpoint !== 'string' || typeof root !== 'string')
    throw new UsageError('--ton-endpoint URL and --root-address ADDRESS are required');
  const owner = parsed.flags.get('owner');
  const dataDir = parsed.flags.get('data-dir');
  const model = parsed.flags.get('model');
  const proxy = parsed.flags.get('proxy');
  const maxActive = intFlag(parsed, 'max-active', 1, 256);
  const node = await startHeadlessWorker({
    dataDir: typeof dataDir === 'string' ? dataDir : defaultDataDir(),
    owner: typeof owner === 'string' ? Address.parse(owner) : undefined,
    logSink: stderrSink,
    settings: {
      autoStart: true,
      coefficient: intFlag(parsed, 'coefficient', 0, 999_999_999) ?? 1000,
      network: {
        mode: 'remote',
        tonNetwork: parsed.flags.has('mainnet') ? 'mainnet' : 'testnet',
        tonEndpoint: endpoint,
        rootAddress: root,
        proxies: typeof proxy === 'string' ? proxy.split(',') : [],
      },
      ...(typeof model === 'string' ? { model: { selected: model } } : { model: { selected: 'tiny' } }),
      ...(maxActive !== undefined ? { availability: { maxConcurrency: maxActive } } : {}),
    },
  });
  const ready = (): boolean => node.state.get().network.proxies.some((p) => p.status === 'ready');
  const deadline = Date.now() + 90_000;
  while (!ready() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  process.stdout.write(ready() ? 'ready\n' : 'not-ready\n');
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await node.stop();
  return 0;
}
