// Entry of the sandbox child process (run from dist/ under Node's permission model). It owns the only
// node-llama-cpp instance; it talks to the host only through validated messages over the IPC channel.
// Prompts and completions travel only inside token/generate messages; nothing here logs them.
import {
  hostMessageSchema,
  type ChildMessageBody,
  type HostMessage,
  type TokenEvidenceMessage,
} from './messages.js';
import { LlamaRuntime } from '../runtime/llama-runtime.js';
import { RuntimeError } from '../runtime/runtime-error.js';
import { answerBinaryTestInProcess } from '../runtime/in-process-binary-test.js';

// No child processes here: node-llama-cpp's binary self-test is answered in-process (before it loads).
answerBinaryTestInProcess();

let outSeq = 0;
let runtime: LlamaRuntime | undefined;
let flushIntervalMs = 20;
const running = new Map<number, AbortController>();

// Two carriers: Node's IPC channel (child_process.fork) and, under Electron's utilityProcess, the
// parent port (process.parentPort), whose messages arrive wrapped as { data }.
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}
const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

function send(body: ChildMessageBody): void {
  const message = { ...body, seq: outSeq++ };
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
}

function onHostMessage(listener: (raw: unknown) => void): void {
  if (parentPort) parentPort.on('message', (event) => listener(event.data));
  else process.on('message', listener);
}

function fail(re: number | null, err: unknown): void {
  if (err instanceof RuntimeError) {
    send({ type: 'error', re, code: err.code, message: err.message });
  } else {
    send({
      type: 'error',
      re,
      code: 'engine-failed',
      // Inline, not logging's errorMessage: the sandbox may read only the engine's own compiled code.
      message: err instanceof Error ? err.message : String(err),
    });
  }
}

async function generate(msg: Extract<HostMessage, { type: 'generate' }>): Promise<void> {
  if (!runtime) throw new RuntimeError('not-loaded', 'the engine is not initialised');
  const abort = new AbortController();
  running.set(msg.seq, abort);
  // Tokens go out in small batches: one IPC message per token would cost measurable decode speed.
  let text = '';
  let count = 0;
  let lastFlush = 0;
  let evidence: TokenEvidenceMessage[] = [];
  const flush = (): void => {
    if (count === 0 && text.length === 0 && evidence.length === 0) return;
    const withEvidence = evidence.length > 0 ? { evidence } : {};
    send({ type: 'token', re: msg.seq, text, tokens: count, ...withEvidence });
    text = '';
    count = 0;
    evidence = [];
    lastFlush = performance.now();
  };
  try {
    const usage = await runtime.generate(
      msg.prompt,
      msg.params,
      (piece, tokens) => {
        text += piece;
        count += tokens;
        if (lastFlush === 0 || performance.now() - lastFlush >= flushIntervalMs) flush();
      },
      abort.signal,
      (e) => evidence.push(e),
    );
    flush();
    send({ type: 'result', re: msg.seq, result: { kind: 'generate', usage } });
  } finally {
    running.delete(msg.seq);
  }
}

async function handle(msg: HostMessage): Promise<void> {
  switch (msg.type) {
    case 'init':
      runtime = await LlamaRuntime.create({
        threads: msg.threads,
        gpu: msg.gpu,
        onLog: (level, message) => send({ type: 'log', level, message }),
      });
      send({ type: 'result', re: msg.seq, result: { kind: 'init', info: await runtime.info() } });
      return;
    case 'load': {
      if (!runtime) throw new RuntimeError('not-loaded', 'init must come before load');
      flushIntervalMs = msg.flushIntervalMs;
      const info = await runtime.load({
        modelPath: msg.modelPath,
        contextSize: msg.contextSize,
        sequences: msg.sequences,
        flashAttention: msg.flashAttention,
        ...(msg.gpuLayers === undefined ? {} : { gpuLayers: msg.gpuLayers }),
        ...(msg.threads === undefined ? {} : { threads: msg.threads }),
      });
      send({ type: 'result', re: msg.seq, result: { kind: 'load', info } });
      return;
    }
    case 'generate':
      return generate(msg);
    case 'cancel':
      running.get(msg.re)?.abort();
      return;
    case 'duty': {
      if (!runtime) throw new RuntimeError('not-loaded', 'init must come before a duty cap');
      const before = runtime.setDutyCap(msg.share);
      const result = {
        kind: 'duty' as const,
        share: msg.share,
        previousShare: before.share,
        busyMs: Math.max(0, before.busyMs),
        elapsedMs: Math.max(0, before.elapsedMs),
      };
      send({ type: 'result', re: msg.seq, result });
      return;
    }
    case 'shutdown':
      // Exiting is what frees the model's memory (and the GPU) at once; no orderly dispose is needed.
      process.exit(0);
  }
}

let lastInSeq = -1;
onHostMessage((raw: unknown) => {
  const parsed = hostMessageSchema.safeParse(raw);
  if (!parsed.success || parsed.data.seq <= lastInSeq) {
    send({
      type: 'error',
      re: null,
      code: 'bad-message',
      message: parsed.success ? 'sequence number went backwards' : parsed.error.message,
    });
    return;
  }
  lastInSeq = parsed.data.seq;
  const msg = parsed.data;
  handle(msg).catch((err: unknown) => fail(msg.seq, err));
});
// The host is gone: nothing to serve, leave at once.
process.on('disconnect', () => process.exit(0));
