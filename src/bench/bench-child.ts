// Entry of the bench child process (compiled to dist/src/bench/bench-child.js, started by the bench host
// under the sandbox's permission policy). It takes one job over IPC, answers, and exits.
import { benchJobSchema, type BenchChildMessage, type BenchJob } from './child-messages.js';
import { BenchChildError, runBench } from './child-bench.js';
import { probeBackend } from './child-probe.js';
import { answerBinaryTestInProcess } from '../engine/runtime/in-process-binary-test.js';

// No child processes here either: node-llama-cpp's binary self-test is answered in-process.
answerBinaryTestInProcess();

function send(message: BenchChildMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send || !process.connected) return resolve();
    process.send(message, undefined, undefined, () => resolve());
  });
}

async function handle(job: BenchJob): Promise<void> {
  switch (job.type) {
    case 'probe':
      // One backend at a time, announced first: if a native load crashes the process, the host knows which.
      for (const backend of job.backends) {
        await send({ type: 'probing', backend });
        await send({ type: 'probed', probe: await probeBackend(backend) });
      }
      return;
    case 'bench': {
      const measurement = await runBench(job, (progress) => void send({ type: 'progress', progress }));
      await send({ type: 'measured', measurement });
      return;
    }
  }
}

process.once('message', (raw: unknown) => {
  const parsed = benchJobSchema.safeParse(raw);
  const work = parsed.success
    ? handle(parsed.data)
    : Promise.reject(new BenchChildError('engine-failed', `bad job: ${parsed.error.message.slice(0, 200)}`));
  void work
    .then(() => send({ type: 'done' }))
    .catch((err: unknown) => {
      const code = err instanceof BenchChildError ? err.code : parsed.success ? 'engine-failed' : 'bad-job';
      // Inline, not logging's errorMessage: the sandboxed child may read only its own compiled code.
      return send({ type: 'error', code, message: err instanceof Error ? err.message : String(err) });
    })
    .finally(() => process.exit(0));
});
