import { describe, expect, it } from 'vitest';
import { parsePerfLines } from './llama-perf.js';

// As llama.cpp (b6xxx, through node-llama-cpp 3.21) prints them from printTimings().
const recorded = [
  'llama_perf_context_print:        load time =    1114.11 ms',
  'llama_perf_context_print: prompt eval time =     761.72 ms /   512 tokens (    1.49 ms per token,   672.16 tokens per second)',
  'llama_perf_context_print:        eval time =     923.37 ms /   257 runs   (    3.59 ms per token,   278.33 tokens per second)',
  'llama_perf_context_print:       total time =    2801.10 ms /   769 tokens',
].join('\n');

describe('parsePerfLines', () => {
  it("reads llama.cpp's prompt and generation counters", () => {
    expect(parsePerfLines(recorded)).toEqual({
      promptMs: 761.72,
      promptTokens: 512,
      evalMs: 923.37,
      evalRuns: 257,
    });
  });

  it('does not take the prompt line for the eval line, and says null when a line is missing', () => {
    const promptOnly = recorded
      .split('\n')
      .filter((l) => !/:\s+eval time/.test(l))
      .join('\n');
    expect(parsePerfLines(promptOnly)).toBeNull();
    expect(parsePerfLines('')).toBeNull();
  });
});
