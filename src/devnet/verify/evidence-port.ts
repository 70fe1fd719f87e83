// What the verifier needs from a worker's answer: the tokens it generated and, for each, the top-k
// log-probabilities of the model's own next-token distribution (before sampling: temperature 1, no
// truncation), as the engine computed them while serving (src/engine/evidence's records). The worker's engine sends them
// compressed inside the answer; `EvidenceTap` is the one place that reads them (and hides them from a client
// that did not ask), so the verifier depends on this shape only.
import type { ProxyResponse } from '../proxy/relay.js';
import type { AnswerSeen } from './answer-text.js';

/** One generated token, as src/engine/evidence decodes it (the same shape, structurally). */
export interface TokenEvidence {
  token: number;
  logprob: number;
  /** Most likely first. */
  top: ReadonlyArray<{ token: number; logprob: number }>;
}

export interface RequestEvidence {
  tokens: readonly TokenEvidence[];
  /**
   * What the log-probabilities are normalised over (src/engine/evidence/format.ts): the whole vocabulary
   * (default), or each position's top-k set — then the reference is renormalised over the same tokens.
   */
  basis?: 'vocabulary' | 'top-k';
  /** What the client was given (answer-text.ts); absent when the tap did not read it. */
  answer?: AnswerSeen;
}

export interface TappedResponse {
  /** What the client receives (evidence removed unless it asked for log-probabilities). */
  response: ProxyResponse;
  /**
   * Settles when the answer ended: its evidence, or null when it carried none (or could not be read);
   * undefined when the answer was not read to its end (nothing to check).
   */
  evidence: Promise<RequestEvidence | null | undefined>;
}

/** How the proxy asks for evidence in the request it forwards, and reads it back from the answer. */
export interface EvidenceTap {
  /** Headers added to every forwarded request (the same on every request, checked or not). */
  readonly headers: ReadonlyArray<[string, string]>;
  /** The payload as forwarded to the worker (asking for top-k log-probabilities). */
  ask(path: string, payload: Buffer): Buffer;
  tap(path: string, clientPayload: Buffer, response: ProxyResponse): TappedResponse;
}
