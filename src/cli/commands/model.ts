// `silkworm model …`: make the project's tiny GGUF, list the real-model catalog, plan a fit, download.
import { resolve, join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { parseArgs, UsageError } from '../args.js';
import { createLogger, stderrSink } from '../../logging/logger.js';
import {
  generatedPresetNames,
  isGeneratedPreset,
  tinyPresets,
  writeTinyModel,
} from '../../engine/gguf/tiny-model.js';
import { catalogModel, modelCatalog } from '../../engine/models/catalog.js';
import { planFit } from '../../engine/models/fit-planner.js';
import { downloadModel } from '../../engine/models/download.js';

const USAGE = `usage:
  silkworm model make-tiny [--out FILE] [--preset ${generatedPresetNames.join('|')}]
  silkworm model list
  silkworm model plan <id> --vram-gib N --ram-gib N [--cap-gib N] [--context N]
  silkworm model download <id> [--dir DIR]`;

const out = (value: unknown): void => void process.stdout.write(JSON.stringify(value) + '\n');
const GiB = 2 ** 30;

function gibFlag(raw: string | true | undefined, name: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw === true || !Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a number of GiB`);
  return n * GiB;
}

export async function modelCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'make-tiny': {
      const p = parseArgs(rest, { values: ['out', 'preset'] });
      const preset = (p.flags.get('preset') ?? 'tiny') as string;
      if (!isGeneratedPreset(preset))
        throw new UsageError(`--preset must be one of ${generatedPresetNames.join(', ')}`);
      const options = tinyPresets[preset];
      const file = resolve(String(p.flags.get('out') ?? `${options.name}.gguf`));
      const t0 = Date.now();
      const sha256 = await writeTinyModel(file, options);
      process.stderr.write(`wrote ${file} (${preset}) in ${Date.now() - t0} ms\n`);
      out({ path: file, preset, sha256 });
      return 0;
    }
    case 'list':
      out(modelCatalog);
      return 0;
    case 'plan': {
      const p = parseArgs(rest, { values: ['vram-gib', 'ram-gib', 'cap-gib', 'context'] });
      const model = catalogModel(p.positionals[0] ?? '');
      if (!model) throw new UsageError(`unknown model; known: ${modelCatalog.map((m) => m.id).join(', ')}`);
      const plan = planFit({
        model,
        vramFreeBytes: gibFlag(p.flags.get('vram-gib'), 'vram-gib') ?? 0,
        ramFreeBytes: gibFlag(p.flags.get('ram-gib'), 'ram-gib') ?? 0,
        vramCapBytes: gibFlag(p.flags.get('cap-gib'), 'cap-gib'),
        desiredContext: p.flags.has('context') ? Number(p.flags.get('context')) : undefined,
      });
      process.stderr.write(
        `${model.title}: ${plan.fits ? `${plan.reason}, context ${plan.contextSize}` : `does not fit (${plan.reason})`}\n`,
      );
      out(plan);
      return plan.fits ? 0 : 1;
    }
    case 'download': {
      const p = parseArgs(rest, { values: ['dir'] });
      const model = catalogModel(p.positionals[0] ?? '');
      if (!model) throw new UsageError(`unknown model; known: ${modelCatalog.map((m) => m.id).join(', ')}`);
      const dir = resolve(String(p.flags.get('dir') ?? 'models'));
      await mkdir(dir, { recursive: true });
      let lastPct = -1;
      const result = await downloadModel({
        url: model.url,
        dest: join(dir, model.file),
        sha256: model.sha256,
        expectedBytes: model.sizeExact ? model.sizeBytes : undefined,
        log: createLogger('model', stderrSink),
        onProgress: (pr) => {
          const pct = pr.totalBytes ? Math.floor((pr.receivedBytes / pr.totalBytes) * 100) : -1;
          if (pct !== lastPct) process.stderr.write(`\r${model.file}: ${pct}%`);
          lastPct = pct;
        },
      });
      process.stderr.write('\n');
      out(result);
      return 0;
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}
