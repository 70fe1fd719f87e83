// Which answers repeat: per owner, the last answers to sampled requests (temperature above 0, no seed),
// keyed by what decides the answer (path, prompt or messages, sampling fields, limits), each kept only as a
// hash of its tokens. An honest sampler gives the same tokens to the same request again only with the
// probability the verifier computes from the reference; a worker that replays cached answers gives them
// every time. Greedy or seeded requests repeat by design and are not remembered. Bounded per owner; no
// prompt or answer text is kept, only hashes.
import { createHash } from 'node:crypto';

const PER_OWNER = 256;
const MAX_OWNERS = 4096;

type Obj = Record<string, unknown>;

/** What decides a sampled answer, as one string; null when repeats are honest (greedy, seeded, unreadable). */
export function replayKey(path: string, payload: Buffer): string | null {
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const j = json as Obj;
  const temperature = typeof j.temperature === 'number' ? j.temperature : 1;
  if (temperature <= 0 || j.seed !== undefined) return null;
  const fields = ['model', 'messages', 'prompt', 'max_tokens', 'max_completion_tokens', 'top_p', 'stop'];
  const decided = [path, temperature, ...fields.map((f) => j[f] ?? null)];
  return createHash('sha256').update(JSON.stringify(decided)).digest('base64url');
}

const tokensHash = (tokens: readonly number[]): string =>
  createHash('sha256').update(Uint32Array.from(tokens)).digest('base64url');

export class ReplayMemory {
  readonly #owners = new Map<string, Map<string, string>>();
  readonly #perOwner: number;

  constructor(perOwner = PER_OWNER) {
    this.#perOwner = perOwner;
  }

  /** Records an answer; true when the same request got exactly these tokens from this owner before. */
  repeated(owner: string, key: string, tokens: readonly number[]): boolean {
    let seen = this.#owners.get(owner);
    if (!seen) {
      if (this.#owners.size >= MAX_OWNERS) this.#owners.delete(this.#owners.keys().next().value as string);
      seen = new Map();
      this.#owners.set(owner, seen);
    }
    const hash = tokensHash(tokens);
    const before = seen.get(key);
    seen.delete(key);
    seen.set(key, hash);
    if (seen.size > this.#perOwner) seen.delete(seen.keys().next().value as string);
    return before === hash;
  }
}
