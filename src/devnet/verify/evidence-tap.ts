// The proxy's real evidence reader (docs/protocol.md §8.4): every forwarded request asks for evidence with
// the `X-Silkworm-Evidence: top5` header (all of them, so a checked request looks like any other), and the
// answer's body is split as it streams by the engine's own EvidenceSplitter: the client gets its bytes
// without the evidence — unless it asked for logprobs itself — and the verifier gets the decoded evidence
// when the answer ends. Evidence that does not decode ends the client's answer with a worker error and
// counts as an answer without evidence (the check fails, the tokens are withheld).
import { EVIDENCE_ASK, EVIDENCE_HEADER, EvidenceSplitter } from '../../engine/evidence/carriage.js';
import { EvidenceError } from '../../engine/evidence/format.js';
import { ProxyRequestError } from '../proxy/errors.js';
import type { ProxyResponse } from '../proxy/relay.js';
import { AnswerReader } from './answer-text.js';
import type { EvidenceTap, RequestEvidence, TappedResponse } from './evidence-port.js';

/** Whether an OpenAI body asks for logprobs (chat: `logprobs: true`; completions: true or a count). */
export function clientAsksLogprobs(payload: Buffer): boolean {
  try {
    const json = JSON.parse(payload.toString('utf8')) as unknown;
    if (typeof json !== 'object' || json === null) return false;
    const lp = (json as Record<string, unknown>).logprobs;
    return lp === true || (typeof lp === 'number' && lp > 0);
  } catch {
    return false;
  }
}

const contentTypeOf = (headers: ProxyResponse['headers']): string | undefined =>
  headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1];

export function tapAnswer(clientPayload: Buffer, response: ProxyResponse): TappedResponse {
  const splitter = new EvidenceSplitter(contentTypeOf(response.headers), clientAsksLogprobs(clientPayload));
  // The text the client is given, to compare with the evidence's tokens.
  const seen = new AnswerReader(contentTypeOf(response.headers));
  let settle!: (e: RequestEvidence | null | undefined) => void;
  const evidence = new Promise<RequestEvidence | null | undefined>((resolve) => (settle = resolve));
  const unreadable = (err: unknown): never => {
    settle(null);
    if (!(err instanceof EvidenceError)) throw err;
    throw new ProxyRequestError(
      'worker_error',
      `the worker's answer carried unreadable evidence (${err.code})`,
    );
  };
  async function* body(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of response.body) {
        let out: Buffer;
        try {
          out = splitter.push(chunk);
        } catch (err) {
          return unreadable(err);
        }
        if (out.length) {
          seen.push(out);
          yield out;
        }
      }
      let last: Buffer;
      try {
        last = splitter.finish();
      } catch (err) {
        return unreadable(err);
      }
      seen.push(last);
      const e = splitter.evidence();
      settle(e ? { tokens: e.tokens, basis: e.basis, answer: seen.finish() } : null);
      if (last.length) yield last;
    } finally {
      settle(undefined); // no-op once settled; a client that stopped reading leaves nothing to check
    }
  }
  return { response: { ...response, body: body() }, evidence };
}

/** The tap ProxyVerification uses outside tests: the evidence header on every request, the body split. */
export const carriedEvidence: EvidenceTap = {
  headers: [[EVIDENCE_HEADER, EVIDENCE_ASK]],
  ask: (_path, payload) => payload,
  tap: (_path, clientPayload, response) => tapAnswer(clientPayload, response),
};
