// The proxy's checks of worker.params (docs/protocol.md §3.3, step 1), in Cocoon's order, with
// its error codes: 602 for an old worker or a test-mode mismatch, 621 for everything malformed.
import { Address } from '@ton/core';
import { ErrorCode, RpcError } from '../../protocol/rpc.js';
import type { WorkerParams } from '../../protocol/tl/schema.gen.js';

export const PROXY_MIN_PROTO = 0;
/** As Cocoon's proxy since 9060ce5 (ProxyRunner.hpp): 3 = per-request keys, 4 = machine descriptions. */
export const PROXY_MAX_PROTO = 4;
/** The lowest protocol that carries proxy.runQueryEx.private_key (encrypted requests). */
export const ENCRYPTED_MIN_PROTO = 3;

export interface AcceptedWorker {
  owner: Address;
  /** As the worker sent it (user-friendly form). */
  ownerText: string;
  model: string;
  /** The part before `@`, used for routing (docs/protocol.md §3.1). */
  baseModel: string;
  coefficient: number;
  /** ceil(max_active_requests / proxy_cnt) (docs/protocol.md §3.5). */
  cap: number;
  protoVersion: number;
}

const reject = (code: number, message: string): never => {
  throw new RpcError(code, message);
};

export function baseModelName(model: string): string {
  const at = model.indexOf('@');
  return at < 0 ? model : model.slice(0, at);
}

export function checkWorkerParams(p: WorkerParams, proxy: { isTest: boolean }): AcceptedWorker {
  if ((p.flags & 1) === 0) reject(ErrorCode.error, 'too old worker');
  if ((p.is_test ?? false) !== proxy.isTest) reject(ErrorCode.error, 'test mode mismatch');
  if (p.model.length === 0) reject(ErrorCode.protoviolation, 'empty model name');
  if (!(p.coefficient >= 0 && p.coefficient < 1_000_000_000))
    reject(ErrorCode.protoviolation, 'invalid coefficient value');
  const maxActive = p.max_active_requests ?? 0;
  if (maxActive < 1) reject(ErrorCode.protoviolation, 'invalid max_active_requests value');
  const proxyCnt = p.proxy_cnt ?? 0;
  if (proxyCnt < 1) reject(ErrorCode.protoviolation, 'invalid proxy_cnt value');
  const hasProto = (p.flags & 2) !== 0;
  const min = hasProto ? (p.min_proto_version ?? 0) : 0;
  const max = hasProto ? (p.max_proto_version ?? 0) : 0;
  if (min > max || min > PROXY_MAX_PROTO || max < PROXY_MIN_PROTO)
    reject(ErrorCode.protoviolation, 'cannot choose common protocol version');
  let owner: Address;
  try {
    owner = Address.parse(p.worker_owner_address);
  } catch {
    return reject(
      ErrorCode.protoviolation,
      `cannot parse worker owner address '${p.worker_owner_address.slice(0, 80)}'`,
    );
  }
  return {
    owner,
    ownerText: p.worker_owner_address,
    model: p.model,
    baseModel: baseModelName(p.model),
    coefficient: p.coefficient,
    cap: Math.ceil(maxActive / proxyCnt),
    protoVersion: Math.min(max, PROXY_MAX_PROTO),
  };
}
