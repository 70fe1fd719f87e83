// Cuts an answer body into its JSON values and passes each through a transform (encrypt on the worker,
// decrypt on the client), chunk by chunk as the body streams (docs/protocol.md §4.8).
// - 'json': a sequence of JSON objects, as Cocoon's AnswerPostprocessor reads a body; each comes out
//   compact and followed by "\n", as Cocoon writes it.
// - 'sse': OpenAI server-sent events; every `data: {…}` line carries one object and comes out as
//   `data: <transformed>`, `data: [DONE]` passes. Cocoon's C++ worker cannot read this format (it drops
//   the body); Silkworm encrypts each event's object instead, so a stream stays a stream.
// Nothing that could not be cut into objects is forwarded: it is counted in `droppedBytes`, never sent on,
// so a transform that encrypts can never let a plaintext past it.
import { byteOrderKeys, isJsonObject, parseJsonObject, type Json, type JsonObject } from './json-fields.js';

export type AnswerFormat = 'json' | 'sse';

/** The format of an answer body from its Content-Type. */
export function answerFormat(contentType: string | undefined): AnswerFormat {
  return contentType?.toLowerCase().startsWith('text/event-stream') ? 'sse' : 'json';
}

/** JSON text with object keys in byte order, as nlohmann::json::dump() writes it. */
export function dumpSorted(value: Json): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!isJsonObject(v)) return v;
    const out: Record<string, unknown> = {};
    for (const key of byteOrderKeys(v)) Object.defineProperty(out, key, { value: v[key], enumerable: true });
    return out;
  });
}

const WHITESPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);
const EVENT_END = Buffer.from('\n\n');

export class AnswerStream {
  readonly #format: AnswerFormat;
  readonly #transform: (value: JsonObject) => JsonObject;
  #pending: Buffer = Buffer.alloc(0);
  #broken = false;
  droppedBytes = 0;

  constructor(format: AnswerFormat, transform: (value: JsonObject) => JsonObject) {
    this.#format = format;
    this.#transform = transform;
  }

  /** The transformed bytes of every value completed by `chunk` (possibly empty). */
  push(chunk: Buffer): Buffer {
    if (this.#broken) {
      this.droppedBytes += chunk.length;
      return Buffer.alloc(0);
    }
    this.#pending = this.#pending.length ? Buffer.concat([this.#pending, chunk]) : chunk;
    return Buffer.from(this.#format === 'sse' ? this.#events(false) : this.#values(), 'utf8');
  }

  /** The end of the body: a last SSE event without its blank line is still read; anything else is dropped. */
  finish(): Buffer {
    const out = this.#format === 'sse' && !this.#broken ? this.#events(true) : '';
    if (this.#pending.some((b) => !WHITESPACE.has(b))) this.droppedBytes += this.#pending.length;
    this.#pending = Buffer.alloc(0);
    return Buffer.from(out, 'utf8');
  }

  #values(): string {
    let out = '';
    let start = -1;
    let depth = 0;
    let inString = false;
    let escaped = false;
    let consumed = 0;
    const buf = this.#pending;
    for (let i = 0; i < buf.length; i++) {
      const b = buf.readUInt8(i);
      if (start < 0) {
        if (WHITESPACE.has(b)) continue;
        if (b !== 0x7b /* { */) return this.#breakOff(out, i);
        start = i;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (b === 0x5c /* \ */) escaped = true;
        else if (b === 0x22 /* " */) inString = false;
        continue;
      }
      if (b === 0x22) inString = true;
      else if (b === 0x7b || b === 0x5b) depth++;
      else if (b === 0x7d || b === 0x5d) depth--;
      if (depth === 0) {
        const value = parseJsonObject(buf.subarray(start, i + 1));
        if (value === null) return this.#breakOff(out, start);
        out += dumpSorted(this.#transform(value)) + '\n';
        start = -1;
        consumed = i + 1;
      }
    }
    this.#pending = buf.subarray(consumed);
    return out;
  }

  #events(final: boolean): string {
    let out = '';
    for (;;) {
      const end = this.#pending.indexOf(EVENT_END);
      if (end < 0 && !(final && this.#pending.length)) break;
      const event = this.#pending.subarray(0, end < 0 ? this.#pending.length : end).toString('utf8');
      this.#pending = end < 0 ? Buffer.alloc(0) : this.#pending.subarray(end + 2);
      for (const line of event.split('\n')) out += this.#line(line.replace(/\r$/, ''));
    }
    return out;
  }

  #line(line: string): string {
    if (line === '') return '';
    if (!line.startsWith('data:')) {
      this.droppedBytes += Buffer.byteLength(line);
      return '';
    }
    const data = line.slice(5).replace(/^ /, '');
    if (data.trim() === '[DONE]') return 'data: [DONE]\n\n';
    const value = parseJsonObject(Buffer.from(data, 'utf8'));
    if (value === null) {
      this.droppedBytes += Buffer.byteLength(line);
      return '';
    }
    return `data: ${dumpSorted(this.#transform(value))}\n\n`;
  }

  /** As Cocoon's parser: the first thing that is not an object ends the reading; the rest is dropped. */
  #breakOff(out: string, at: number): string {
    this.#broken = true;
    this.droppedBytes += this.#pending.length - at;
    this.#pending = Buffer.alloc(0);
    return out;
  }
}
