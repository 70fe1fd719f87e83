// Typed errors of the devnet proxy. A request that cannot be served ends with a ProxyRequestError whose
// code the client endpoint turns into an HTTP status (503 no worker or paused, 429 queue full, 504
// timeout, 502 worker lost, …), so a client can tell "come back later" from "this will never work".
export type ProxyRequestErrorCode =
  | 'no_worker' // nothing ready serves this model (or none within the client's max coefficient)
  | 'paused' // the workers of this model are paused (disabled) by their owners
  | 'busy' // every worker of this model is at its cap and the queue is full
  | 'unknown_model' // no worker has ever announced this model
  | 'timeout' // the client's timeout passed before the final answer
  | 'worker_lost' // the worker's connection dropped mid-request
  | 'worker_error' // the worker answered proxy.queryAnswerErrorEx
  | 'unknown_key' // an encrypted request names a public key this proxy holds no private key for
  | 'stopped'; // the proxy is shutting down

export class ProxyRequestError extends Error {
  override readonly name = 'ProxyRequestError';
  readonly code: ProxyRequestErrorCode;
  /** The worker's error code (docs/protocol.md §4.6) when code is worker_error. */
  readonly workerCode: number | null;

  constructor(code: ProxyRequestErrorCode, message: string, workerCode: number | null = null) {
    super(message);
    this.code = code;
    this.workerCode = workerCode;
  }
}

/** HTTP status for a failed request, as Cocoon's client runner maps worker codes (652 → 504, 651 → 502). */
export function httpStatusOf(err: ProxyRequestError): number {
  switch (err.code) {
    case 'no_worker':
    case 'paused':
    case 'stopped':
      return 503;
    case 'busy':
      return 429;
    case 'unknown_model':
      return 404;
    case 'unknown_key':
      return 400;
    case 'timeout':
      return 504;
    case 'worker_lost':
      return 502;
    case 'worker_error':
      return err.workerCode === 652 ? 504 : err.workerCode === 651 ? 502 : 500;
  }
}
