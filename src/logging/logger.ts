// One scoped logger per module. Lines go to a sink (stderr, the dashboard's log view, a test buffer).
// Rule: prompts and completions are never passed to a logger — log sizes, ids and token counts instead.
import type { LogLevel, LogLine } from '../api/events.js';

export type LogSink = (line: LogLine) => void;

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  child(scope: string): Logger;
}

const order: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export function createLogger(scope: string, sink: LogSink, minLevel: LogLevel = 'info'): Logger {
  const emit = (level: LogLevel, message: string): void => {
    if (order[level] < order[minLevel]) return;
    sink({ time: Date.now(), level, scope, message });
  };
  return {
    debug: (m) => emit('debug', m),
    info: (m) => emit('info', m),
    warn: (m) => emit('warn', m),
    error: (m) => emit('error', m),
    child: (sub) => createLogger(`${scope}.${sub}`, sink, minLevel),
  };
}

/** Writes lines to stderr as `time level scope: message`. */
export const stderrSink: LogSink = (line) => {
  process.stderr.write(`${new Date(line.time).toISOString()} ${line.level} ${line.scope}: ${line.message}\n`);
};

/** A logger that drops everything (for tools whose output is JSON on stdout and tests that do not care). */
export const silentLogger: Logger = createLogger('silent', () => undefined, 'error');

/** Fans one line out to several sinks. */
export function teeSink(...sinks: LogSink[]): LogSink {
  return (line) => {
    for (const sink of sinks) sink(line);
  };
}

/** Keeps the last `capacity` lines in memory, e.g. for the Logs screen. */
export class LogRing {
  readonly #capacity: number;
  readonly #lines: LogLine[] = [];
  constructor(capacity = 500) {
    this.#capacity = capacity;
  }
  readonly sink: LogSink = (line) => {
    this.#lines.push(line);
    if (this.#lines.length > this.#capacity) this.#lines.shift();
  };
  lines(): LogLine[] {
    return [...this.#lines];
  }
}

/** Runs a deliberate fire-and-forget promise; a rejection is logged, never lost. */
export function drop(promise: Promise<unknown>, log: Logger, what: string): void {
  promise.catch((err: unknown) => {
    log.error(`${what} failed: ${errorMessage(err)}`);
  });
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
