// How evidence travels inside Cocoon's protocol (docs/protocol.md §8.4). The proxy asks with one header
// of the forwarded http.request (`X-Silkworm-Evidence: top5`; Cocoon's C++ worker ignores headers it does
// not know). The worker answers in the body it already sends, so any proxy passes it through unchanged:
// a whole JSON answer gets a top-level member `silkworm_evidence` (the base64 of format.ts's bytes); an
// SSE stream gets one more event before `data: [DONE]`, a chunk with no choices whose only extra member is
// `silkworm_evidence`. A proxy that asked takes it out of the client's answer unless the client asked
// for logprobs itself (`EvidenceSplitter`, `stripEvidence`).
import { StringDecoder } from 'node:string_decoder';
import {
  decodeEvidence,
  encodeEvidence,
  type Evidence,
  type EvidenceBasis,
  type TokenEvidence,
} from './format.js';
import { EVIDENCE_K } from './top-k-probe.js';

export const EVIDENCE_HEADER = 'X-Silkworm-Evidence';
/** The one value a proxy sends in EVIDENCE_HEADER: the top 5 of every generated token. */
export const EVIDENCE_ASK = `top${EVIDENCE_K}`;
export const EVIDENCE_FIELD = 'silkworm_evidence';

type Header = { readonly name: string; readonly value: string };

const isList = (h: readonly Header[] | Readonly<Record<string, string>>): h is readonly Header[] =>
  Array.isArray(h);

/** Whether a forwarded request's headers (TL http.header list, or a name → value record) ask for evidence. */
export function asksEvidence(headers: readonly Header[] | Readonly<Record<string, string>>): boolean {
  const list = isList(headers) ? headers : Object.entries(headers).map(([name, value]) => ({ name, value }));
  const name = EVIDENCE_HEADER.toLowerCase();
  return list.some((h) => h.name.toLowerCase() === name && h.value.trim() === EVIDENCE_ASK);
}

export const evidenceValue = (tokens: readonly TokenEvidence[], basis: EvidenceBasis): string =>
  encodeEvidence({ k: EVIDENCE_K, basis, tokens: [...tokens] }).toString('base64');

/** The SSE event carrying a stream's evidence, with the stream's own chunk head (id, object, model…). */
export function evidenceEvent(
  head: Record<string, unknown>,
  tokens: readonly TokenEvidence[],
  basis: EvidenceBasis,
): Buffer {
  const chunk = { ...head, choices: [], [EVIDENCE_FIELD]: evidenceValue(tokens, basis) };
  return Buffer.from(`data: ${JSON.stringify(chunk)}\n\n`);
}

function fromValue(v: unknown): Evidence | null {
  return typeof v === 'string' ? decodeEvidence(Buffer.from(v, 'base64')) : null;
}

const isEvent = (event: string): boolean => event.includes(`"${EVIDENCE_FIELD}"`);

/**
 * Splits a worker's answer body, as it streams, into the client's bytes (without the evidence) and the
 * evidence. Content types: `text/event-stream` is cut at event boundaries, anything else is read whole.
 * A body without evidence passes unchanged. Throws EvidenceError on evidence that does not decode.
 */
export class EvidenceSplitter {
  readonly #sse: boolean;
  readonly #keep: boolean;
  #held = '';
  // A chunk may end inside a UTF-8 character: decode across chunks.
  readonly #utf8 = new StringDecoder('utf8');
  #whole: Buffer[] = [];
  #evidence: Evidence | null = null;

  /** `keep`: the client asked for logprobs, so the evidence stays in its answer too. */
  constructor(contentType: string | undefined, keep = false) {
    this.#sse = (contentType ?? '').toLowerCase().includes('text/event-stream');
    this.#keep = keep;
  }

  push(chunk: Buffer): Buffer {
    if (!this.#sse) {
      this.#whole.push(chunk);
      return Buffer.alloc(0);
    }
    this.#held += this.#utf8.write(chunk);
    let out = '';
    for (let end = this.#held.indexOf('\n\n'); end !== -1; end = this.#held.indexOf('\n\n')) {
      const event = this.#held.slice(0, end + 2);
      this.#held = this.#held.slice(end + 2);
      out += this.#event(event);
    }
    return Buffer.from(out);
  }

  finish(): Buffer {
    if (this.#sse) {
      const rest = this.#held + this.#utf8.end();
      this.#held = '';
      return Buffer.from(rest.length > 0 ? this.#event(rest) : '');
    }
    const body = Buffer.concat(this.#whole);
    this.#whole = [];
    if (!body.includes(EVIDENCE_FIELD)) return body;
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return body;
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return body;
    const { [EVIDENCE_FIELD]: value, ...rest } = json as Record<string, unknown>;
    this.#evidence = fromValue(value);
    if (this.#keep || value === undefined) return body;
    const newline = body.at(-1) === 0x0a ? '\n' : '';
    return Buffer.from(`${JSON.stringify(rest)}${newline}`);
  }

  /** The evidence read so far (a stream's arrives with its last events). */
  evidence(): Evidence | null {
    return this.#evidence;
  }

  #event(event: string): string {
    if (!isEvent(event)) return event;
    const data = event.replace(/^data: /, '').trim();
    try {
      this.#evidence = fromValue((JSON.parse(data) as Record<string, unknown>)[EVIDENCE_FIELD]);
    } catch (err) {
      if (err instanceof SyntaxError) return event;
      throw err;
    }
    return this.#keep ? event : '';
  }
}

/** A whole answer body without its evidence (and the evidence), for callers that hold the body at once. */
export function stripEvidence(
  body: Buffer,
  contentType: string | undefined,
): { body: Buffer; evidence: Evidence | null } {
  const s = new EvidenceSplitter(contentType);
  const out = Buffer.concat([s.push(body), s.finish()]);
  return { body: out, evidence: s.evidence() };
}
