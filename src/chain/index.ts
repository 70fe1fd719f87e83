// Public surface of the chain capability (for the composition root and the devnet).
export type { Chain, ChainNetwork, ChainStatus, AccountInfo, AccountStatus, WaitOptions } from './chain.js';
export { computeExitCode, transactionSucceeded } from './chain.js';
export { ChainError, type ChainErrorCode } from './errors.js';
export { SandboxChain, type SandboxChainOptions } from './sandbox-chain.js';
export { TonClientChain, DEFAULT_ENDPOINTS, type TonClientChainOptions } from './ton-client-chain.js';
export { NodeWallet, NODE_WALLET_SECRET, type SecretStore, type NodeWalletOptions, type OutgoingMessage } from './node-wallet.js';
export { compileContracts, type CompiledContracts } from './contracts/compile.js';
export * from './contracts/root-config.js';
export * from './contracts/signed-payment.js';
export * from './contracts/worker-contract.js';
export * from './contracts/proxy-contract.js';
export * from './payout/policy.js';
export { PayoutService, type PayoutServiceOptions, type ProxyPayment, type ProxyPayoutState } from './payout/payout-service.js';
export { JsonFileClaimStore, MemoryClaimStore, type ClaimRecord, type ClaimStore, type ClaimStatus } from './payout/claim-store.js';
export { WalletLinker, type WalletLinkerOptions, type KeyValueStore, type LinkOffer, type LinkState } from './wallet-link/wallet-linker.js';
export { verifyTonProof, TonProofError, type TonProofErrorCode, type VerifiedProof } from './wallet-link/ton-proof.js';
export { COMMON_WALLETS, type WalletEntry } from './wallet-link/wallet-list.js';
export { memorySecretStore, memoryKeyValueStore } from './memory-stores.js';
