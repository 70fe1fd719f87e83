// Holds the state snapshot. Parts change through `patch`; subscribers get one coalesced
// `state:changed` per tick, so a burst of token counts does not flood the dashboard.
import type { StateSnapshot } from '../api/state.js';
import type { EventHub } from './event-hub.js';

export interface StateStoreOptions {
  initial: StateSnapshot;
  hub: EventHub;
  /** Minimum spacing between pushes, ms. */
  minIntervalMs?: number;
}

export class StateStore {
  #state: StateSnapshot;
  readonly #hub: EventHub;
  readonly #minIntervalMs: number;
  #timer: NodeJS.Timeout | null = null;
  #lastPush = 0;

  constructor(options: StateStoreOptions) {
    this.#state = options.initial;
    this.#hub = options.hub;
    this.#minIntervalMs = options.minIntervalMs ?? 100;
  }

  get(): StateSnapshot {
    return this.#state;
  }

  patch(change: Partial<StateSnapshot> | ((s: StateSnapshot) => Partial<StateSnapshot>)): void {
    const delta = typeof change === 'function' ? change(this.#state) : change;
    this.#state = { ...this.#state, ...delta };
    this.#schedule();
  }

  #schedule(): void {
    if (this.#timer) return;
    const wait = Math.max(0, this.#lastPush + this.#minIntervalMs - Date.now());
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#lastPush = Date.now();
      this.#hub.emit('state:changed', this.#state);
    }, wait);
    this.#timer.unref();
  }

  /** Pushes a pending change now (used on shutdown and in tests). */
  flush(): void {
    if (!this.#timer) return;
    clearTimeout(this.#timer);
    this.#timer = null;
    this.#lastPush = Date.now();
    this.#hub.emit('state:changed', this.#state);
  }
}
