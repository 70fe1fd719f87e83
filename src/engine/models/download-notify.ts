// Change notifications for the UI: state changes go out at once, progress at most every `intervalMs`
// (with a trailing call, so the last bytes before a pause or the end are never left unreported).
import { errorMessage, type Logger } from '../../logging/logger.js';

export class ChangeThrottle {
  readonly #emit: () => void;
  readonly #intervalMs: number;
  readonly #log: Logger;
  #last = 0;
  #timer: NodeJS.Timeout | null = null;

  constructor(emit: () => void, intervalMs: number, log: Logger) {
    this.#emit = emit;
    this.#intervalMs = intervalMs;
    this.#log = log;
  }

  /** A state change: notify now. */
  now(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#fire();
  }

  /** Progress: notify now if the interval has passed, else once when it has. */
  soon(): void {
    if (this.#timer) return;
    const wait = this.#last + this.#intervalMs - Date.now();
    if (wait <= 0) {
      this.#fire();
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#fire();
    }, wait);
    this.#timer.unref(); // a pending progress tick never keeps the process alive
  }

  #fire(): void {
    this.#last = Date.now();
    try {
      this.#emit();
    } catch (err) {
      // A listener's bug must not stop the download it is watching.
      this.#log.error(`download change listener failed: ${errorMessage(err)}`);
    }
  }
}
