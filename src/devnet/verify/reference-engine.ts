// The proxy's own reference for one model file: node-llama-cpp in this process, on the same GGUF the
// network names. A check is teacher-forced: one forward pass over the prompt and the worker's tokens,
// reading the reference's full next-token distribution (temperature 1, no truncation) at the sampled
// positions, so its cost is one prefill whatever the sampling settings of the request.
import type {
  ChatWrapper,
  ControlledEvaluateInputItem,
  Llama,
  LlamaContext,
  LlamaModel,
  Token,
} from 'node-llama-cpp';
import { toGeneration } from '../../engine/openai/generation.js';
import { promptTokens } from '../../engine/runtime/prompt.js';
import { TextStream } from '../../engine/runtime/text-stream.js';
import type { JsonObject } from '../../engine/openai/json.js';
import type { GenerateParams } from '../../engine/sandbox/messages.js';

/** A request as the worker's engine reads it: its prompt tokens and sampling. */
export interface ReferenceRequest {
  prompt: number[];
  params: GenerateParams;
}

/** The text a worker's engine gives the client for these tokens, and whether a stop string ended it. */
export interface TokensText {
  text: string;
  stopped: boolean;
}

export interface ReferenceEngineOptions {
  modelPath: string;
  /** CPU threads (default 1: the reference shares the machine with the proxy). */
  threads?: number;
  /** Tokens of prompt + answer a check may cover (default 2048); longer requests are not checked. */
  contextSize?: number;
}

/** Log-probability of every vocabulary token as the next token. */
export type NextTokenLogprobs = ReadonlyMap<number, number>;

type Resolve = (model: LlamaModel) => ChatWrapper;

const FULL = { temperature: 1, topK: 0, topP: 1, minP: 0 } as const;

export class ReferenceEngine {
  readonly contextSize: number;
  readonly #llama: Llama;
  readonly #model: LlamaModel;
  readonly #context: LlamaContext;
  #wrapper: ChatWrapper | null = null;
  #busy: Promise<unknown> = Promise.resolve();

  readonly #resolveWrapper: (model: LlamaModel) => ChatWrapper;

  private constructor(llama: Llama, model: LlamaModel, context: LlamaContext, resolve: Resolve) {
    this.#resolveWrapper = (m) => resolve(m);
    this.#llama = llama;
    this.#model = model;
    this.#context = context;
    this.contextSize = context.contextSize;
  }

  static async open(o: ReferenceEngineOptions): Promise<ReferenceEngine> {
    const { getLlama, LlamaLogLevel, resolveChatWrapper } = await import('node-llama-cpp');
    const threads = o.threads ?? 1;
    const llama = await getLlama({
      gpu: false,
      build: 'never',
      maxThreads: threads,
      logLevel: LlamaLogLevel.error,
      progressLogs: false,
    });
    const model = await llama.loadModel({ modelPath: o.modelPath, gpuLayers: 0 });
    const context = await model.createContext({ contextSize: o.contextSize ?? 2048, threads, sequences: 1 });
    return new ReferenceEngine(llama, model, context, (m) => resolveChatWrapper(m));
  }

  /**
   * An OpenAI body as the worker's engine reads it (src/engine/openai): the prompt tokens the worker saw
   * (its chat template, its BOS rule) and the sampling.
   */
  request(path: string, payload: Buffer): ReferenceRequest {
    const json = JSON.parse(payload.toString('utf8')) as JsonObject;
    const g = toGeneration(path === '/v1/chat/completions' ? 'chat' : 'completion', json);
    if ('path' in g) throw new Error(`the request cannot be re-scored: ${g.path} ${g.message}`);
    const wrapper = (): ChatWrapper => (this.#wrapper ??= this.#resolveWrapper(this.#model));
    return { prompt: promptTokens(this.#model, wrapper, g.prompt), params: g.params };
  }

  /** The client's text for `tokens` exactly as the worker's generation loop makes it (text-stream.ts). */
  textOf(tokens: readonly number[], stop: readonly string[]): TokensText {
    const stream = new TextStream(this.#model, stop);
    let text = '';
    for (const t of tokens) {
      text += stream.push(t);
      if (stream.stopped) return { text, stopped: true };
    }
    return { text: text + stream.end(), stopped: false };
  }

  /** Whether a token ends generation (the model's end-of-generation set). */
  isEog(token: number): boolean {
    return this.#model.isEogToken(token as Token);
  }

  /**
   * Teacher-forced: the distribution after `tokens[0..p]` for each p in `after` (indexes into `tokens`).
   * One check at a time (one sequence), queued.
   */
  nextTokenLogprobs(tokens: readonly number[], after: readonly number[]): Promise<NextTokenLogprobs[]> {
    if (tokens.length > this.contextSize)
      return Promise.reject(new Error(`${tokens.length} tokens exceed the reference's ${this.contextSize}`));
    const run = this.#busy.then(() => this.#evaluate(tokens, after));
    this.#busy = run.catch(() => undefined);
    return run;
  }

  async #evaluate(tokens: readonly number[], after: readonly number[]): Promise<NextTokenLogprobs[]> {
    const wanted = new Set(after);
    const sequence = this.#context.getSequence();
    try {
      const out = await sequence.controlledEvaluate(
        tokens.map((n, i): ControlledEvaluateInputItem => {
          const t = n as Token;
          return wanted.has(i) ? [t, { generateNext: { probabilities: true, options: FULL } }] : t;
        }),
      );
      return after.map((p) => {
        const probs = out[p]?.next.probabilities;
        if (!probs) throw new Error(`the reference returned no distribution at position ${p}`);
        const logs = new Map<number, number>();
        for (const [t, prob] of probs) logs.set(t, Math.log(prob));
        return logs;
      });
    } finally {
      await sequence.dispose();
    }
  }

  async close(): Promise<void> {
    await this.#context.dispose();
    await this.#model.dispose();
    await this.#llama.dispose();
  }
}
