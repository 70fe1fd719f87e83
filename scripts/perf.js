#!/usr/bin/env node
// Prints one JSON object on stdout with one section per capability (a table goes to stderr).
// `npm run --silent perf [-- section ...]` runs all sections or the named ones.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/perf/sections.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('perf: run `npm run build` first');
  process.exit(1);
}
const { perfSections } = await import(entry.href);
const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(perfSections);
const result = {};
for (const name of names) {
  const load = perfSections[name];
  if (!load) {
    console.error(`perf: unknown section ${name}; known: ${Object.keys(perfSections).join(', ')}`);
    process.exit(2);
  }
  const started = Date.now();
  try {
    result[name] = await (await load())();
  } catch (err) {
    result[name] = { error: err instanceof Error ? err.message : String(err) };
  }
  console.error(`perf: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const [k, v] of Object.entries(result[name])) console.error(`  ${k.padEnd(28)} ${v}`);
}
process.stdout.write(JSON.stringify(result) + '\n');
