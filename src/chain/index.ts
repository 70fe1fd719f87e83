// Public surface of the chain capability (for the composition root and the devnet).
export type { Chain } from './chain.js';
export { NodeWallet, type SecretStore } from './node-wallet.js';
export * from './contracts/root-config.js';
export * from './contracts/signed-payment.js';
export * from './contracts/worker-contract.js';
export * from './contracts/proxy-contract.js';
export * from './payout/policy.js';
export { PayoutService, type ProxyPayment } from './payout/payout-service.js';
export { Sweeper } from './payout/sweeper.js';
export { PayoutError, type PayoutErrorCode } from './payout/payout-error.js';
export {
  JsonFileClaimStore,
  MemoryClaimStore,
  type ClaimRecord,
  type ClaimStore,
} from './payout/claim-store.js';
export { WalletLinker, type KeyValueStore, type LinkState } from './wallet-link/wallet-linker.js';
export { COMMON_WALLETS } from './wallet-link/wallet-list.js';
export { memorySecretStore } from './memory-stores.js';
