// The import zones of eslint.config.js: the real configuration turns the rule on for the core, and the
// rule, with the real zone table, fails a forbidden import and passes an allowed one.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ruleId = 'silkworm/import-zones';

const zoneOptionsSchema = z.object({ root: z.string(), zones: z.record(z.string(), z.array(z.string())) });
const effectiveConfigSchema = z.object({
  plugins: z.record(
    z.string(),
    z.custom<ESLint.Plugin>((v) => typeof v === 'object' && v !== null),
  ),
  rules: z.record(z.string(), z.unknown()),
});

let zones: Record<string, string[]> = {};
let zoneLinter: ESLint;

async function effectiveConfig(file: string): Promise<z.infer<typeof effectiveConfigSchema>> {
  return effectiveConfigSchema.parse(await new ESLint({ cwd: repo }).calculateConfigForFile(file));
}

/** The zone rule's findings for `code` as if it were the file at `file` (relative to the repository). */
async function zoneErrors(
  file: string,
  code: string,
): Promise<Array<{ line: number; messageId: string | undefined }>> {
  const [result] = await zoneLinter.lintText(code, { filePath: path.join(repo, file) });
  return (result?.messages ?? []).map((m) => ({ line: m.line, messageId: m.messageId }));
}

beforeAll(async () => {
  const config = await effectiveConfig('src/protocol/connection.ts');
  const setting = z
    .tuple([z.union([z.literal(2), z.literal('error')]), zoneOptionsSchema])
    .parse(config.rules[ruleId]);
  zones = setting[1].zones;
  // Only the zone rule, without type information: the type-checked rules have nothing to say about snippets.
  zoneLinter = new ESLint({
    cwd: repo,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { silkworm: config.plugins.silkworm! },
        rules: { [ruleId]: setting },
      },
    ],
  });
});

describe('import zones', () => {
  it('apply to production files of the core, not to tests or perf', async () => {
    expect((await effectiveConfig('src/net/dial.ts')).rules[ruleId]).toBeDefined();
    expect((await effectiveConfig('src/net/stream-rate.test.ts')).rules[ruleId]).toBeUndefined();
    expect((await effectiveConfig('perf/sections.ts')).rules[ruleId]).toBeUndefined();
    expect((await effectiveConfig('tests/lint-zones.test.ts')).rules[ruleId]).toBeUndefined();
  });

  it('give every folder under src/ a zone', () => {
    // (a folder left empty by a move holds nothing to lint)
    const folders = readdirSync(path.join(repo, 'src'), { withFileTypes: true })
      .filter(
        (d) =>
          d.isDirectory() &&
          readdirSync(path.join(repo, 'src', d.name), { recursive: true }).some((f) =>
            String(f).endsWith('.ts'),
          ),
      )
      .map((d) => d.name);
    expect(folders.filter((f) => zones[f] === undefined)).toEqual([]);
  });

  it('encode the layering the architecture promises', () => {
    expect(zones.api).toEqual([]);
    for (const [folder, never] of Object.entries({
      protocol: ['net', 'engine', 'node', 'devnet'],
      net: ['devnet', 'node', 'transport', 'cli'],
      engine: ['net', 'devnet'],
      transport: ['node'],
      // The node serves every network the same way: it never knows a local network exists.
      node: ['devnet', 'launch'],
      discovery: ['devnet', 'node', 'net'],
    })) {
      expect(
        zones[folder]?.filter((f) => never.includes(f)),
        folder,
      ).toEqual([]);
    }
    const reachDevnet = Object.keys(zones).filter((f) => zones[f]?.includes('devnet'));
    expect(reachDevnet.sort()).toEqual(['cli', 'launch']);
  });

  it('fail a forbidden import, in every import form and from nested folders', async () => {
    expect(
      await zoneErrors('src/protocol/x.ts', "import { dial } from '../net/dial.js';\nexport { dial };\n"),
    ).toEqual([{ line: 1, messageId: 'forbidden' }]);
    const forms = [
      "import type { EventHub } from '../node/event-hub.js';",
      "export { EventHub } from '../node/event-hub.js';",
      "export * from '../node/event-hub.js';",
      "export const m = import('../node/event-hub.js');",
      "export type H = import('../node/event-hub.js').EventHub;",
    ];
    for (const form of forms)
      expect(await zoneErrors('src/transport/x.ts', form), form).toEqual([
        { line: 1, messageId: 'forbidden' },
      ]);
    expect(await zoneErrors('src/net/deep/x.ts', "import '../../devnet/proxy/index.js';")).toEqual([
      { line: 1, messageId: 'forbidden' },
    ]);
    expect(await zoneErrors('src/api/x.ts', "import '../logging/logger.js';")).toEqual([
      { line: 1, messageId: 'forbidden' },
    ]);
  });

  it('pass allowed imports: own folder, listed folders, zod-only contracts, packages', async () => {
    const code = [
      "import { z } from 'zod';",
      "import net from 'node:net';",
      "import { a } from './proxy/relay.js';",
      "import { b } from '../net/dial.js';",
      "import { c } from '../bench/bench-schema.js';",
      'export { z, net, a, b, c };',
    ].join('\n');
    expect(await zoneErrors('src/devnet/x.ts', code)).toEqual([]);
    expect(
      await zoneErrors('src/engine/x.ts', "import type { BackendName } from '../bench/bench-schema.js';"),
    ).toEqual([]);
  });

  it('fail an import from outside src/, a folder without a zone, and a contract that is more than zod', async () => {
    expect(await zoneErrors('src/node/x.ts', "import '../../tests/support/prng.js';")).toEqual([
      { line: 1, messageId: 'outside' },
    ]);
    expect(await zoneErrors('src/no-such-folder/x.ts', "import '../logging/logger.js';")).toEqual([
      { line: 1, messageId: 'noZone' },
    ]);
    expect(
      await zoneErrors('src/bench/y-schema.ts', "import { z } from 'zod';\nimport '../logging/logger.js';"),
    ).toEqual([{ line: 2, messageId: 'contract' }]);
  });
});
