#!/usr/bin/env node
// Regenerates src/protocol/tl/schema.gen.ts from src/protocol/schema/cocoon_api.tl with the compiled
// generator (run `npm run build` first, or use `npm run gen:protocol`, which builds).
// `--check` (a gate in `npm test`): regenerates into a temporary file and fails unless its bytes are the
// committed file's, so a schema edit without a regeneration, or a hand edit of the output, cannot land.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const check = process.argv.includes('--check');
const generator = new URL('../dist/src/protocol/tl/codegen.js', import.meta.url);
if (!existsSync(generator)) {
  console.error('gen-protocol: build the project first (npm run build)');
  process.exit(1);
}
const { generateCodec } = await import(generator.href);
const schemaPath = 'src/protocol/schema/cocoon_api.tl';
const targetPath = 'src/protocol/tl/schema.gen.ts';
const schema = readFileSync(new URL(`../${schemaPath}`, import.meta.url), 'utf8');
const target = new URL(`../${targetPath}`, import.meta.url);
const code = generateCodec(schema, schemaPath);
const before = existsSync(target) ? readFileSync(target) : Buffer.alloc(0);

if (check) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'silkworm-gen-'));
  try {
    const fresh = path.join(dir, 'schema.gen.ts');
    writeFileSync(fresh, code);
    const regenerated = readFileSync(fresh);
    if (!regenerated.equals(before)) {
      const a = before.toString('utf8').split('\n');
      const b = regenerated.toString('utf8').split('\n');
      let line = 0;
      while (line < Math.max(a.length, b.length) && a[line] === b[line]) line++;
      console.error(
        `gen-protocol: ${targetPath} is not what ${schemaPath} generates (first difference at line ${line + 1}).`,
      );
      console.error(`  committed:   ${JSON.stringify(a[line] ?? '<end of file>')}`);
      console.error(`  regenerated: ${JSON.stringify(b[line] ?? '<end of file>')}`);
      console.error(
        '  Run `npm run gen:protocol` and commit the result; never edit the generated file by hand.',
      );
      process.exit(1);
    }
    console.error(`gen-protocol: ${targetPath} matches its schema`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else if (before.equals(Buffer.from(code))) {
  console.error('gen-protocol: schema.gen.ts is up to date');
} else {
  writeFileSync(target, code);
  console.error(`gen-protocol: wrote ${targetPath}`);
}
