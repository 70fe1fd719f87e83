// Applies the availability policy's level to what serves, without dropping a request: the engine gets the
// level's duty cap (from its next decode step) and admission limit, the proxies the level's capacity
// (worker.enabledDisabled is the worker controller's; a new max_active_requests goes out on a reconnect
// made once no request of that proxy runs) and its price (worker.newCoefficient), and the GPU its power
// limit where the driver lets us. A paused decision changes nothing here: the worker controller frees the
// GPU, and the engine keeps the last level for when it serves again.
import { drop, type Logger } from '../logging/logger.js';
import { levelCoefficient, type AppliedLevel } from '../availability/levels.js';
import { PowerLimiter, type PowerLimitOutcome } from '../availability/power-limit.js';
import { runTool } from '../sensors/run-tool.js';
import type { SettingsService } from '../settings/settings-service.js';

export interface ThrottleEngine {
  throttle(level: { admit: number | null; dutyShare: number }): Promise<unknown>;
}

export interface ThrottleNetwork {
  setCapacity(n: number): void;
  setCoefficient(coefficient: number): void;
}

export interface ThrottleOptions {
  engine: ThrottleEngine;
  /** The worker's network once attached (null before, and in a node without one). */
  network: () => ThrottleNetwork | null;
  /** The owner's base coefficient (×1000); a level advertises its price share of it. */
  baseCoefficient: () => number;
  power?: PowerLimiter;
  log: Logger;
  /** After each level is in force on the engine: how long it took from apply() (ms). */
  onApplied?: (applied: { level: AppliedLevel; ms: number; power: PowerLimitOutcome | null }) => void;
}

export class Throttle {
  readonly #o: ThrottleOptions;
  readonly #powerListeners = new Set<(outcome: PowerLimitOutcome) => void>();
  #level: AppliedLevel | null = null;
  #chain: Promise<void> = Promise.resolve();

  constructor(options: ThrottleOptions) {
    this.#o = options;
  }

  /** The level last applied (kept through pauses). */
  get level(): AppliedLevel | null {
    return this.#level;
  }

  /** Applies a serving level; null (a pause) keeps the last one. Resolves once the engine runs under it. */
  apply(level: AppliedLevel | null): Promise<void> {
    if (level === null) return this.#chain;
    const run = this.#chain.then(() => this.#apply(level));
    this.#chain = run.catch(() => undefined);
    return run;
  }

  /** Called with each power-limit outcome (applied, or why not: it needs admin rights). */
  onPower(listener: (outcome: PowerLimitOutcome) => void): void {
    this.#powerListeners.add(listener);
  }

  /** Tells the network the level's figures again (it was just attached, or the base coefficient changed). */
  refreshNetwork(): void {
    const level = this.#level;
    const net = this.#o.network();
    if (!level || !net) return;
    net.setCapacity(level.maxConcurrency);
    net.setCoefficient(levelCoefficient(this.#o.baseCoefficient(), level));
  }

  async #apply(level: AppliedLevel): Promise<void> {
    const t0 = performance.now();
    const previous = this.#level;
    this.#level = level;
    await this.#o.engine.throttle({ admit: level.maxConcurrency, dutyShare: level.dutyCap });
    const ms = performance.now() - t0;
    this.refreshNetwork();
    let power: PowerLimitOutcome | null = null;
    if (this.#o.power && previous?.powerLimitW !== level.powerLimitW) {
      power = await this.#o.power.apply(level.powerLimitW);
      if (power.state === 'needs-admin' || power.state === 'failed' || power.state === 'unsupported')
        this.#o.log.warn(`power limit for ${level.name}: ${power.message}`);
      for (const listener of this.#powerListeners) listener(power);
    }
    this.#o.log.info(
      `level ${level.name}: ${level.maxConcurrency} at once, duty ${Math.round(level.dutyCap * 100)} %, price ${level.pricePct} % (in force after ${ms.toFixed(0)} ms)`,
    );
    this.#o.onApplied?.({ level, ms, power });
  }
}

/** Applies without waiting (a decision listener), logging a failure. */
export function applyLevel(throttle: Throttle, level: AppliedLevel | null, log: Logger): void {
  drop(throttle.apply(level), log, 'applying the throttling level');
}

/** The node's Throttle: the engine, the network once attached, the owner's coefficient, nvidia-smi's power limit. */
export function createThrottle(o: {
  engine: ThrottleEngine;
  network: () => ThrottleNetwork | null;
  settings: SettingsService;
  log: Logger;
}): Throttle {
  return new Throttle({
    engine: o.engine,
    network: o.network,
    baseCoefficient: () => o.settings.get().coefficient,
    power: new PowerLimiter({ run: runTool }),
    log: o.log,
  });
}
