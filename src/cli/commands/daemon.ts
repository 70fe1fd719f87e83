// `silkworm daemon [--port N] [--data-dir D]`: run headless and print the dashboard link.
import { intFlag, parseArgs } from '../args.js';
import { DEFAULT_PORT, defaultDataDir } from '../../daemon/paths.js';
import { startDaemon } from '../../daemon/daemon.js';

export async function daemonCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { values: ['port', 'data-dir'] });
  const port = intFlag(parsed, 'port', 0, 65535) ?? DEFAULT_PORT;
  const dataDirFlag = parsed.flags.get('data-dir');
  const dataDir = typeof dataDirFlag === 'string' ? dataDirFlag : defaultDataDir();
  const daemon = await startDaemon({ dataDir, port }).catch((err: unknown) => {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`port ${port} is in use — is another silkworm daemon running? Try --port 0 for any free port.`);
    }
    throw err;
  });
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
