// Billing record of one request (docs/protocol.md §4.5): four monotone maxima read from every
// complete JSON value in the engine's response body, then adjusted with the coefficient and the root
// config's multipliers in IEEE doubles, in the same order as Cocoon's C++ worker. Unlike that worker we
// also count OpenAI-style SSE streams (`data: {…}` lines), which it leaves at 0.

export interface Multipliers {
  prompt: number;
  cached: number;
  completion: number;
  reasoning: number;
}

export const UNIT_MULTIPLIERS: Multipliers = {
  prompt: 10_000,
  cached: 10_000,
  completion: 10_000,
  reasoning: 10_000,
};

export interface RawUsage {
  prompt: number;
  cached: number;
  completion: number;
  reasoning: number;
}

export interface AdjustedTokens {
  prompt: bigint;
  cached: bigint;
  completion: bigint;
  reasoning: bigint;
  total: bigint;
}

/** trunc_to_int64(double(n) * (double(coef) * 0.001) * double(mult) * 0.0001), exactly as docs/protocol.md §4.5. */
export function adjust(n: number, coefficient: number, multiplier: number): bigint {
  return BigInt(Math.trunc(n * (coefficient * 0.001) * multiplier * 0.0001));
}

export function adjustUsage(u: RawUsage, coefficient: number, m: Multipliers): AdjustedTokens {
  const prompt = adjust(u.prompt - u.cached, coefficient, m.prompt);
  const cached = adjust(u.cached, coefficient, m.cached);
  const completion = adjust(u.completion - u.reasoning, coefficient, m.completion);
  const reasoning = adjust(u.reasoning, coefficient, m.reasoning);
  return { prompt, cached, completion, reasoning, total: prompt + cached + completion + reasoning };
}

const MAX_PENDING = 1 << 20;

function nonNegInt(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

/** Feeds body chunks as they pass through; reads usage from JSON lines, SSE `data:` lines or one JSON body. */
export class TokenCounter {
  readonly usage: RawUsage = { prompt: 0, cached: 0, completion: 0, reasoning: 0 };
  #pending = '';
  #whole = '';
  #sawValue = false;
  readonly #decoder = new TextDecoder();

  push(chunk: Uint8Array): void {
    const text = this.#decoder.decode(chunk, { stream: true });
    if (this.#whole.length < MAX_PENDING) this.#whole += text;
    this.#pending += text;
    let nl: number;
    while ((nl = this.#pending.indexOf('\n')) !== -1) {
      this.#line(this.#pending.slice(0, nl));
      this.#pending = this.#pending.slice(nl + 1);
    }
    if (this.#pending.length > MAX_PENDING) this.#pending = '';
  }

  /** Call once the body has ended. */
  finish(): RawUsage {
    this.#pending += this.#decoder.decode();
    if (this.#pending.trim() !== '') this.#line(this.#pending);
    this.#pending = '';
    if (!this.#sawValue && this.#whole.trim() !== '') this.#value(this.#whole);
    return this.usage;
  }

  #line(raw: string): void {
    let line = raw.trim();
    if (line.startsWith('data:')) line = line.slice(5).trim();
    if (line === '' || line === '[DONE]' || !line.startsWith('{')) return;
    this.#value(line);
  }

  #value(text: string): void {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof doc !== 'object' || doc === null) return;
    this.#sawValue = true;
    const usage = (doc as { usage?: unknown }).usage;
    if (typeof usage !== 'object' || usage === null) return;
    const u = usage as Record<string, unknown>;
    const details = (u.prompt_tokens_details ?? {}) as Record<string, unknown>;
    const cdetails = (u.completion_tokens_details ?? {}) as Record<string, unknown>;
    this.#raise('prompt', nonNegInt(u.prompt_tokens));
    this.#raise('cached', nonNegInt(details.cached_tokens));
    this.#raise('completion', nonNegInt(u.completion_tokens));
    this.#raise('reasoning', nonNegInt(cdetails.reasoning_tokens));
    this.#raise('reasoning', nonNegInt(u.reasoning_tokens));
  }

  #raise(key: keyof RawUsage, value: number | null): void {
    if (value !== null && value > this.usage[key]) this.usage[key] = value;
  }
}
