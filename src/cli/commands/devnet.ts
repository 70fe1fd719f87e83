// `silkworm devnet --workers N --duration S [--rate R] [--pow D] [--no-verification] --json`: a whole devnet run, reported as
// one JSON object (requests, tokens, each worker's ledger against the proxy's books, payouts on chain).
// `silkworm devnet serve …` runs a local network until stopped (devnet-serve.ts).
import { intFlag, parseArgs } from '../args.js';
import { createLogger, silentLogger, stderrSink } from '../../logging/logger.js';
import { runDevnet } from '../../devnet/run/devnet-run.js';

export async function devnetCommand(args: string[]): Promise<number> {
  if (args[0] === 'serve') return (await import('./devnet-serve.js')).devnetServeCommand(args.slice(1));
  const parsed = parseArgs(args, {
    values: ['workers', 'duration', 'rate', 'pow'],
    booleans: ['json', 'verbose', 'no-verification'],
  });
  const log = parsed.flags.has('verbose') ? createLogger('devnet', stderrSink) : silentLogger;
  const report = await runDevnet({
    workers: intFlag(parsed, 'workers', 1, 16) ?? 2,
    durationS: intFlag(parsed, 'duration', 1, 3600) ?? 10,
    ratePerSecond: intFlag(parsed, 'rate', 1, 200) ?? 4,
    powDifficulty: intFlag(parsed, 'pow', 0, 28) ?? 20,
    verification: !parsed.flags.has('no-verification'),
    log,
  });
  if (parsed.flags.has('json')) {
    process.stdout.write(JSON.stringify(report) + '\n');
  } else {
    process.stdout.write(
      `requests ok ${report.requests_ok}, failed ${report.requests_failed}, tokens ${report.tokens_total}\n`,
    );
    for (const w of report.workers)
      process.stdout.write(
        `  ${w.owner}: ${w.requests} requests, ${w.signed_tokens} signed tokens, ledger ${w.ledger_matches_proxy ? 'matches' : 'DIFFERS from'} the proxy\n`,
      );
    process.stdout.write(
      `payouts: ${report.payouts.claims} claims, ${report.payouts.claimed_nano} nano claimed, owners' balances +${report.payouts.owner_balance_delta_nano}\n`,
    );
  }
  return report.workers.every((w) => w.ledger_matches_proxy) ? 0 : 1;
}
