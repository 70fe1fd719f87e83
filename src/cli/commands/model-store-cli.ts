// `silkworm model list|download|import|use|rm`: through the running daemon when there is one for the data
// folder, else on the folder directly. `--json` prints exactly one JSON object on stdout.
import type { ModelEntry, ModelList } from '../../api/models.js';
import { defaultDataDir } from '../../daemon/paths.js';
import { ModelStoreError } from '../../engine/models/model-store-types.js';
import { parseArgs, UsageError } from '../args.js';
import { daemonRunning } from './model-daemon.js';
import { OfflineModels } from './model-offline.js';
import { DaemonModels } from './model-online.js';
import type { ModelOps } from './model-ops.js';
import { formatSize, ProgressBar } from './model-progress.js';

const out = (value: unknown): void => void process.stdout.write(JSON.stringify(value) + '\n');

function describeEntry(e: ModelEntry, selected: string | null): string {
  const mark = e.id === selected ? '*' : ' ';
  const size = e.sizeBytes === null ? '?' : formatSize(e.sizeBytes);
  const fit =
    e.fit === null
      ? ''
      : e.fit.fits
        ? ` — ${e.fit.reason}, ${e.fit.contextSize}-token context`
        : ` — does not fit: ${e.fit.reason}`;
  return `${mark} ${e.id.padEnd(24)} ${e.state.padEnd(11)} ${size.padStart(10)}  ${e.servedName}${e.demo ? ' (demo)' : ''}${fit}`;
}

function printList(list: ModelList, json: boolean): void {
  if (json) return out(list);
  for (const e of list.models) process.stdout.write(describeEntry(e, list.selected) + '\n');
  process.stdout.write(
    list.selected === null
      ? 'no model chosen (the devnet demo serves the demo model)\n'
      : `* serving ${list.selected}\n`,
  );
}

async function withOps<T>(dataDir: string, run: (ops: ModelOps) => Promise<T>): Promise<T> {
  const ops: ModelOps = (await daemonRunning(dataDir))
    ? new DaemonModels(dataDir)
    : await OfflineModels.open(dataDir);
  try {
    return await run(ops);
  } finally {
    await ops.close();
  }
}

const need = (value: string | undefined, what: string): string => {
  if (value === undefined || value === '') throw new UsageError(`${what} is required`);
  return value;
};

export async function modelStoreCommand(
  sub: 'list' | 'download' | 'import' | 'use' | 'rm',
  args: string[],
): Promise<number> {
  const p = parseArgs(args, { values: ['data-dir', 'name'], booleans: ['json', 'allow-unverified'] });
  const flag = p.flags.get('data-dir');
  const dataDir = typeof flag === 'string' ? flag : defaultDataDir();
  const json = p.flags.has('json');
  const target = p.positionals[0];
  return withOps(dataDir, async (ops) => {
    switch (sub) {
      case 'list':
        printList(await ops.list(), json);
        return 0;
      case 'download': {
        const id = need(target, 'a model id');
        const bar = new ProgressBar(id);
        try {
          const entry = await ops
            .download(id, p.flags.has('allow-unverified'), (pr) => bar.update(pr))
            .catch((err: unknown) => {
              if (!(err instanceof ModelStoreError) || err.code !== 'no-checksum') throw err;
              throw new ModelStoreError(
                'no-checksum',
                `${err.message} (--allow-unverified downloads it and pins its hash)`,
              );
            });
          bar.done();
          if (json)
            out({
              id,
              state: entry.state,
              path: entry.path,
              sha256: entry.sha256,
              sizeBytes: entry.sizeBytes,
            });
          else process.stdout.write(`${entry.title}: downloaded and verified (${entry.path ?? ''})\n`);
        } finally {
          bar.done();
        }
        return 0;
      }
      case 'import': {
        const name = p.flags.get('name');
        const result = await ops.importFile(
          need(target, 'a GGUF path'),
          typeof name === 'string' ? name : undefined,
        );
        if (json) out(result);
        else
          process.stdout.write(`imported as ${result.id} (use it with: silkworm model use ${result.id})\n`);
        return 0;
      }
      case 'use': {
        const id = need(target, 'a model id');
        await ops.use(id);
        if (json) out({ selected: id });
        else process.stdout.write(`serving ${id} from now on\n`);
        return 0;
      }
      case 'rm': {
        const id = need(target, 'a model id');
        await ops.remove(id);
        if (json) out({ removed: id });
        else process.stdout.write(`removed ${id}\n`);
        return 0;
      }
    }
  });
}
