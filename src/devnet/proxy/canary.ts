// Canary requests: at an interval, every ready worker of the model gets a temperature-0 request whose
// greedy output is known; a mismatch costs its owner reputation and is logged. The expected output comes
// from `reference` — normally the real engine on the tiny model, run once in this process at startup
// (`engineReference`). Without one, the first answer two different owners agree on becomes the reference.
import { errorMessage, type Logger } from '../../logging/logger.js';
import type { InferenceBackend } from '../../net/query-runner.js';
import type { DevnetProxy } from './devnet-proxy.js';

export interface CanaryResult {
  workerId: number;
  owner: string;
  matched: boolean | null; // null: no reference yet
}

export interface CanaryOptions {
  proxy: Pick<DevnetProxy, 'request' | 'workers' | 'recordCanary'>;
  model: string;
  intervalMs: number;
  log: Logger;
  reference?: () => Promise<string>;
  timeoutMs?: number;
}

export const CANARY_PATH = '/v1/chat/completions';

export function canaryBody(model: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      model,
      messages: [{ role: 'user', content: 'Silkworm canary: name three colours.' }],
      max_tokens: 8,
      temperature: 0,
      stream: false,
    }),
  );
}

/** The completion text of a non-streamed chat answer. */
export function canaryText(body: Buffer): string {
  const json = JSON.parse(body.toString('utf8')) as { choices?: Array<{ message?: { content?: unknown } }> };
  const text = json.choices?.[0]?.message?.content;
  if (typeof text !== 'string') throw new Error('the canary answer has no choices[0].message.content');
  return text;
}

async function collect(body: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const b of body) parts.push(b);
  return Buffer.concat(parts);
}

/** The expected canary output computed with a real engine in this process. */
export function engineReference(backend: InferenceBackend, model: string): () => Promise<string> {
  return async () => {
    const res = await backend.request({ path: CANARY_PATH, body: canaryBody(model) }, { timeoutMs: 60_000 });
    if (res.status !== 200) throw new Error(`the reference engine answered ${res.status}`);
    return canaryText(await collect(res.body));
  };
}

export class CanaryRunner {
  readonly #o: CanaryOptions;
  readonly #agreement = new Map<string, Set<string>>();
  #expected: string | null = null;
  #timer: NodeJS.Timeout | null = null;
  #running = false;

  constructor(o: CanaryOptions) {
    this.#o = o;
  }

  get expected(): string | null {
    return this.#expected;
  }

  /** Starts the rounds. The reference is computed before the first round (the engine may still be starting). */
  async start(): Promise<void> {
    if (this.#o.reference) {
      try {
        this.#expected = await this.#o.reference();
      } catch (err) {
        this.#o.log.info(
          `canary reference not ready yet (${errorMessage(err)}); retrying before the first round`,
        );
      }
    }
    this.#timer = setInterval(() => {
      if (this.#running) return;
      this.#running = true;
      this.#round()
        .catch((err: unknown) => this.#o.log.warn(`canary round failed: ${errorMessage(err)}`))
        .finally(() => (this.#running = false));
    }, this.#o.intervalMs);
    this.#timer.unref();
  }

  async #round(): Promise<void> {
    if (this.#expected === null && this.#o.reference) this.#expected = await this.#o.reference();
    await this.runOnce();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** One canary to every ready, enabled worker of the model. */
  async runOnce(): Promise<CanaryResult[]> {
    const targets = this.#o.proxy
      .workers()
      .filter((w) => w.ready && w.enabled && w.owner !== null && w.model?.split('@')[0] === this.#o.model);
    const results = await Promise.all(targets.map((w) => this.#probe(w.id, w.owner as string)));
    return results.filter((r): r is CanaryResult => r !== null);
  }

  async #probe(workerId: number, owner: string): Promise<CanaryResult | null> {
    let text: string;
    try {
      const res = await this.#o.proxy.request({
        path: CANARY_PATH,
        model: this.#o.model,
        payload: canaryBody(this.#o.model),
        timeoutMs: this.#o.timeoutMs ?? 60_000,
        onlyWorker: workerId,
      });
      text = res.status === 200 ? canaryText(await collect(res.body)) : `HTTP ${res.status}`;
    } catch (err) {
      this.#o.log.debug(`canary to worker #${workerId} not run: ${errorMessage(err)}`);
      return null;
    }
    if (this.#expected === null) this.#learn(text, owner);
    if (this.#expected === null) return { workerId, owner, matched: null };
    const matched = text === this.#expected;
    this.#o.proxy.recordCanary(workerId, matched);
    if (!matched)
      this.#o.log.warn(
        `canary mismatch from worker #${workerId} (owner ${owner.slice(0, 14)}…): ${text.length} chars, expected ${this.#expected.length}`,
      );
    return { workerId, owner, matched };
  }

  #learn(text: string, owner: string): void {
    const owners = this.#agreement.get(text) ?? new Set<string>();
    owners.add(owner);
    this.#agreement.set(text, owners);
    if (owners.size >= 2) {
      this.#expected = text;
      this.#o.log.info(`canary reference learned from the agreement of ${owners.size} owners`);
    }
  }
}
