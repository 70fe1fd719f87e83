// A cheating worker that does not run the model at all (never used by a node; impostor.ts): every answer
// is uniformly random printable tokens of the claimed model's vocabulary (vocabulary.ts), as many as
// max_tokens asks (16 without one), with fabricated top-5 evidence claiming each was the most likely
// token, and the text their detokenization as the engine would print it — whole JSON or SSE, shaped by the
// engine's own ResponseShaper. Only the verifier's re-scoring (the reference would rarely pick these
// tokens) can catch it.
import { EVIDENCE_FIELD, evidenceEvent, evidenceValue } from '../../engine/evidence/carriage.js';
import type { TokenEvidence } from '../../engine/evidence/format.js';
import { EVIDENCE_K } from '../../engine/evidence/top-k-probe.js';
import { ResponseShaper } from '../../engine/openai/respond.js';
import { TextStream } from '../../engine/runtime/text-stream.js';
import type { GenerationUsage } from '../../engine/sandbox/messages.js';
import {
  bytesResponse,
  Impostor,
  requestJson,
  type Call,
  type Cheat,
  type ImpostorOptions,
  type JsonObject,
} from './impostor.js';
import type { Vocabulary } from './vocabulary.js';

const UNASKED_MAX_TOKENS = 16;
const DONE = 'data: [DONE]\n\n';

export class RandomTokenBackend extends Impostor {
  readonly #vocabulary: Vocabulary;
  readonly #random: () => number;

  constructor(o: ImpostorOptions & { vocabulary: Vocabulary; random?: () => number }) {
    super(o);
    this.#vocabulary = o.vocabulary;
    this.#random = o.random ?? Math.random;
  }

  protected async cheat(call: Call): Promise<Cheat> {
    const { req } = call;
    const json = requestJson(req.body);
    const chat = req.path === '/v1/chat/completions';
    if (!json || (!chat && req.path !== '/v1/completions')) return this.honest(call);
    const n = typeof json.max_tokens === 'number' ? json.max_tokens : UNASKED_MAX_TOKENS;
    const tokens = Array.from({ length: Math.max(1, n) }, () => this.#evidence());
    const text = new TextStream(this.#vocabulary, []);
    const pieces = tokens.map((t) => text.push(t.token));
    pieces.push(text.end());
    const usage: GenerationUsage = {
      promptTokens: this.#vocabulary.count(promptText(json)),
      cachedTokens: 0,
      completionTokens: tokens.length,
      finishReason: 'length',
    };
    const shaper = new ResponseShaper(
      chat ? 'chat' : 'completion',
      typeof json.model === 'string' ? json.model : '',
    );
    if (json.stream !== true) {
      const extra = req.evidence ? { [EVIDENCE_FIELD]: evidenceValue(tokens, 'top-k') } : {};
      const body = shaper.whole(pieces.join(''), usage, null, extra);
      return { response: bytesResponse(200, { 'content-type': 'application/json' }, body), cheated: true };
    }
    const end = shaper.end(usage).toString('utf8');
    const body = Buffer.concat([
      shaper.start() ?? Buffer.alloc(0),
      ...pieces.filter((p) => p.length > 0).map((p) => shaper.delta(p)),
      Buffer.from(end.slice(0, end.length - DONE.length)),
      req.evidence ? evidenceEvent(shaper.head(), tokens, 'top-k') : Buffer.alloc(0),
      Buffer.from(DONE),
    ]);
    const headers = { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' };
    return { response: bytesResponse(200, headers, body), cheated: true };
  }

  #pick(): number {
    const p = this.#vocabulary.printable;
    return p[Math.floor(this.#random() * p.length)] ?? 0;
  }

  /** A random token claimed as the top one, with EVIDENCE_K − 1 random others below it (top-k basis). */
  #evidence(): TokenEvidence {
    const ids = new Set<number>();
    while (ids.size < Math.min(EVIDENCE_K, this.#vocabulary.printable.length)) ids.add(this.#pick());
    const step = 0.2 + this.#random() * 1.3;
    const logits = [...ids].map((_, i) => -i * step * (1 + this.#random() * 0.5));
    const norm = Math.log(logits.reduce((s, l) => s + Math.exp(l), 0));
    const top = [...ids].map((token, i) => ({ token, logprob: Math.min(0, (logits[i] ?? 0) - norm) }));
    const first = top[0] ?? { token: 0, logprob: 0 };
    return { token: first.token, logprob: first.logprob, top };
  }
}

/** The prompt's text, for its billed size: the messages' contents, or the completion prompt. */
function promptText(json: JsonObject): string {
  if (Array.isArray(json.messages))
    return json.messages
      .map((m: unknown) => (typeof m === 'object' && m !== null ? (m as JsonObject).content : ''))
      .filter((c): c is string => typeof c === 'string')
      .join('\n');
  return typeof json.prompt === 'string' ? json.prompt : '';
}
