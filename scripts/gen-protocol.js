#!/usr/bin/env node
// Regenerates src/protocol/tl/schema.gen.ts from src/protocol/schema/silkworm.tl with the compiled
// generator (run `npm run build` first, or use `npm run gen:protocol`, which builds).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const generator = new URL('../dist/src/protocol/tl/codegen.js', import.meta.url);
if (!existsSync(generator)) {
  console.error('gen-protocol: build the project first (npm run build)');
  process.exit(1);
}
const { generateCodec } = await import(generator.href);
const schemaPath = 'src/protocol/schema/silkworm.tl';
const schema = readFileSync(new URL(`../${schemaPath}`, import.meta.url), 'utf8');
const target = new URL('../src/protocol/tl/schema.gen.ts', import.meta.url);
const code = generateCodec(schema, schemaPath);
const before = existsSync(target) ? readFileSync(target, 'utf8') : '';
if (before === code) {
  console.error('gen-protocol: schema.gen.ts is up to date');
} else {
  writeFileSync(target, code);
  console.error('gen-protocol: wrote src/protocol/tl/schema.gen.ts');
}
