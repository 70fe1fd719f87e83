// Build step: compiles contracts/*.tolk with the Tolk compiler and writes dist/contracts/compiled.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileFromSources, findContractsDir } from './compile.js';
import { compiledFile, serializeCompiled, sourcesHash } from './compiled-file.js';

const dir = findContractsDir();
const compiled = await compileFromSources(dir);
const file = compiledFile(dir);
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, serializeCompiled(compiled, sourcesHash(dir)));
process.stdout.write(
  `contracts compiled with Tolk ${compiled.tolkVersion} → ${path.relative(process.cwd(), file)}\n`,
);
