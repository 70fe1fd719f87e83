// What the client of a checked request was actually given: the answer's text and finish reason, read from
// the bytes the proxy passes on (a whole JSON answer, or an SSE stream's deltas). The verifier compares
// this text with the text of the evidence's tokens, so a worker cannot send honest evidence beside an
// invented answer. Bounded: past MAX_TEXT characters the text is dropped (the request is then not
// compared, and the check says nothing about it).
import { StringDecoder } from 'node:string_decoder';

/** What the client saw; `text` null when it could not be read (not JSON/SSE, too long, malformed). */
export interface AnswerSeen {
  text: string | null;
  finish: string | null;
}

const MAX_TEXT = 1 << 20;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first choice's text and finish reason of one JSON answer or stream chunk. */
function choiceOf(json: unknown): { text: string | null; finish: string | null } | null {
  if (!isObj(json) || !Array.isArray(json.choices)) return null;
  const c: unknown = json.choices[0];
  if (!isObj(c)) return { text: null, finish: null };
  const finish = typeof c.finish_reason === 'string' ? c.finish_reason : null;
  const holder = isObj(c.message) ? c.message : isObj(c.delta) ? c.delta : c;
  const t = 'content' in holder ? holder.content : holder.text;
  return { text: typeof t === 'string' ? t : null, finish };
}

export class AnswerReader {
  readonly #sse: boolean;
  readonly #utf8 = new StringDecoder('utf8');
  #held = '';
  #whole: Buffer[] = [];
  #size = 0;
  #text: string | null = '';
  #finish: string | null = null;

  constructor(contentType: string | undefined) {
    this.#sse = (contentType ?? '').toLowerCase().includes('text/event-stream');
  }

  /** Bytes as the client receives them (evidence already taken out, or kept: both read the same). */
  push(chunk: Buffer): void {
    if (this.#text === null) return;
    this.#size += chunk.length;
    if (this.#size > MAX_TEXT * 4) return void (this.#text = null);
    if (!this.#sse) return void this.#whole.push(chunk);
    this.#held += this.#utf8.write(chunk);
    for (let end = this.#held.indexOf('\n\n'); end !== -1; end = this.#held.indexOf('\n\n')) {
      this.#event(this.#held.slice(0, end));
      this.#held = this.#held.slice(end + 2);
    }
  }

  /** The answer as seen, once its last byte was pushed. */
  finish(): AnswerSeen {
    if (this.#text === null) return { text: null, finish: this.#finish };
    if (this.#sse) {
      const rest = this.#held + this.#utf8.end();
      if (rest.trim().length > 0) this.#event(rest);
      return { text: this.#text, finish: this.#finish };
    }
    try {
      const c = choiceOf(JSON.parse(Buffer.concat(this.#whole).toString('utf8')));
      return c && c.text !== null ? { text: c.text, finish: c.finish } : { text: null, finish: null };
    } catch {
      return { text: null, finish: null };
    }
  }

  #event(event: string): void {
    for (const line of event.split('\n')) {
      if (!line.startsWith('data:')) continue;
      const data = line.slice(5).trim();
      if (data === '[DONE]' || data.length === 0) continue;
      let c: ReturnType<typeof choiceOf>;
      try {
        c = choiceOf(JSON.parse(data));
      } catch {
        this.#text = null;
        return;
      }
      if (!c) continue;
      if (c.finish !== null) this.#finish = c.finish;
      if (c.text !== null && this.#text !== null) this.#text += c.text;
      if (this.#text !== null && this.#text.length > MAX_TEXT) this.#text = null;
    }
  }
}
