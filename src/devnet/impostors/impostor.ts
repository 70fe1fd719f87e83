// Cheating workers, for measuring and testing the proxy's checks (docs/verification.md) — never used by a
// node. Each wraps a real engine (an `InferenceBackend`: the sandboxed llama.cpp host) and answers the way a
// dishonest worker would, with coherent bodies (the text is its tokens' text, the evidence decodes), so
// only the verifier's checks can tell. This file is what they share: serve honestly for the first
// `honestFirst` requests (a worker that behaves through its evaluation, then cheats), count the cheats,
// and read a request's and an answer's JSON.
import { Readable } from 'node:stream';
import type { InferenceBackend } from '../../net/query-runner.js';

export type BackendRequest = Parameters<InferenceBackend['request']>[0];
export type BackendOptions = Parameters<InferenceBackend['request']>[1];
export type BackendResponse = Awaited<ReturnType<InferenceBackend['request']>>;

/** One request as the engine takes it. */
export interface Call {
  req: BackendRequest;
  opts: BackendOptions;
}

/** An impostor's answer; `cheated` false when the request left nothing to cheat on (served as is). */
export interface Cheat {
  response: BackendResponse;
  cheated: boolean;
}

export interface ImpostorOptions {
  /** The real engine the impostor forwards to when it does not cheat (or to cheat with). */
  inner: InferenceBackend;
  /** Requests served honestly before the first cheat (default 0). */
  honestFirst?: number;
}

export abstract class Impostor implements InferenceBackend {
  protected readonly inner: InferenceBackend;
  readonly #honestFirst: number;
  #served = 0;
  /** Answers that cheated (the caller's ground truth: which answers should have been caught). */
  cheats = 0;

  constructor(o: ImpostorOptions) {
    this.inner = o.inner;
    this.#honestFirst = o.honestFirst ?? 0;
  }

  async request(req: BackendRequest, opts: BackendOptions): Promise<BackendResponse> {
    this.#served += 1;
    if (this.#served <= this.#honestFirst) return this.inner.request(req, opts);
    const res = await this.cheat({ req, opts });
    if (res.cheated) this.cheats += 1;
    return res.response;
  }

  protected abstract cheat(call: Call): Promise<Cheat>;

  /** The request served as is, by the real engine. */
  protected async honest({ req, opts }: Call): Promise<Cheat> {
    return { response: await this.inner.request(req, opts), cheated: false };
  }
}

export type JsonObject = Record<string, unknown>;

/** The request's JSON object, or null (then the impostor forwards it: the engine answers the error). */
export function requestJson(body: Buffer): JsonObject | null {
  try {
    const v = JSON.parse(body.toString('utf8')) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : null;
  } catch {
    return null;
  }
}

export async function readAll(body: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const b of body) parts.push(b);
  return Buffer.concat(parts);
}

export function contentTypeOf(headers: Record<string, string>): string {
  return Object.entries(headers).find(([n]) => n.toLowerCase() === 'content-type')?.[1] ?? '';
}

export const isStream = (headers: Record<string, string>): boolean =>
  contentTypeOf(headers).toLowerCase().includes('text/event-stream');

/** A response whose body is `bytes` at once, with the engine's headers (Content-Length made right). */
export function bytesResponse(
  status: number,
  headers: Record<string, string>,
  bytes: Buffer,
): BackendResponse {
  const h = Object.fromEntries(Object.entries(headers).filter(([n]) => n.toLowerCase() !== 'content-length'));
  return { status, headers: h, body: Readable.from([bytes]) as AsyncIterable<Buffer> };
}
