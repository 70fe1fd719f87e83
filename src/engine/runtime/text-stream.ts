// Turns generated tokens into text pieces: waits for complete UTF-8 characters (byte tokens can split
// them) and holds back any tail that could still become a stop string, so stop text is never emitted.
export interface Detokenizer {
  detokenize(tokens: readonly number[], specialTokens?: boolean, lastTokens?: readonly number[]): string;
}

const MAX_PENDING = 4; // the longest UTF-8 sequence

export class TextStream {
  readonly #model: Detokenizer;
  readonly #stops: readonly string[];
  #pending: number[] = [];
  #last: number[] = [];
  #held = '';
  #stopped = false;

  constructor(model: Detokenizer, stops: readonly string[]) {
    this.#model = model;
    this.#stops = stops;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  /** Adds one token; returns the text that is now safe to emit (may be empty). */
  push(token: number): string {
    this.#pending.push(token);
    const text = this.#model.detokenize(this.#pending, false, this.#last);
    if (text.endsWith('\uFFFD') && this.#pending.length < MAX_PENDING) return '';
    this.#last = [...this.#last, ...this.#pending].slice(-8);
    this.#pending = [];
    return this.#release(text);
  }

  /** The text still held at the end of generation (nothing after a stop string). */
  end(): string {
    if (this.#stopped) return '';
    const tail = this.#pending.length > 0 ? this.#model.detokenize(this.#pending, false, this.#last) : '';
    this.#pending = [];
    const out = this.#held + tail;
    this.#held = '';
    return out;
  }

  #release(text: string): string {
    this.#held += text;
    if (this.#stops.length === 0) {
      const out = this.#held;
      this.#held = '';
      return out;
    }
    let cut = -1;
    for (const stop of this.#stops) {
      const at = this.#held.indexOf(stop);
      if (at !== -1 && (cut === -1 || at < cut)) cut = at;
    }
    if (cut !== -1) {
      this.#stopped = true;
      const out = this.#held.slice(0, cut);
      this.#held = '';
      return out;
    }
    let keep = 0;
    for (const stop of this.#stops) {
      for (let k = Math.min(stop.length - 1, this.#held.length); k > keep; k--) {
        if (this.#held.endsWith(stop.slice(0, k))) {
          keep = k;
          break;
        }
      }
    }
    const out = this.#held.slice(0, this.#held.length - keep);
    this.#held = this.#held.slice(this.#held.length - keep);
    return out;
  }
}
