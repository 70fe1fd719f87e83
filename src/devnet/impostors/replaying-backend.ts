// A cheating worker that replays (never used by a node; impostor.ts): it keeps each answer by the
// request's prompt (the path and its messages or prompt, whatever the sampling fields) and, when the same
// prompt comes again, sends the kept body back — its text, usage and evidence — without running the
// model. Every answer is a real one of the real model, so only the verifier's replay check (the same
// sampled tokens again at a temperature where an honest sampler would almost never repeat them) can
// catch it.
import { bytesResponse, Impostor, readAll, requestJson, type Call, type Cheat } from './impostor.js';

/** Answers kept at most (the oldest go first). */
const MAX_KEPT = 1000;

interface Kept {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export class ReplayingBackend extends Impostor {
  readonly #kept = new Map<string, Kept>();

  protected async cheat(call: Call): Promise<Cheat> {
    const { req, opts } = call;
    const json = requestJson(req.body);
    const key = json ? JSON.stringify([req.path, req.evidence === true, json.messages ?? json.prompt]) : null;
    const hit = key === null ? undefined : this.#kept.get(key);
    if (hit) return { response: bytesResponse(hit.status, hit.headers, hit.body), cheated: true };
    const res = await this.inner.request(req, opts);
    if (key === null || res.status !== 200) return { response: res, cheated: false };
    const body = await readAll(res.body);
    this.#kept.set(key, { status: res.status, headers: res.headers, body });
    if (this.#kept.size > MAX_KEPT) this.#kept.delete(this.#kept.keys().next().value ?? '');
    return { response: bytesResponse(res.status, res.headers, body), cheated: false };
  }
}
