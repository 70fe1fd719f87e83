// `silkworm daemon [--port N] [--data-dir D] [--ton-endpoint URL --root-address ADDR]`: run headless and
// print the dashboard link. With a TON endpoint and a root address it serves that network (and saves it).
import { intFlag, parseArgs, UsageError } from '../args.js';
import { DEFAULT_PORT, defaultDataDir } from '../../daemon/paths.js';
import { startDaemon } from '../../daemon/daemon.js';
import { errorMessage } from '../../logging/logger.js';

export async function daemonCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { values: ['port', 'data-dir', 'ton-endpoint', 'root-address'] });
  const endpoint = parsed.flags.get('ton-endpoint');
  const root = parsed.flags.get('root-address');
  if ((typeof endpoint === 'string') !== (typeof root === 'string'))
    throw new UsageError('--ton-endpoint and --root-address go together');
  const port = intFlag(parsed, 'port', 0, 65535) ?? DEFAULT_PORT;
  const dataDirFlag = parsed.flags.get('data-dir');
  const dataDir = typeof dataDirFlag === 'string' ? dataDirFlag : defaultDataDir();
  const settings =
    typeof endpoint === 'string' && typeof root === 'string'
      ? { network: { mode: 'remote' as const, tonEndpoint: endpoint, rootAddress: root } }
      : undefined;
  const daemon = await startDaemon({ dataDir, port, ...(settings ? { settings } : {}) }).catch(
    (err: unknown) => {
      const message =
        (err as NodeJS.ErrnoException).code === 'EADDRINUSE'
          ? `port ${port} is in use — is another silkworm daemon running? Try --port 0 for any free port.`
          : errorMessage(err);
      // A start that failed half way may leave sockets or timers of the parts it built; exit rather than hang.
      process.stderr.write(`silkworm daemon: could not start: ${message}\n`);
      process.exit(1);
    },
  );
  process.stdout.write(`Silkworm dashboard: ${daemon.url}?token=${daemon.token}\n`);
  process.stdout.write(`Data folder: ${dataDir}. Stop with Ctrl+C.\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stderr.write('silkworm: stopping…\n');
  await daemon.close();
  return 0;
}
