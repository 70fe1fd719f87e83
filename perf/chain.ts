// Perf section "chain": contract compile time, and per payout on the emulator the gas and fees of each
// contract step and what the node wallet spends end to end.
import { toNano, type Transaction } from '@ton/core';
import { keyPairFromSeed } from '@ton/crypto';
import { WalletContractV5R1 } from '@ton/ton';
import { silentLogger } from '../src/logging/logger.js';
import { compileContracts } from '../src/chain/contracts/compile.js';
import { SandboxChain } from '../src/devnet/chain/sandbox-chain.js';
import { NodeWallet } from '../src/chain/node-wallet.js';
import { PayoutService } from '../src/chain/payout/payout-service.js';
import { MemoryClaimStore } from '../src/chain/payout/claim-store.js';
import { DevnetChain } from '../src/devnet/chain/devnet-chain.js';
import { memorySecretStore } from '../src/chain/memory-stores.js';

function gas(tx: Transaction | undefined): bigint {
  const d = tx?.description;
  return d?.type === 'generic' && d.computePhase.type === 'vm' ? d.computePhase.gasUsed : 0n;
}

export async function chainPerf(): Promise<Record<string, number | string | null>> {
  const t0 = performance.now();
  await compileContracts();
  const compileMs = performance.now() - t0;

  const chain = await SandboxChain.open({ log: silentLogger });
  const devnet = await DevnetChain.start({ chain, log: silentLogger });
  const owner = WalletContractV5R1.create({
    workchain: 0,
    publicKey: keyPairFromSeed(Buffer.alloc(32, 1)).publicKey,
  });
  await chain.fund(owner.address, toNano('1'), { init: owner.init });
  const wallet = await NodeWallet.open({ chain, log: silentLogger, secrets: memorySecretStore() });
  await chain.fund(wallet.address, toNano('10'));
  await devnet.deployWorker(owner.address);
  const payouts = new PayoutService({ chain, wallet, store: new MemoryClaimStore(), log: silentLogger });

  const rounds = 5;
  let ms = 0;
  for (let i = 1; i <= rounds; i++) {
    const t = performance.now();
    await payouts.claimNow(
      devnet.payment(owner.address, devnet.signPayment(owner.address, BigInt(i) * 10_000n)),
    );
    ms += performance.now() - t;
  }
  const [workerTx] = await chain.transactions(devnet.workerSc(owner.address), 1);
  const [proxyTx] = await chain.transactions(devnet.proxySc, 1);
  const totals = await payouts.totals();
  return {
    compile_ms: Math.round(compileMs),
    payout_worker_gas: Number(gas(workerTx)),
    payout_proxy_gas: Number(gas(proxyTx)),
    payout_worker_fees_nano: Number(workerTx?.totalFees.coins ?? 0n),
    payout_proxy_fees_nano: Number(proxyTx?.totalFees.coins ?? 0n),
    claim_node_fees_nano: Number(totals.feesNano / BigInt(rounds)),
    claim_emulated_ms: Math.round(ms / rounds),
    claims: totals.claims,
  };
}
