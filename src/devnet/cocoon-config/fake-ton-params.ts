// The root params a Cocoon runner assumes in fake-TON test mode (`--disable-ton FILE`): Cocoon's
// RootContractConfig::load_from_tl(rootConfig.pseudo) takes only the prices, the params version and the code
// BOCs from the file and fixes the rest — params struct version 1, unique_id 13, is_test, close delays
// 600/300 s, stakes of 1 TON each — and reads an empty code string as an EMPTY cell, not as no cell. A devnet
// root built on exactly these params gives the proxy and worker contracts the C++ worker derives itself
// (docs/protocol.md §5.5, §8.3).
import { beginCell, type Cell } from '@ton/core';
import type { RootParams } from '../../chain/contracts/root-config.js';

/** What an empty `client_sc_code` becomes in Cocoon's fake-TON loader (vm::CellBuilder().finalize()). */
export const EMPTY_CODE: Cell = beginCell().endCell();

/** The params Cocoon's fake-TON branch fixes, as a devnet root must carry them (prices come from the file). */
export const FAKE_TON_PARAMS: Partial<RootParams> = {
  structVersion: 1,
  uniqueId: 13,
  isTest: true,
  proxyDelayBeforeClose: 600,
  clientDelayBeforeClose: 300,
  minProxyStake: 1_000_000_000n,
  minClientStake: 1_000_000_000n,
  clientCode: EMPTY_CODE,
};

/** Cocoon's TL `int` fields (prices) are 32-bit signed: a devnet price beyond it cannot be written. */
export function tlInt(name: string, value: bigint | number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < -(2 ** 31) || n >= 2 ** 31)
    throw new RangeError(`${name} ${value} does not fit Cocoon's 32-bit TL int`);
  return n;
}
