// llama.cpp's own clock: with performanceTracking on, a context counts the time spent in batched decodes
// ("prompt eval") and in one-token decodes ("eval"); printTimings() logs and resets the counters. Read
// here from the log lines, they measure exactly the harness's runs without any JavaScript in between.
import type { LlamaContext } from 'node-llama-cpp';

export interface PerfCounts {
  promptMs: number;
  promptTokens: number;
  evalMs: number;
  evalRuns: number;
}

const PROMPT = /prompt eval time =\s*([\d.]+) ms \/\s*(\d+) tokens/;
const EVAL = /:\s+eval time =\s*([\d.]+) ms \/\s*(\d+) runs/;

export function parsePerfLines(text: string): PerfCounts | null {
  const p = PROMPT.exec(text);
  const e = EVAL.exec(text);
  if (!p || !e) return null;
  return { promptMs: Number(p[1]), promptTokens: Number(p[2]), evalMs: Number(e[1]), evalRuns: Number(e[2]) };
}

export class LlamaPerfCounters {
  #lines: string[] = [];

  /** The llama's logger: keeps only llama.cpp's timing lines (no other log text is kept). */
  readonly logger = (_level: unknown, message: string): void => {
    if (message.includes('llama_perf_context_print')) this.#lines.push(message);
  };

  /** The counts since the last take (and resets them); null when llama.cpp printed none. */
  async take(context: LlamaContext): Promise<PerfCounts | null> {
    this.#lines = [];
    await context.printTimings();
    const counts = parsePerfLines(this.#lines.join('\n'));
    this.#lines = [];
    return counts;
  }
}
