// The best signed payment the worker holds for one proxy, and the claim message that submits it.
import type { Address, StateInit } from '@ton/core';
import type { OutgoingMessage } from '../node-wallet.js';
import { repackPayment, type SignedPayment } from '../contracts/signed-payment.js';

/** The best signed payment the worker holds for one proxy, as the network layer keeps it. */
export interface ProxyPayment {
  proxySc: Address;
  workerSc: Address;
  proxyPublicKey: Buffer;
  /** proxy.signedPayment.data: BOC of the wrapper cell of docs/protocol.md §5.2. */
  data: Buffer;
  workerFeePerToken: bigint;
  /** Attached on the first claim when the worker contract is not deployed yet. */
  workerStateInit?: StateInit;
}

/** The claim message: the signed payment repacked so the excess comes back to the node wallet. */
export function claimMessage(
  p: ProxyPayment,
  signed: SignedPayment,
  o: { deployed: boolean; nodeWallet: Address; attachNano: bigint },
): OutgoingMessage {
  return {
    to: p.workerSc,
    value: o.attachNano,
    body: repackPayment(signed, o.nodeWallet),
    bounce: true,
    ...(o.deployed || !p.workerStateInit ? {} : { init: p.workerStateInit }),
  };
}
