// node-llama-cpp behind one small class: load a model into one context with N sequences, generate on a
// free sequence (reusing the longest cached prompt prefix), stream text out. Runs inside the sandbox
// child, and in-process only for the perf baseline.
import { randomInt } from 'node:crypto';
import type { ChatWrapper, Llama, LlamaContext, LlamaModel } from 'node-llama-cpp';
import type {
  GenerateParams,
  GenerationUsage,
  GpuOption,
  LoadInfo,
  Prompt,
  RuntimeInfo,
} from '../sandbox/messages.js';
import { promptTokens } from './prompt.js';
import { BatchDecoder } from './batch-decoder.js';
import { acquireSlot, forgetAfter, type Slot, type SlotPool } from './sequence-slots.js';
import { runGeneration } from './generation-loop.js';
import { nativeContextOf, sequenceIdOf } from './native-context.js';
import { batchedSource, plainSource } from './token-sources.js';
import { runtimeInfo } from './runtime-info.js';
import { loadModel, type LoadOptions as ModelLoadOptions } from './model-load.js';
import { RuntimeError } from './runtime-error.js';
import { DutyCap, type DutyStats } from './duty-cap.js';
import { evidenceTrack } from '../evidence/track.js';
import { plainEvidenceSource } from '../evidence/plain-source.js';
import type { TokenEvidenceMessage } from '../sandbox/messages.js';

/** How long after a load, with no request running, the chat template is prepared. */
const WARM_AFTER_MS = 300;

/** How generate() decodes: every active sequence in one native batch per step, or node-llama-cpp's evaluate(). */
export type DecodePath = 'batched' | 'plain';

/** As model-load's options; threads default to the runtime's own; decode defaults to 'batched'. */
export type LoadOptions = Omit<ModelLoadOptions, 'threads'> & { threads?: number; decode?: DecodePath };

interface Loaded extends SlotPool {
  model: LlamaModel;
  context: LlamaContext;
  /** Resolved on the first chat prompt or once the engine is idle after loading (never on the start path). */
  wrapper: ChatWrapper | undefined;
  resolveWrapper: () => ChatWrapper;
  sequences: number;
  /** When a request last started or ended (performance.now()). */
  lastBusyAt: number;
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

  info(): Promise<RuntimeInfo> {
    return runtimeInfo(this.#llama);
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
    const loaded: Loaded = {
      model,
      context,
      wrapper: undefined,
      resolveWrapper: () => resolveChatWrapper(model),
      sequences: options.sequences,
      lastBusyAt: performance.now(),
      free,
      fast,
    };
    this.#loaded = loaded;
    this.#warmWrapperWhenIdle(loaded);
    return info;
  }

  /** The decode path the loaded model uses (the batched one unless asked otherwise or unavailable). */
  get decodePath(): DecodePath | null {
    return this.#loaded ? (this.#loaded.fast ? 'batched' : 'plain') : null;
  }

  /**
   * Caps the share of wall time spent decoding (0, 1]; 1 lifts the cap. Applies from the next step.
   * Returns how the cap it replaces held: its share and the busy and elapsed ms of its window.
   */
  setDutyCap(share: number): DutyStats {
    const before = this.#duty.stats();
    this.#duty.set(share);
    return before;
  }

  async unload(): Promise<void> {
    const loaded = this.#loaded;
    this.#loaded = undefined;
    if (loaded) await loaded.model.dispose();
  }

  /** Tokenizes with the model's template (used for exact usage counts). */
  tokenize(prompt: Prompt): number[] {
    const l = this.#need();
    return promptTokens(l.model, () => this.#wrapper(l), prompt);
  }

  async generate(
    prompt: Prompt,
    asked: GenerateParams,
    onText: (text: string, tokens: number) => void,
    signal: AbortSignal,
    /** Each counted token's top-k log-probabilities, when `params.evidence` asks (src/engine/evidence). */
    onEvidence: (e: TokenEvidenceMessage) => void = () => undefined,
  ): Promise<GenerationUsage> {
    // No seed named: a fresh random one, not node-llama-cpp's current second (two identical requests in
    // the same second would draw the same tokens, which the proxy's replay check rightly reads as a replay).
    const params = asked.seed === undefined ? { ...asked, seed: randomInt(2 ** 31) } : asked;
    const l = this.#need();
    const tokens = promptTokens(l.model, () => this.#wrapper(l), prompt);
    const room = l.context.contextSize - tokens.length;
    if (room <= 0) {
      throw new RuntimeError(
        'context-length-exceeded',
        `the prompt has ${tokens.length} tokens; the context holds ${l.context.contextSize}`,
      );
    }
    const { slot, cached } = acquireSlot(l, tokens);
    l.lastBusyAt = performance.now();
    const duty = this.#duty.enter(signal);
    const usage: GenerationUsage = {
      promptTokens: tokens.length,
      cachedTokens: cached,
      completionTokens: 0,
      finishReason: 'length',
    };
    let clean = false;
    const batched = l.fast && slot.cache ? l.fast : null;
    const track = evidenceTrack({
      native: batched?.native ?? null,
      params,
      model: l.model,
      emit: onEvidence,
    });
    try {
      await forgetAfter(l, slot, cached);
      const max = Math.min(params.maxTokens ?? room, room);
      if (max === 0 || signal.aborted) {
        clean = true;
        return { ...usage, finishReason: signal.aborted ? 'cancelled' : 'length' };
      }
      const input = tokens.slice(cached);
      const source =
        batched && slot.cache
          ? batchedSource(batched.decoder, batched.native, slot.cache, input, params, track?.probe)
          : track
            ? plainEvidenceSource(slot.sequence, input, params, track.record)
            : plainSource(slot.sequence, input, params);
      const stop = params.stop;
      const onToken = track?.counted;
      const loop = { source, model: l.model, stop, max, signal, duty, usage, onText, onToken };
      const done = await runGeneration(loop);
      clean = true;
      return done;
    } finally {
      track?.close();
      duty.leave();
      // A failed step may leave cells of unknown content: such a sequence starts empty next time.
      if (!clean) await forgetAfter(l, slot, 0).catch(() => undefined);
      l.free.push(slot);
      l.lastBusyAt = performance.now();
    }
  }

  #wrapper(l: Loaded): ChatWrapper {
    return (l.wrapper ??= l.resolveWrapper());
  }

  /** Resolves the chat wrapper (about a second of template rendering) once no request ran for a while. */
  #warmWrapperWhenIdle(l: Loaded, delayMs = WARM_AFTER_MS): void {
    const timer = setTimeout(() => {
      if (this.#loaded !== l || l.wrapper) return;
      const quietMs = performance.now() - l.lastBusyAt;
      if (l.free.length < l.sequences) this.#warmWrapperWhenIdle(l);
      else if (quietMs < WARM_AFTER_MS) this.#warmWrapperWhenIdle(l, WARM_AFTER_MS - quietMs);
      else this.#wrapper(l);
    }, delayMs);
    timer.unref();
  }

  #need(): Loaded {
    if (!this.#loaded) throw new RuntimeError('not-loaded', 'no model is loaded');
    return this.#loaded;
  }
}
