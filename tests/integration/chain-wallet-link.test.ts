// One-click wallet linking, offline: the real TON Connect SDK on the app side, the local bridge, and the
// devnet wallet (SessionCrypto, real ton_proof) approving automatically.
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { SandboxChain } from '../../src/devnet/chain/sandbox-chain.js';
import { memoryKeyValueStore as kv, memorySecretStore as secrets } from '../../src/chain/memory-stores.js';
import { WalletLinker, type KeyValueStore } from '../../src/chain/wallet-link/wallet-linker.js';
import { BridgeServer } from '../../src/devnet/bridge/bridge-server.js';
import { DevnetWallet } from '../../src/devnet/wallet/devnet-wallet.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function devnet(autoApprove: boolean) {
  const chain = await SandboxChain.open({ log: silentLogger });
  const bridge = new BridgeServer({ log: silentLogger });
  await bridge.listen();
  cleanup.push(() => bridge.close());
  const wallet = await DevnetWallet.create({
    chain,
    bridge,
    secrets: secrets(),
    log: silentLogger,
    autoApprove,
  });
  cleanup.push(() => wallet.close());
  const entry = {
    appName: 'silkworm-devnet-wallet',
    name: 'Silkworm devnet wallet',
    universalLink: wallet.universalLink,
    bridgeUrl: bridge.bridgeUrl,
  };
  const linker = (store: KeyValueStore) => {
    const l = new WalletLinker({
      store,
      log: silentLogger,
      manifestUrl: bridge.manifestUrl,
      wallets: [entry],
      walletsListSource: `${bridge.origin}/wallet/wallets.json`,
    });
    cleanup.push(() => l.close());
    return l;
  };
  return { chain, bridge, wallet, linker };
}

describe('wallet linking through TON Connect', () => {
  it('links the devnet wallet with a verified ton_proof; the link survives a restart; unlink forgets it', async () => {
    const d = await devnet(true);
    const store = kv();
    const linker = d.linker(store);
    await linker.start();
    expect(linker.state().status).toBe('unlinked');
    const offer = await linker.beginLink();
    expect(offer.universalLink).toMatch(/^tc:\/\/\?v=2&id=[0-9a-f]{64}&trace_id=.+&r=/);
    expect(decodeURIComponent(offer.universalLink)).toMatch(/"name":"ton_proof","payload":"[0-9a-f]{64}"/);
    const link = offer.wallets[0]?.link ?? '';
    expect(link.startsWith(d.wallet.universalLink + '?v=2&id=')).toBe(true);

    const done = linker.waitForLink(10_000);
    await d.wallet.openLink(link); // what clicking the link / scanning the QR does
    const state = await done;
    expect(state.status).toBe('linked');
    expect(linker.owner?.equals(d.wallet.address)).toBe(true);
    linker.close();

    const again = d.linker(store);
    await again.start();
    expect(again.owner?.equals(d.wallet.address)).toBe(true);
    await again.unlink();
    expect(again.state().status).toBe('unlinked');
    const third = d.linker(store);
    await third.start();
    expect(third.owner).toBeNull();
  });

  it('waits for Approve on the approval page when auto-approve is off', async () => {
    const d = await devnet(false);
    const linker = d.linker(kv());
    await linker.start();
    const offer = await linker.beginLink();
    const link = offer.wallets[0]?.link ?? '';
    const page = await fetch(link).then((r) => r.text()); // the browser opening the wallet link
    expect(page).toContain('asks for your address, proof of wallet ownership');
    expect(linker.state().status).toBe('pending');
    const id = d.wallet.pending()[0]?.id ?? '';
    const done = linker.waitForLink(10_000);
    const approved = await fetch(`${d.bridge.origin}/wallet/approve`, {
      method: 'POST',
      body: new URLSearchParams({ id }),
    });
    expect(approved.status).toBe(200);
    expect((await done).status).toBe('linked');
  });

  it('does not link when the owner rejects, and says the owner declined', async () => {
    const d = await devnet(false);
    const linker = d.linker(kv());
    await linker.start();
    const offer = await linker.beginLink();
    const done = linker.waitForLink(10_000);
    const p = await d.wallet.openLink(offer.wallets[0]?.link ?? '');
    await d.wallet.reject(p.id);
    const state = await done; // the wallet's connect_error reached the app
    expect(state.status === 'failed' ? state.error.code : state.status).toBe('declined');
    expect(linker.owner).toBeNull();
  });
});
