#!/usr/bin/env node
// The `silkworm` command: runs the compiled CLI (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';
const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('silkworm: the build is missing; run `npm run build` (npm install does it) and try again.');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
