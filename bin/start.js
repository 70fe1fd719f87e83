#!/usr/bin/env node
// `npm start`: the tray app where Electron can start; otherwise the headless daemon, after one line
// saying why. (Electron's binary is not downloaded by `npm install` here; on a desktop, run
// `npx install-electron` or `node node_modules/electron/install.js` once to fetch it.)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const bin = require('electron');
    return typeof bin === 'string' && existsSync(bin)
      ? { bin }
      : { why: 'the Electron binary is not installed' };
  } catch {
    return { why: 'the Electron binary is not installed' };
  }
}

function whyNotElectron() {
  if (process.env.SILKWORM_HEADLESS === '1') return { why: 'SILKWORM_HEADLESS=1 is set' };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return { why: 'there is no display' };
  return electronBinary();
}

const choice = whyNotElectron();
const args = process.argv.slice(2);
if (choice.bin) {
  const child = spawn(choice.bin, [root, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`Starting the headless daemon because ${choice.why}.`);
  const { main } = await import(new URL('../dist/src/cli/main.js', import.meta.url).href);
  process.exitCode = await main(['daemon', ...args]);
}
