// `silkworm model …`: the model store (list, download, import, use, rm — see model-store-cli.ts), the
// project's generated GGUF models (make-tiny) and fit plans for a catalog model on a given card (plan).
import { resolve } from 'node:path';
import { parseArgs, UsageError } from '../args.js';
import {
  generatedPresetNames,
  isGeneratedPreset,
  tinyPresets,
  writeTinyModel,
} from '../../engine/gguf/tiny-model.js';
import { catalogModel, modelCatalog } from '../../engine/models/catalog.js';
import { planFit } from '../../engine/models/fit-planner.js';
import { modelStoreCommand } from './model-store-cli.js';

const USAGE = `usage:
  silkworm model list [--json] [--data-dir DIR]
  silkworm model download <id> [--allow-unverified] [--json] [--data-dir DIR]
  silkworm model import <file.gguf> [--name SERVED_NAME] [--json] [--data-dir DIR]
  silkworm model use <id> [--json] [--data-dir DIR]
  silkworm model rm <id> [--json] [--data-dir DIR]
  silkworm model make-tiny [--out FILE] [--preset ${generatedPresetNames.join('|')}]
  silkworm model plan <id> --vram-gib N --ram-gib N [--cap-gib N] [--context N]`;

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
    case 'download':
    case 'import':
    case 'use':
    case 'rm':
      return modelStoreCommand(sub, rest);
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
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}
