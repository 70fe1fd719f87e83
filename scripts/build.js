#!/usr/bin/env node
// Builds everything `npm start` and the integration tests need: the TypeScript projects (tsc -b) and the
// dashboard bundle (vite). Runs on `npm install` (prepare) so a fresh clone works with no extra step.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${path.basename(cmd)} ${args.join(' ')} failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
}

run(bin('tsc'), ['-b']);
run(process.execPath, [path.join(root, 'dist', 'src', 'chain', 'contracts', 'write-compiled.js')]);
run(bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
