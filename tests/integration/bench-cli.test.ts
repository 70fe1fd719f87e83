// `silkworm bench --json` as a user runs it: the compiled CLI in its own process, one JSON line on stdout.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ensureTinyModel } from '../../src/engine/gguf/tiny-model.js';
import { benchResultSchema, hardwareDetailsSchema } from '../../src/bench/bench-schema.js';

const run = promisify(execFile);

describe('silkworm bench', () => {
  it('prints one JSON object with hardware, medians, the reference and their agreement, and saves', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sw-bench-cli-'));
    const model = await ensureTinyModel(join(dir, 'models'), 'tiny');
    const { stdout } = await run(
      process.execPath,
      [
        'bin/silkworm.js',
        'bench',
        '--json',
        '--model',
        model,
        '--reps',
        '2',
        '--threads',
        '1',
        '--save',
        '--data-dir',
        join(dir, 'data'),
      ],
      { timeout: 60_000 },
    );
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0] ?? '') as Record<string, unknown> & {
      pp_tps: { median: number; min: number; max: number };
      tg_tps: { median: number; min: number; max: number };
      reference: { pp_tps: number; tg_tps: number };
    };
    expect(hardwareDetailsSchema.safeParse(out.hardware).success).toBe(true);
    expect(out.backend).toBe('cpu');
    expect(out.model).toBe('silkworm-tiny-s7-f32');
    for (const s of [out.pp_tps, out.tg_tps]) expect(s.min).toBeLessThanOrEqual(s.median);
    expect(out.tg_tps.median).toBeGreaterThan(0);
    expect(out.reference.tg_tps).toBeGreaterThan(0);
    expect(typeof out.agreement_pct).toBe('number');
    const saved = benchResultSchema.parse(
      JSON.parse(await readFile(join(dir, 'data', 'bench.json'), 'utf8')),
    );
    expect(saved.settings.repetitions).toBe(2);
  }, 60_000);

  it('refuses bad options with a usage error', async () => {
    const err = (await run(process.execPath, ['bin/silkworm.js', 'bench', '--reps', '0'], {
      timeout: 20_000,
    }).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(err.code).toBe(1);
    expect(err.stderr).toContain('--reps must be an integer from 1 to 100');
  });
});
