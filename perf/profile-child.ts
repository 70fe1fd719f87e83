// CPU profile of the sandbox child while it generates: forks the compiled child entry without the
// permission flags (Node 20 writes no profile under them) but with --cpu-prof, drives it over the same
// message protocol the host uses, and prints where the child's main thread spent its time, grouped
// (node-llama-cpp, the engine's own code, IPC and serialisation, validation, the native addon, GC) while
// it generates (start-up is left out; init_ms and load_ms time it).
// Usage: [PROFILE_PHASE=startup] node dist/perf/profile-child.js [tiny|bench] [rounds] [tokens] [temperature] [sequences]
import { fork } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTinyModel } from '../src/engine/gguf/tiny-model.js';
import { defaultSandboxPaths } from '../src/engine/sandbox/paths.js';
import type { ChildMessage, HostMessageBody } from '../src/engine/sandbox/messages.js';
import { summarizeProfile, type CpuProfile } from './profile-summary.js';

const [preset = 'tiny', roundsText = '10', tokensText = '128', tempText = '0', seqText = '1'] =
  process.argv.slice(2);
const rounds = Number(roundsText);
const tokens = Number(tokensText);
const sequences = Number(seqText);

const dir = await mkdtemp(join(tmpdir(), 'sw-profile-'));
const modelPath = await ensureTinyModel(
  join(tmpdir(), 'silkworm-perf-models'),
  preset === 'bench' ? 'bench' : 'tiny',
);
const child = fork(defaultSandboxPaths().entry, [], {
  execArgv: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
let seq = 0;
const waiting = new Map<number, (m: ChildMessage) => void>();
let pieces = 0;
child.on('message', (raw) => {
  const m = raw as ChildMessage;
  if (m.type === 'token') pieces++;
  if ((m.type === 'result' || m.type === 'error') && m.re !== null) waiting.get(m.re)?.(m);
});
const ask = (body: HostMessageBody): Promise<ChildMessage> =>
  new Promise((resolve) => {
    const s = seq++;
    waiting.set(s, resolve);
    child.send({ ...body, seq: s });
  });
const expectOk = (m: ChildMessage): void => {
  if (m.type === 'error') throw new Error(`child: ${m.code}: ${m.message}`);
};

const t0 = performance.now();
const bootUs = Number(process.hrtime.bigint() / 1000n);
expectOk(await ask({ type: 'init', threads: 1, gpu: false }));
const initMs = performance.now() - t0;
expectOk(
  await ask({
    type: 'load',
    modelPath,
    contextSize: 2048,
    sequences,
    flashAttention: false,
    threads: 1,
    flushIntervalMs: 20,
  }),
);
const loadMs = performance.now() - t0 - initMs;
let generated = 0;
/** CPU time (all threads, user + system) the child has used, in ms: steadier than wall time under load. */
const cpuMs = (): number => {
  const fields =
    readFileSync(`/proc/${child.pid ?? 0}/stat`, 'utf8')
      .split(') ')[1]
      ?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
const cpu0 = process.platform === 'linux' ? cpuMs() : 0;
const g0 = performance.now();
const fromUs = Number(process.hrtime.bigint() / 1000n);
for (let r = 0; r < rounds; r += sequences) {
  const answers = await Promise.all(
    Array.from({ length: Math.min(sequences, rounds - r) }, (_, i) =>
      ask({
        type: 'generate',
        prompt: { kind: 'text', text: `the story of a small red car number ${r + i}` },
        params: { maxTokens: tokens, temperature: Number(tempText), topP: 1, stop: [] },
      }),
    ),
  );
  for (const m of answers) {
    expectOk(m);
    if (m.type === 'result' && m.result.kind === 'generate') generated += m.result.usage.completionTokens;
  }
}
const genMs = performance.now() - g0;
const cpuGenMs = process.platform === 'linux' ? cpuMs() - cpu0 : 0;
const toUs = Number(process.hrtime.bigint() / 1000n);
const exited = new Promise((r) => child.once('exit', r));
child.send({ type: 'shutdown', seq: seq++ });
await exited;
const file = (await readdir(dir)).find((f) => f.endsWith('.cpuprofile'));
if (file === undefined) throw new Error('the child wrote no profile');
const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
await rm(dir, { recursive: true, force: true });
// PROFILE_PHASE=startup summarises the child's start (boot, init, load) instead of its generation.
const startup = process.env.PROFILE_PHASE === 'startup';
const summary = summarizeProfile(profile, startup ? { fromUs: bootUs, toUs: fromUs } : { fromUs, toUs });
process.stdout.write(
  JSON.stringify(
    {
      preset,
      init_ms: Math.round(initMs),
      load_ms: Math.round(loadMs),
      tokens: generated,
      pieces_sent: pieces,
      tps: Math.round((generated / genMs) * 1000),
      cpu_us_per_token: Math.round((cpuGenMs * 1000) / Math.max(generated, 1)),
      ...summary,
    },
    null,
    1,
  ) + '\n',
);
