// Reading a client's OpenAI-style request as Cocoon's client runner does (docs/protocol.md §4.1): the JSON body loses the
// client-private keys (max_coefficient, timeout, enable_debug, request_guid, and Silkworm's min_reputation:
// only workers whose reputation is at least this, docs/verification.md) — used here for routing and
// timeouts — and `max_tokens` when `max_completion_tokens` is present, then is re-serialised. An encrypted
// body's `receiver_public_key` names the key it was encrypted to; as Cocoon's client runner it becomes the
// request's public key (client.runQueryEx.public_key, docs/protocol.md §4.7) and stays in the body.
import { E2eError, requestReceiverKey } from '../../protocol/e2e/index.js';

export type ClientErrorType =
  'invalid_json' | 'invalid_request' | 'too_large' | 'not_found' | 'method_not_allowed';

export class ClientError extends Error {
  override readonly name = 'ClientError';
  readonly status: number;
  readonly type: ClientErrorType;

  constructor(status: number, type: ClientErrorType, message: string) {
    super(message);
    this.status = status;
    this.type = type;
  }
}

export const COMPLETION_PATHS = new Set(['/v1/chat/completions', '/v1/completions']);
export const CLIENT_PRIVATE_KEYS = [
  'max_coefficient',
  'timeout',
  'enable_debug',
  'request_guid',
  'min_reputation',
] as const;
/** Cocoon's default user timeout, seconds. */
export const DEFAULT_TIMEOUT_S = 120;
const MAX_TIMEOUT_S = 3600;

export interface ClientRequest {
  path: string;
  model: string;
  stream: boolean;
  /** The body as the worker will see it. */
  payload: Buffer;
  /** Highest worker coefficient accepted, ×1000 like worker.params.coefficient. */
  maxCoefficient?: number;
  /** The proxy's own limit: 0.95 × the user's timeout, as Cocoon's client passes it on. */
  timeoutMs: number;
  enableDebug: boolean;
  /** The key an encrypted body was encrypted to (its receiver_public_key). */
  publicKey?: Buffer;
  /** Only workers whose reputation (0..1) is at least this (`min_reputation`). */
  minReputation?: number;
}

const bad = (message: string): ClientError => new ClientError(400, 'invalid_request', message);

export function parseClientRequest(path: string, body: Buffer): ClientRequest {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw new ClientError(400, 'invalid_json', 'the request body is not valid JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw bad('the request body must be a JSON object');
  const o = { ...(json as Record<string, unknown>) };
  if (typeof o.model !== 'string' || o.model.length === 0) throw bad("'model' must be a non-empty string");
  const { max_coefficient: maxCoefficient, timeout, enable_debug: enableDebug } = o;
  if (
    maxCoefficient !== undefined &&
    (typeof maxCoefficient !== 'number' || !Number.isFinite(maxCoefficient) || maxCoefficient < 0)
  ) {
    throw bad("'max_coefficient' must be a non-negative number (×1000, like a worker's coefficient)");
  }
  if (timeout !== undefined && (typeof timeout !== 'number' || !(timeout > 0) || timeout > MAX_TIMEOUT_S)) {
    throw bad(`'timeout' must be a number of seconds in (0, ${MAX_TIMEOUT_S}]`);
  }
  if (enableDebug !== undefined && typeof enableDebug !== 'boolean')
    throw bad("'enable_debug' must be a boolean");
  const minReputation = o.min_reputation;
  if (
    minReputation !== undefined &&
    (typeof minReputation !== 'number' || !(minReputation >= 0 && minReputation <= 1))
  )
    throw bad("'min_reputation' must be a number from 0 to 1 (the lowest worker reputation accepted)");
  const kept = Object.fromEntries(
    Object.entries(o).filter(([k]) => !(CLIENT_PRIVATE_KEYS as readonly string[]).includes(k)),
  );
  if (kept.max_completion_tokens !== undefined) delete kept.max_tokens;
  let publicKey: Buffer | null;
  try {
    publicKey = requestReceiverKey(o as Parameters<typeof requestReceiverKey>[0]);
  } catch (err) {
    if (!(err instanceof E2eError)) throw err;
    throw bad(`'receiver_public_key': ${err.message} (32 bytes as 64 hex or 44 base64 characters)`);
  }
  return {
    path,
    model: o.model,
    stream: o.stream === true,
    payload: Buffer.from(JSON.stringify(kept)),
    ...(maxCoefficient !== undefined ? { maxCoefficient } : {}),
    timeoutMs: Math.round((timeout ?? DEFAULT_TIMEOUT_S) * 1000 * 0.95),
    enableDebug: enableDebug ?? false,
    ...(publicKey ? { publicKey } : {}),
    ...(minReputation !== undefined ? { minReputation } : {}),
  };
}
