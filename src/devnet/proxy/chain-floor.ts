// Where an owner's book starts when the proxy has none (a fresh or damaged books file): what the owner's
// worker contract has already processed on chain (contracts/worker.tolk `get_tokens_processed`), so the
// proxy never signs a cumulative payment below what was already paid out (docs/protocol.md §5.1, §5.4).
import { Address } from '@ton/core';
import type { Chain } from '../../chain/chain.js';
import { ErrorCode, RpcError } from '../../protocol/rpc.js';
import { errorMessage, type Logger } from '../../logging/logger.js';
import type { OwnerBooks } from './books.js';

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

/**
 * Starts the owner's book from the chain when the proxy has none (a fresh or damaged books file), before
 * worker.connectToProxy is answered. An unreadable contract refuses the handshake (notready).
 */
export async function openBookFromChain(
  books: OwnerBooks,
  floor: ChainFloor | undefined,
  ownerText: string,
  log: Logger,
  workerId: number,
): Promise<void> {
  let owner: Address;
  try {
    owner = Address.parse(ownerText);
  } catch {
    return; // the handshake refuses it with Cocoon's message
  }
  if (!floor || books.has(owner)) return;
  const tokens = await floor(owner).catch((err: unknown) => {
    throw new RpcError(ErrorCode.notready, `cannot read the worker contract: ${errorMessage(err)}`);
  });
  books.openAt(owner, tokens);
  if (tokens > 0n)
    log.info(
      `worker #${workerId}: new book for ${owner.toRawString().slice(0, 14)}… starts at ${tokens} tokens paid on chain`,
    );
}
