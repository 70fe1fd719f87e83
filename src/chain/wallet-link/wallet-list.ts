// Wallets offered for linking. An explicit list of the common wallets (public TON Connect entries) is the
// default, so linking works offline and without fetching the public wallets list; `sdkWallets` adds the
// SDK's list, which itself falls back to the SDK's built-in list when offline.
export interface WalletEntry {
  appName: string;
  name: string;
  universalLink: string;
  bridgeUrl: string;
}

export const COMMON_WALLETS: readonly WalletEntry[] = [
  {
    appName: 'telegram-wallet',
    name: 'Wallet in Telegram',
    universalLink: 'https://t.me/wallet?attach=wallet',
    bridgeUrl: 'https://walletbot.me/tonconnect-bridge/bridge',
  },
  {
    appName: 'tonkeeper',
    name: 'Tonkeeper',
    universalLink: 'https://app.tonkeeper.com/ton-connect',
    bridgeUrl: 'https://bridge.tonapi.io/bridge',
  },
  {
    appName: 'mytonwallet',
    name: 'MyTonWallet',
    universalLink: 'https://connect.mytonwallet.org',
    bridgeUrl: 'https://tonconnectbridge.mytonwallet.org/bridge/',
  },
  {
    appName: 'tonhub',
    name: 'Tonhub',
    universalLink: 'https://tonhub.com/ton-connect',
    bridgeUrl: 'https://connect.tonhubapi.com/tonconnect',
  },
];

/**
 * A wallet's own link for a connect request, from the query of the SDK's universal link: `<universal>?v=2&id=…&r=…`,
 * or Telegram's `startattach` form, which cannot carry a raw query.
 */
export function walletLink(wallet: WalletEntry, universal: string): string {
  const query = universal.slice(universal.indexOf('?') + 1);
  const u = new URL(wallet.universalLink);
  if (u.hostname === 't.me') {
    const start = 'tonconnect-' + encodeTelegram(query);
    u.searchParams.append('startattach', start);
    return u.toString();
  }
  return `${wallet.universalLink}${wallet.universalLink.includes('?') ? '&' : '?'}${query}`;
}

// Telegram start parameters allow only [A-Za-z0-9_-]: TON Connect's agreed substitutions.
function encodeTelegram(query: string): string {
  return query
    .replaceAll('.', '%2E')
    .replaceAll('-', '%2D')
    .replaceAll('_', '%5F')
    .replaceAll('&', '-')
    .replaceAll('=', '__')
    .replaceAll('%', '--');
}
