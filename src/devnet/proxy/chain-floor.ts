// Where an owner's book starts when the proxy has none (a fresh or damaged books file): what the owner's
// worker contract has already processed on chain (contracts/worker.tolk `get_tokens_processed`), so the
// proxy never signs a cumulative payment below what was already paid out (docs/protocol.md §5.1, §5.4).
import type { Address } from '@ton/core';
import type { Chain } from '../../chain/chain.js';

/** Tokens already paid to `owner` through this proxy's contracts; 0 when its worker contract is not deployed. */
export type ChainFloor = (owner: Address) => Promise<bigint>;

export function workerContractFloor(
  chain: Pick<Chain, 'getAccount' | 'runGetMethod'>,
  workerSc: (owner: Address) => Address,
): ChainFloor {
  return async (owner) => {
    const sc = workerSc(owner);
    if ((await chain.getAccount(sc)).status !== 'active') return 0n;
    const processed = (await chain.runGetMethod(sc, 'get_tokens_processed')).readBigNumber();
    if (processed < 0n) throw new RangeError(`worker contract ${sc.toRawString()} reports negative tokens`);
    return processed;
  };
}
