// The local network as a Cocoon worker-runner in fake-TON mode sees it. That runner fixes the root params
// (fake-ton-params.ts: struct version 1, unique_id 13, …), so it derives its own proxy contract and worker
// contracts from them: same root address, proxy owner and key as the network's, other params. The devnet
// proxy gives workers of its `cocoon-test` tier this view — the addresses in the handshake and the worker
// contract every payment names — while the network's own root and contracts (struct version 5, what
// Silkworm's workers read and claim on) stay as they are. A fake-TON runner never claims on chain.
import type { Address } from '@ton/core';
import { deriveProxyContract } from '../../chain/contracts/proxy-contract.js';
import { defaultRootParams, type RootParams } from '../../chain/contracts/root-config.js';
import { deriveWorkerContract } from '../../chain/contracts/worker-contract.js';
import type { DevnetChain } from '../chain/devnet-chain.js';
import { paymentSigner, type PaymentSigner } from '../proxy/payment-signer.js';
import { FAKE_TON_PARAMS } from './fake-ton-params.js';

export interface CocoonView {
  /** The params a fake-TON runner builds from the file (prices from the network's root). */
  params: RootParams;
  proxySc: Address;
  workerSc(owner: Address): Address;
  /** Signs payments for the view's worker contracts with the network proxy's key. */
  signer: PaymentSigner;
}

export function cocoonView(devnet: DevnetChain): CocoonView {
  const params = defaultRootParams({
    ...devnet.params,
    ...FAKE_TON_PARAMS,
    proxyCode: devnet.code.proxy,
    workerCode: devnet.code.worker,
  });
  const proxyPublicKey = devnet.proxyKeys.publicKey;
  const owner = devnet.proxyInit.owner;
  const proxySc = deriveProxyContract(params, { owner, proxyPublicKey, root: devnet.rootSc }).address;
  const workerSc = (o: Address): Address =>
    deriveWorkerContract(params, { owner: o, proxySc, proxyPublicKey }).address;
  const signer = paymentSigner({
    keys: devnet.proxyKeys,
    proxyOwner: owner,
    proxySc,
    isTest: true,
    feePerToken: params.workerFeePerToken,
    workerSc,
    returnExcessesTo: owner,
  });
  return { params, proxySc, workerSc, signer };
}
