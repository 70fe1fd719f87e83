// English strings of the network card: the root contract's figures and each proxy's verification.
export const enNetwork = {
  kind: { local: 'Local demo network', testnet: 'TON testnet', mainnet: 'TON mainnet' },
  root: 'Root contract',
  rootMissing: 'No root contract configured: set one in Settings → Network.',
  readAt: 'read {{time}}',
  version: 'config v{{version}}',
  test: 'test network',
  price: 'Clients pay {{price}} nanoTON per token; workers earn {{fee}}',
  registered: 'proxies registered: {{count}}',
  status: {
    ok: 'up to date',
    reading: 'reading…',
    unreachable: 'TON endpoint unreachable',
    'no-root': 'no root contract at this address',
    'bad-config': 'the root contract does not parse',
    'not-configured': 'not configured',
  },
  tier: { tee: 'TEE proxy', home: 'home proxy', manual: 'manual (unverified)' },
  verified: 'verified against the root',
  unverified: 'not verified',
  teeCaveat:
    "A TEE proxy's quote is checked offline (structure, the TLS key it binds, its image hash in the root); the vendor's certificate chain is not.",
};
