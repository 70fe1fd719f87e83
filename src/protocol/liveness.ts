// The tcp.* liveness timers (docs/protocol.md §1.4, TcpConnection::update_timer/alarm): every received frame resets
// them; after `pingAfterMs` of silence a ready client sends one tcp.ping; after `idleTimeoutMs` of silence
// the connection fails. One timer, re-armed lazily, so a busy connection does not churn timers.
import type { Clock, TimerHandle } from './clock.js';

export interface LivenessOptions {
  clock: Clock;
  idleTimeoutMs: number;
  /** Undefined: never ping (the proxy side only answers pings). */
  pingAfterMs: number | undefined;
  onPing(): void;
  onIdle(silentMs: number): void;
}

export class Liveness {
  readonly #o: LivenessOptions;
  #lastRx: number;
  #timer: TimerHandle | undefined;
  #pinged = false;
  #pingEnabled = false;
  #stopped = false;

  constructor(opts: LivenessOptions) {
    this.#o = opts;
    this.#lastRx = opts.clock.now();
    this.#arm();
  }

  received(): void {
    this.#lastRx = this.#o.clock.now();
    this.#pinged = false;
  }

  /** Pings start once the connection is ready. */
  enablePing(): void {
    this.#pingEnabled = true;
    this.#arm();
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer !== undefined) this.#o.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #pingDue(): number {
    const { pingAfterMs } = this.#o;
    return this.#pingEnabled && !this.#pinged && pingAfterMs !== undefined
      ? this.#lastRx + pingAfterMs
      : Infinity;
  }

  #arm(): void {
    if (this.#stopped) return;
    if (this.#timer !== undefined) this.#o.clock.clearTimeout(this.#timer);
    const next = Math.min(this.#lastRx + this.#o.idleTimeoutMs, this.#pingDue());
    this.#timer = this.#o.clock.setTimeout(
      () => {
        this.#timer = undefined;
        this.#fire();
      },
      Math.max(0, next - this.#o.clock.now()),
    );
  }

  #fire(): void {
    if (this.#stopped) return;
    const now = this.#o.clock.now();
    const silent = now - this.#lastRx;
    if (silent >= this.#o.idleTimeoutMs) {
      this.stop();
      this.#o.onIdle(silent);
      return;
    }
    if (now >= this.#pingDue()) {
      this.#pinged = true;
      this.#o.onPing();
    }
    this.#arm();
  }
}
