// Shared setup for the engine's integration tests: the tiny model, a host on it, and response readers.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, type Logger } from '../../src/logging/logger.js';
import type { LogLine } from '../../src/api/events.js';
import { ensureTinyModel } from '../../src/engine/gguf/tiny-model.js';
import { SandboxHost, type SandboxHostOptions } from '../../src/engine/sandbox/host.js';
import type { EngineResponse } from '../../src/engine/sandbox/serve.js';

export const MODEL = 'silkworm-tiny';

export async function tinyHost(
  overrides: Partial<SandboxHostOptions> = {},
): Promise<{ host: SandboxHost; lines: LogLine[]; log: Logger; dir: string; startMs: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'sw-engine-'));
  const modelPath = await ensureTinyModel(join(dir, 'models'));
  const lines: LogLine[] = [];
  const log = createLogger('engine', (l) => lines.push(l), 'debug');
  const host = new SandboxHost({
    log,
    modelPath,
    modelName: MODEL,
    workDir: join(dir, 'sandbox'),
    threads: 1,
    contextSize: 2048,
    maxActiveRequests: 2,
    restartBackoffMs: { initial: 50, max: 500 },
    ...overrides,
  });
  // How long a start takes on this machine right now: tests derive restart deadlines from it.
  const t0 = performance.now();
  await host.start();
  return { host, lines, log, dir, startMs: performance.now() - t0 };
}

export const chat = (
  content: string,
  extra: Record<string, unknown> = {},
): { path: string; body: Buffer } => ({
  path: '/v1/chat/completions',
  body: Buffer.from(JSON.stringify({ model: MODEL, messages: [{ role: 'user', content }], ...extra })),
});

export async function readAll(res: EngineResponse): Promise<string> {
  const parts: Buffer[] = [];
  for await (const b of res.body) parts.push(b);
  return Buffer.concat(parts).toString('utf8');
}

export interface SseResult {
  text: string;
  chunks: Array<Record<string, unknown>>;
  done: boolean;
}

export function parseSse(raw: string, key: 'chat' | 'completion' = 'chat'): SseResult {
  const events = raw.split('\n\n').filter((e) => e.length > 0);
  const chunks: Array<Record<string, unknown>> = [];
  let done = false;
  let text = '';
  for (const e of events) {
    if (!e.startsWith('data: ')) throw new Error(`not an SSE data event: ${e.slice(0, 40)}`);
    const data = e.slice(6);
    if (data === '[DONE]') {
      done = true;
      continue;
    }
    const chunk = JSON.parse(data) as { choices: Array<{ delta?: { content?: string }; text?: string }> };
    chunks.push(chunk);
    for (const c of chunk.choices) text += (key === 'chat' ? c.delta?.content : c.text) ?? '';
  }
  return { text, chunks, done };
}
