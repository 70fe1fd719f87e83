// Cocoon's fake-TON root configuration: the JSON form of TL `rootConfig.pseudo` (9060ce5, id d0035db6)
// that `worker-runner --disable-ton FILE` reads instead of the root contract. TL JSON conventions as td's
// tl_json: int256 as base64 of the 32 bytes, strings as is, code as hex of a BOC. Field order follows the
// schema. The runner takes the root contract's own address from its worker config, not from this file.
import type { Address, Cell } from '@ton/core';
import type { RootParams } from '../../chain/contracts/root-config.js';
import type { PublishedKey } from '../proxy/request-keys.js';
import { EMPTY_CODE, tlInt } from './fake-ton-params.js';

export interface PseudoRootConfig {
  proxy_hashes: string[];
  worker_hashes: string[];
  model_hashes: string[];
  model_types: string[];
  registered_proxies: Array<{ seqno: number; address: string }>;
  price_per_token: number;
  worker_fee_per_token: number;
  last_proxy_seqno: number;
  version: number;
  params_version: number;
  registered_public_keys: Array<{ public_key: string; key_type: number; expire_at: number }>;
  key_manager_address: string;
  proxy_sc_code: string;
  worker_sc_code: string;
  client_sc_code: string;
  root_owner_address: string;
}

export interface PseudoInput {
  params: RootParams;
  rootOwner: Address;
  /** `"ip:port_workers ip:port_clients"`, as the root lists a proxy. */
  proxyEntry: string;
  /** Keys clients may encrypt requests to (their private halves are the proxy's). */
  publicKeys: readonly PublishedKey[];
  /** Root config version (the devnet root's `version`). */
  version: number;
  /** Model names whose base name the root lists; empty: none listed (test mode checks no model hashes). */
  modelTypes?: readonly string[];
}

const hexBoc = (code: Cell): string => code.toBoc().toString('hex');

/** Cocoon reads "" as an EMPTY cell, so a root without client code cannot be written: it would differ. */
function clientCode(code: Cell | null): string {
  if (!code)
    throw new Error('the root has no client code; Cocoon would read an empty cell (use FAKE_TON_PARAMS)');
  return code.equals(EMPTY_CODE) ? '' : hexBoc(code);
}

export function pseudoRootConfig(i: PseudoInput): PseudoRootConfig {
  const p = i.params;
  if (!p.proxyCode || !p.workerCode) throw new Error('the devnet root params carry no contract code');
  return {
    proxy_hashes: [],
    worker_hashes: [],
    model_hashes: [],
    model_types: [...(i.modelTypes ?? [])],
    registered_proxies: [{ seqno: 1, address: i.proxyEntry }],
    price_per_token: tlInt('price_per_token', p.pricePerToken),
    worker_fee_per_token: tlInt('worker_fee_per_token', p.workerFeePerToken),
    last_proxy_seqno: 1,
    version: i.version,
    params_version: p.paramsVersion,
    registered_public_keys: i.publicKeys.map((k) => ({
      public_key: k.publicKey.toString('base64'),
      key_type: k.keyType,
      expire_at: k.expireAt,
    })),
    key_manager_address: '',
    proxy_sc_code: hexBoc(p.proxyCode),
    worker_sc_code: hexBoc(p.workerCode),
    client_sc_code: clientCode(p.clientCode),
    root_owner_address: i.rootOwner.toString({ bounceable: false, testOnly: true }),
  };
}
