// node-llama-cpp behind one small class: load a model into one context with N sequences, generate on a
// free sequence (reusing the longest cached prompt prefix), stream text out. Runs inside the sandbox
// child, and in-process only for the perf baseline.
import type {
  ChatWrapper,
  Llama,
  LlamaContext,
  LlamaContextSequence,
  LlamaModel,
  Token,
} from 'node-llama-cpp';
import type {
  GenerateParams,
  GenerationUsage,
  GpuOption,
  LoadInfo,
  Prompt,
  RuntimeInfo,
} from '../sandbox/messages.js';
import { promptTokens } from './prompt.js';
import { BatchDecoder, type SequenceSlot } from './batch-decoder.js';
import { runGeneration } from './generation-loop.js';
import { nativeContextOf, sequenceIdOf, type NativeContext } from './native-context.js';
import { batchedSource, plainSource } from './token-sources.js';
import { readLoadedNative } from './addon-path.js';
import { backendOf, loadModel, type LoadOptions as ModelLoadOptions } from './model-load.js';
import { readFile } from 'node:fs/promises';
import { DutyCap } from './duty-cap.js';

export class RuntimeError extends Error {
  constructor(
    readonly code: 'not-loaded' | 'context-length-exceeded' | 'no-free-sequence',
    message: string,
  ) {
    super(message);
  }
}

/** How generate() decodes: every active sequence in one native batch per step, or node-llama-cpp's evaluate(). */
export type DecodePath = 'batched' | 'plain';

/** As model-load's options; threads default to the runtime's own; decode defaults to 'batched'. */
export type LoadOptions = Omit<ModelLoadOptions, 'threads'> & { threads?: number; decode?: DecodePath };

/** A sequence of the context; `cache` is the batched path's own record of what its cells hold. */
interface Slot {
  sequence: LlamaContextSequence;
  cache: SequenceSlot | null;
}

interface Loaded {
  model: LlamaModel;
  context: LlamaContext;
  wrapper: ChatWrapper;
  free: Slot[];
  fast: { native: NativeContext; decoder: BatchDecoder } | null;
}

export class LlamaRuntime {
  readonly #llama: Llama;
  readonly #threads: number;
  /** The throttling level's duty cap, paced between decode steps (duty-cap.ts). */
  readonly #duty = new DutyCap();
  #loaded: Loaded | undefined;

  private constructor(llama: Llama, threads: number) {
    this.#llama = llama;
    this.#threads = threads;
  }

  /** `onLog` receives llama.cpp's warnings and errors (cut short: they are diagnostics, never content). */
  static async create(options: {
    threads: number;
    /** build 'never': only the shipped prebuilt binaries load; a named backend that fails is an error. */
    gpu: GpuOption;
    onLog?: (level: 'warn' | 'error', message: string) => void;
  }): Promise<LlamaRuntime> {
    const { getLlama, LlamaLogLevel } = await import('node-llama-cpp');
    const llama = await getLlama({
      gpu: options.gpu,
      build: 'never',
      maxThreads: options.threads,
      logLevel: LlamaLogLevel.warn,
      logger: (level, message) => {
        const severe = level === LlamaLogLevel.error || level === LlamaLogLevel.fatal;
        if (severe || level === LlamaLogLevel.warn)
          options.onLog?.(severe ? 'error' : 'warn', message.trim().slice(0, 200));
      },
      progressLogs: false,
    });
    // node-llama-cpp's forked binary test used to catch a GPU build whose backend does not start; in the
    // sandbox that test is answered in-process, so a named backend is checked here (it must load, or fail).
    const asked = options.gpu;
    if (asked !== false && asked !== 'auto' && llama.gpu !== asked) {
      await llama.dispose().catch(() => undefined);
      throw new Error(`the ${asked} backend did not start here (node-llama-cpp loaded ${String(llama.gpu)})`);
    }
    return new LlamaRuntime(llama, options.threads);
  }

  async info(): Promise<RuntimeInfo> {
    const pkg = new URL('../package.json', import.meta.resolve('node-llama-cpp'));
    const { version } = JSON.parse(await readFile(pkg, 'utf8')) as { version: string };
    const backend = backendOf(this.#llama);
    const native = readLoadedNative(backend);
    return {
      backend,
      addonPath: native.addonPath,
      addonSource: native.source,
      nativeLibraries: native.libraries,
      buildType: this.#llama.buildType,
      gpu: String(this.#llama.gpu),
      llamaCppRelease: `${this.#llama.llamaCppRelease.repo}@${this.#llama.llamaCppRelease.release}`,
      nodeLlamaCppVersion: version,
      nodeVersion: process.versions.node,
      gpuNames: await this.#llama.getGpuDeviceNames().catch(() => []),
    };
  }

  async load(options: LoadOptions): Promise<LoadInfo> {
    await this.unload();
    const { resolveChatWrapper } = await import('node-llama-cpp');
    const threads = Math.min(options.threads ?? this.#threads, this.#threads);
    const { decode: _decode, ...modelOptions } = options;
    const { model, context, info } = await loadModel(this.#llama, { ...modelOptions, threads });
    const native = options.decode === 'plain' ? null : nativeContextOf(this.#llama, model, context);
    const free: Slot[] = [];
    for (let i = 0; i < options.sequences; i++) {
      const sequence = context.getSequence();
      const id = sequenceIdOf(sequence);
      free.push({ sequence, cache: native && id !== null ? { id, tokens: [] } : null });
    }
    const fast = native && free.every((s) => s.cache) ? { native, decoder: new BatchDecoder(native) } : null;
    this.#loaded = { model, context, wrapper: resolveChatWrapper(model), free, fast };
    return info;
  }

  /** The decode path the loaded model uses (the batched one unless asked otherwise or unavailable). */
  get decodePath(): DecodePath | null {
    return this.#loaded ? (this.#loaded.fast ? 'batched' : 'plain') : null;
  }

  /** Caps the share of wall time spent decoding (0, 1]; 1 lifts the cap. Applies from the next step. */
  setDutyCap(share: number): void {
    this.#duty.set(share);
  }

  async unload(): Promise<void> {
    const loaded = this.#loaded;
    this.#loaded = undefined;
    if (loaded) await loaded.model.dispose();
  }

  /** Tokenizes with the model's template (used for exact usage counts). */
  tokenize(prompt: Prompt): number[] {
    const l = this.#need();
    return promptTokens(l.model, l.wrapper, prompt);
  }

  async generate(
    prompt: Prompt,
    params: GenerateParams,
    onText: (text: string, tokens: number) => void,
    signal: AbortSignal,
  ): Promise<GenerationUsage> {
    const l = this.#need();
    const tokens = promptTokens(l.model, l.wrapper, prompt);
    const room = l.context.contextSize - tokens.length;
    if (room <= 0) {
      throw new RuntimeError(
        'context-length-exceeded',
        `the prompt has ${tokens.length} tokens; the context holds ${l.context.contextSize}`,
      );
    }
    const { slot, cached } = this.#acquire(l, tokens);
    const duty = this.#duty.enter(signal);
    const usage: GenerationUsage = {
      promptTokens: tokens.length,
      cachedTokens: cached,
      completionTokens: 0,
      finishReason: 'length',
    };
    let clean = false;
    try {
      await forgetAfter(l, slot, cached);
      const max = Math.min(params.maxTokens ?? room, room);
      if (max === 0 || signal.aborted) {
        clean = true;
        return { ...usage, finishReason: signal.aborted ? 'cancelled' : 'length' };
      }
      const input = tokens.slice(cached);
      const source =
        l.fast && slot.cache
          ? batchedSource(l.fast.decoder, l.fast.native, slot.cache, input, params)
          : plainSource(slot.sequence, input, params);
      const stop = params.stop;
      const done = await runGeneration({ source, model: l.model, stop, max, signal, duty, usage, onText });
      clean = true;
      return done;
    } finally {
      duty.leave();
      // A failed step may leave cells of unknown content: such a sequence starts empty next time.
      if (!clean) await forgetAfter(l, slot, 0).catch(() => undefined);
      l.free.push(slot);
    }
  }

  #need(): Loaded {
    if (!this.#loaded) throw new RuntimeError('not-loaded', 'no model is loaded');
    return this.#loaded;
  }

  /** Takes the free sequence whose cached tokens share the longest prefix with this prompt. */
  #acquire(l: Loaded, tokens: number[]): { slot: Slot; cached: number } {
    let best = -1;
    let bestLen = -1;
    l.free.forEach((s, i) => {
      const len = s.cache
        ? commonPrefix(s.cache.tokens, tokens)
        : s.sequence.compareContextTokens(tokens as Token[]).firstDifferentIndex;
      if (len > bestLen) {
        best = i;
        bestLen = len;
      }
    });
    const [slot] = l.free.splice(best, 1);
    if (!slot) throw new RuntimeError('no-free-sequence', 'all sequences are busy');
    // At least one prompt token must be evaluated to get logits for the first new token.
    return { slot, cached: Math.max(0, Math.min(bestLen, tokens.length - 1)) };
  }
}

function commonPrefix(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** Drops a sequence's cached tokens from `keep` on. */
async function forgetAfter(l: Loaded, slot: Slot, keep: number): Promise<void> {
  if (slot.cache && l.fast) {
    if (keep < slot.cache.tokens.length) {
      l.fast.native.eraseFrom(slot.cache.id, keep);
      slot.cache.tokens.length = keep;
    }
  } else if (keep < slot.sequence.nextTokenIndex) {
    await slot.sequence.eraseContextTokenRanges([{ start: keep, end: slot.sequence.nextTokenIndex }]);
  }
}
