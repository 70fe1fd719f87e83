// Silkworm's side of the start-up and memory anchors, in a fresh process of its own (as a daemon starts
// its engine): the time from asking the sandbox host to start until the first streamed token of the first
// request, then the resident memory of this process and its sandbox child tree while a stream is served.
// argv: modelPath slots contextPerSlot threads. Prints one JSON line.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../src/logging/logger.js';
import { SandboxHost } from '../src/engine/sandbox/host.js';
import { treeRssMb } from './anchors-llama.js';

const [modelPath = '', slots = '4', context = '2048', threads = '1'] = process.argv.slice(2);
const dir = await mkdtemp(join(tmpdir(), 'sw-anchor-start-'));
const name = 'anchor';
const body = (maxTokens: number): Buffer =>
  Buffer.from(
    JSON.stringify({
      model: name,
      prompt: 'the story of a small red car',
      max_tokens: maxTokens,
      temperature: 0,
      stream: true,
    }),
  );
try {
  const t0 = performance.now();
  const host = new SandboxHost({
    log: silentLogger,
    modelPath,
    modelName: name,
    workDir: join(dir, 'sandbox'),
    threads: Number(threads),
    contextSize: Number(context),
    maxActiveRequests: Number(slots),
  });
  await host.start();
  const first = await host.request({ path: '/v1/completions', body: body(1) });
  let startupMs = 0;
  for await (const chunk of first.body) {
    if (startupMs === 0 && chunk.length > 0) startupMs = performance.now() - t0;
  }
  const res = await host.request({ path: '/v1/completions', body: body(128) });
  let n = 0;
  let rss = 0;
  for await (const chunk of res.body) {
    n += chunk.length > 0 ? 1 : 0;
    if (n === 3 && rss === 0) rss = await treeRssMb(process.pid);
  }
  await host.stop();
  process.stdout.write(JSON.stringify({ startupMs, rssMb: rss }) + '\n');
} finally {
  await rm(dir, { recursive: true, force: true });
}
