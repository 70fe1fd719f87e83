// The `silkworm` command line. Each subcommand lives in its own module under ./commands and is loaded
// only when used, so `silkworm status` stays light. Capabilities add their subcommand to this table.
import { errorMessage } from '../logging/logger.js';

export type CliCommand = (args: string[]) => Promise<number>;

const table: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  model: {
    summary:
      'model list|download|import|use|rm [--json]   the served model: catalog, imports, LM Studio/Ollama, demo',
    load: async () => (await import('./commands/model.js')).modelCommand,
  },
  daemon: {
    summary: 'daemon [--port N] [--data-dir D]   run the worker, the dashboard and the API on 127.0.0.1',
    load: async () => (await import('./commands/daemon.js')).daemonCommand,
  },
  protocol: {
    summary: 'protocol ids|decode|encode         Cocoon TL ids, a frame payload as JSON and back',
    load: async () => (await import('./commands/protocol.js')).protocolCommand,
  },
  worker: {
    summary: 'worker --proxy H:P --owner ADDR [--data-dir D] one headless worker process (no dashboard)',
    load: async () => (await import('./commands/worker.js')).workerCommand,
  },
  devnet: {
    summary:
      'devnet --workers N --duration S [--rate R] --json   a devnet proxy, N worker processes, load, books',
    load: async () => (await import('./commands/devnet.js')).devnetCommand,
  },
  status: {
    summary: "status [--json]                    show the running daemon's state",
    load: async () => (await import('./commands/control.js')).statusCommand,
  },
  pause: {
    summary: 'pause [--for 1h|15m | --until-tomorrow] pause serving (until resumed, or for a while)',
    load: async () => (await import('./commands/control.js')).pauseCommand,
  },
  bench: {
    summary:
      'bench [--json] [--model F] [--reps N] [--threads N] [--save]   benchmark this machine (pp512/tg128)',
    load: async () => (await import('./commands/bench.js')).benchCommand,
  },
  claim: {
    summary:
      'claim [--force] [--json]           claim every signed payment on chain now (--force: even if the fee is a large share)',
    load: async () => (await import('./commands/control.js')).claimCommand,
  },
  throttle: {
    summary:
      'throttle LEVEL|schedule [--for 2h | --until-tomorrow]   serve at a level (full, balanced, quiet, off…) or follow the schedule',
    load: async () => (await import('./commands/throttle.js')).throttleCommand,
  },
  resume: {
    summary: 'resume                             resume serving',
    load: async () => (await import('./commands/control.js')).resumeCommand,
  },
  availability: {
    summary: 'availability [--json] [--idle-only MIN]  what the availability sensors see and decide now',
    load: async () => (await import('./commands/availability.js')).availabilityCommand,
  },
};

export function usage(): string {
  return [
    'usage: silkworm <command> [options]',
    '',
    ...Object.values(table).map((c) => `  silkworm ${c.summary}`),
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name === undefined ? 2 : 0;
  }
  const entry = table[name];
  if (!entry) {
    process.stderr.write(`silkworm: unknown command "${name}"\n${usage()}\n`);
    return 2;
  }
  try {
    return await (
      await entry.load()
    )(rest);
  } catch (err) {
    process.stderr.write(`silkworm ${name}: ${errorMessage(err)}\n`);
    return 1;
  }
}
