// The per-request decode loop, the same whichever path supplies the tokens: stop at cancel, at an
// end-of-generation token, at a stop string (never emitted) or at the length limit; count every
// completion token exactly; stream text as it becomes safe to emit; and wait on the duty cap between
// decode steps (the one place decoding waits).
import type { Token } from 'node-llama-cpp';
import type { GenerationUsage } from '../sandbox/messages.js';
import type { DutyLane } from './duty-cap.js';
import { TextStream, type Detokenizer } from './text-stream.js';

/** The next sampled token (after decoding the previous one), or null when generation ended by itself. */
export interface TokenSource {
  next(): Promise<number | null>;
  close(): Promise<void>;
}

export interface LoopInput {
  source: TokenSource;
  model: Detokenizer & { isEogToken(token: Token): boolean };
  stop: readonly string[];
  max: number;
  signal: AbortSignal;
  duty: DutyLane;
  usage: GenerationUsage;
  onText: (text: string, tokens: number) => void;
  /** Every counted completion token, before its text (the evidence track, src/engine/evidence). */
  onToken?: ((token: number) => void) | undefined;
}

export async function runGeneration(o: LoopInput): Promise<GenerationUsage> {
  const { usage, signal } = o;
  const text = new TextStream(o.model, o.stop);
  try {
    for (let token = await o.source.next(); token !== null; token = await o.source.next()) {
      if (signal.aborted) {
        usage.finishReason = 'cancelled';
        break;
      }
      if (o.model.isEogToken(token as Token)) {
        usage.finishReason = 'stop';
        break;
      }
      usage.completionTokens++;
      o.onToken?.(token);
      const piece = text.push(token);
      if (piece.length > 0 || text.stopped) o.onText(piece, 1);
      if (text.stopped) {
        usage.finishReason = 'stop';
        break;
      }
      if (usage.completionTokens >= o.max) break;
      // The throttling level's duty cap: the one place decoding waits (duty-cap.ts).
      await o.duty.step();
    }
  } finally {
    await o.source.close();
  }
  // A source ends by itself when sampling picks an end-of-generation token that it does not hand out
  // (node-llama-cpp's evaluate()): that is a natural stop, not the length limit.
  if (usage.finishReason === 'length' && usage.completionTokens < o.max && !signal.aborted)
    usage.finishReason = 'stop';
  const tail = text.end();
  if (tail.length > 0) o.onText(tail, 0);
  return usage;
}
