// Errors the engine reports to its callers. The network layer maps them to Cocoon error codes:
// too-many-active-queries → 602, timeout → 652, paused/not-ready/starting → 651, the rest → 602.
export type EngineErrorCode =
  | 'too-many-active-queries'
  | 'paused'
  | 'not-ready'
  | 'stopped'
  | 'start-failed'
  | 'sandbox-crashed'
  | 'timeout'
  | 'cancelled'
  | 'context-length-exceeded'
  | 'engine-failed';

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
