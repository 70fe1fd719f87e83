// The TON Connect SDK fetches a wallets list (its "remote config", https://config.ton.org/wallets-v2.json) when
// it restores or completes a connection. No request may leave for a host the owner did not configure: with a
// local bridge and no wallets list source given, a whole link, a restart and an unlink reach only the bridge.
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { SandboxChain } from '../../src/devnet/chain/sandbox-chain.js';
import { memoryKeyValueStore as kv, memorySecretStore as secrets } from '../../src/chain/memory-stores.js';
import { WalletLinker } from '../../src/chain/wallet-link/wallet-linker.js';
import { BridgeServer } from '../../src/devnet/bridge/bridge-server.js';
import { DevnetWallet } from '../../src/devnet/wallet/devnet-wallet.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

/** Records the origin of every fetch in this process (the SDK, the wallet and the bridge share it). */
function recordFetches(): string[] {
  const seen: string[] = [];
  const real = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    seen.push(url.startsWith('data:') ? 'data:' : new URL(url).origin);
    return real(input, init);
  };
  cleanup.push(() => {
    globalThis.fetch = real;
  });
  return seen;
}

describe('wallet linking makes no request beyond the configured bridge', () => {
  it('links, restarts and unlinks without the wallets list from the internet', async () => {
    const seen = recordFetches();
    const chain = await SandboxChain.open({ log: silentLogger });
    const bridge = new BridgeServer({ log: silentLogger });
    await bridge.listen();
    cleanup.push(() => bridge.close());
    const wallet = await DevnetWallet.create({
      chain,
      bridge,
      secrets: secrets(),
      log: silentLogger,
      autoApprove: true,
    });
    cleanup.push(() => wallet.close());
    const entry = {
      appName: 'silkworm-devnet-wallet',
      name: 'Silkworm devnet wallet',
      universalLink: wallet.universalLink,
      bridgeUrl: bridge.bridgeUrl,
    };
    const store = kv();
    const linker = () => {
      const l = new WalletLinker({
        store,
        log: silentLogger,
        manifestUrl: bridge.manifestUrl,
        wallets: [entry],
      });
      cleanup.push(() => l.close());
      return l;
    };
    const first = linker();
    await first.start();
    const offer = await first.beginLink();
    const done = first.waitForLink(15_000);
    await wallet.openLink(offer.wallets[0]?.link ?? '');
    expect((await done).status).toBe('linked');
    first.close();
    const again = linker();
    await again.start(); // restores the SDK session: the SDK looks the wallet up in its wallets list
    expect(again.owner?.equals(wallet.address)).toBe(true);
    await again.unlink();
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([new URL(bridge.origin).origin, 'data:']));
  }, 60_000);
});
