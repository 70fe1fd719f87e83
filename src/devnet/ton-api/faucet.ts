// Devnet-only extension, NOT part of toncenter's API: `POST /devnet/faucet {"address", "nano"}` funds an
// address from the emulator's treasury, the local network's faucet (the money is simulated). The transfer
// is non-bouncing, so it also funds an account that does not exist yet (a wallet before its first send).
import { toNano } from '@ton/core';
import { type Params, readAddress, readUint, RpcError } from './params.js';
import type { MethodContext } from './read-methods.js';

export const FAUCET_PATH = '/devnet/faucet';

/** Most one request may ask for; larger amounts take several requests. */
export const FAUCET_MAX_NANO = toNano('10000');

export async function faucet(p: Params, ctx: MethodContext): Promise<unknown> {
  const address = readAddress(p);
  const nano = readUint(p, 'nano');
  if (nano === undefined || nano === 0n)
    throw new RpcError(422, 'nano is required (a positive amount in nanotons)');
  if (nano > FAUCET_MAX_NANO)
    throw new RpcError(422, `the faucet gives at most ${FAUCET_MAX_NANO} nanotons per request`);
  await ctx.serial(() => ctx.chain.fund(address, nano));
  const balance = await ctx.chain.getBalance(address);
  return { address: address.toString(), nano: nano.toString(), balance: balance.toString() };
}
