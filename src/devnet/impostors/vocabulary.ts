// The vocabulary of a GGUF file without its weights (node-llama-cpp's vocabOnly load), for the random-token
// impostor (random-token-backend.ts; never used by a node): the tokens a model could print — not control,
// end-of-generation or empty ones — and the detokenizer and tokenizer the engine itself uses.
import type { Llama, LlamaModel, Token } from 'node-llama-cpp';
import type { Detokenizer } from '../../engine/runtime/text-stream.js';

export class Vocabulary implements Detokenizer {
  readonly #llama: Llama;
  readonly #model: LlamaModel;
  /** The printable tokens, in id order. */
  readonly printable: readonly number[];

  private constructor(llama: Llama, model: LlamaModel) {
    this.#llama = llama;
    this.#model = model;
    const printable: number[] = [];
    for (const t of model.iterateAllTokens()) {
      if (model.isSpecialToken(t) || model.isEogToken(t)) continue;
      if (model.detokenize([t]).length > 0) printable.push(t);
    }
    this.printable = printable;
  }

  static async open(modelPath: string): Promise<Vocabulary> {
    const { getLlama, LlamaLogLevel } = await import('node-llama-cpp');
    const llama = await getLlama({
      gpu: false,
      build: 'never',
      maxThreads: 1,
      logLevel: LlamaLogLevel.error,
      progressLogs: false,
    });
    const model = await llama.loadModel({ modelPath, vocabOnly: true, gpuLayers: 0 });
    return new Vocabulary(llama, model);
  }

  detokenize(tokens: readonly number[], specialTokens?: boolean, lastTokens?: readonly number[]): string {
    return this.#model.detokenize(tokens as Token[], specialTokens, lastTokens as Token[] | undefined);
  }

  /** How many tokens `text` is (a cheater's guess at the prompt's billed size). */
  count(text: string): number {
    return this.#model.tokenize(text).length;
  }

  async close(): Promise<void> {
    await this.#model.dispose();
    await this.#llama.dispose();
  }
}
