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
import { TextStream } from './text-stream.js';
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

/** As model-load's options; threads default to the runtime's own. */
export type LoadOptions = Omit<ModelLoadOptions, 'threads'> & { threads?: number };

interface Loaded {
  model: LlamaModel;
  context: LlamaContext;
  wrapper: ChatWrapper;
  free: LlamaContextSequence[];
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
    const { model, context, info } = await loadModel(this.#llama, { ...options, threads });
    const free: LlamaContextSequence[] = [];
    for (let i = 0; i < options.sequences; i++) free.push(context.getSequence());
    this.#loaded = { model, context, wrapper: resolveChatWrapper(model), free };
    return info;
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
    const { sequence, cached } = this.#acquire(l, tokens);
    const duty = this.#duty.enter(signal);
    const usage: GenerationUsage = {
      promptTokens: tokens.length,
      cachedTokens: cached,
      completionTokens: 0,
      finishReason: 'length',
    };
    try {
      if (cached < sequence.nextTokenIndex) {
        await sequence.eraseContextTokenRanges([{ start: cached, end: sequence.nextTokenIndex }]);
      }
      const max = Math.min(params.maxTokens ?? room, room);
      if (max === 0 || signal.aborted)
        return { ...usage, finishReason: signal.aborted ? 'cancelled' : 'length' };
      const text = new TextStream(l.model, params.stop);
      const options = {
        temperature: params.temperature,
        topP: params.topP,
        ...(params.seed === undefined ? {} : { seed: params.seed }),
      };
      for await (const token of sequence.evaluate(tokens.slice(cached) as Token[], options)) {
        if (signal.aborted) {
          usage.finishReason = 'cancelled';
          break;
        }
        if (l.model.isEogToken(token)) {
          usage.finishReason = 'stop';
          break;
        }
        usage.completionTokens++;
        const piece = text.push(token);
        if (piece.length > 0 || text.stopped) onText(piece, 1);
        if (text.stopped) {
          usage.finishReason = 'stop';
          break;
        }
        if (usage.completionTokens >= max) break;
        // The throttling level's duty cap: the one place decoding waits (duty-cap.ts).
        await duty.step();
      }
      // node-llama-cpp ends the generator itself when sampling picks an end-of-generation token (it does
      // not yield it): that is a natural stop, not the length limit.
      if (usage.finishReason === 'length' && usage.completionTokens < max && !signal.aborted)
        usage.finishReason = 'stop';
      const tail = text.end();
      if (tail.length > 0) onText(tail, 0);
      return usage;
    } finally {
      duty.leave();
      l.free.push(sequence);
    }
  }

  #need(): Loaded {
    if (!this.#loaded) throw new RuntimeError('not-loaded', 'no model is loaded');
    return this.#loaded;
  }

  /** Takes the free sequence whose cached tokens share the longest prefix with this prompt. */
  #acquire(l: Loaded, tokens: number[]): { sequence: LlamaContextSequence; cached: number } {
    let best = -1;
    let bestLen = -1;
    l.free.forEach((s, i) => {
      const len = s.compareContextTokens(tokens as Token[]).firstDifferentIndex;
      if (len > bestLen) {
        best = i;
        bestLen = len;
      }
    });
    const [sequence] = l.free.splice(best, 1);
    if (!sequence) throw new RuntimeError('no-free-sequence', 'all sequences are busy');
    // At least one prompt token must be evaluated to get logits for the first new token.
    return { sequence, cached: Math.max(0, Math.min(bestLen, tokens.length - 1)) };
  }
}
