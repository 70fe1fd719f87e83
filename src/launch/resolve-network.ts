// Which network a node serves, resolved from the owner's settings by the entry point (the daemon, the
// desktop app, `silkworm worker`): a TON network named by its endpoints and root contract, or the local
// demo network, started here in-process and reached by the node through its TON API like any other. This
// is the one place outside src/devnet that knows a local network can exist.
import path from 'node:path';
import type { Logger } from '../logging/logger.js';
import type { Settings } from '../api/settings.js';
import type { ResolvedNetwork } from '../discovery/network-target.js';
import { resolveTonEndpoints } from '../chain/ton-endpoints.js';
import { startLocalNetwork } from '../devnet/network/local-network.js';
import { DEMO_VERIFICATION } from '../devnet/verify/network-verification.js';

/** Resolves the settings' network; `log` is the node's, so a local network's lines reach the dashboard. */
export type NetworkResolver = (network: Settings['network'], log: Logger) => Promise<ResolvedNetwork>;

/**
 * `verification` (default on): the local network checks its demo model's workers with the demo rules
 * (docs/verification.md, "In the local network"): a new worker serves unpaid evaluation requests first.
 */
export function networkResolver(o: { dataDir: string; verification?: boolean }): NetworkResolver {
  return async (n, log) => {
    if (n.mode === 'devnet') {
      return startLocalNetwork({
        dir: path.join(o.dataDir, 'devnet'),
        log: log.child('devnet'),
        requestsPerMinute: n.devnetRequestsPerMinute,
        ...(o.verification === false ? {} : { verification: DEMO_VERIFICATION }),
      });
    }
    return {
      target: {
        label: networkLabel(n.tonNetwork, n.tonEndpoint),
        kind: n.tonNetwork,
        // The owner's own endpoint alone when one is set (no call leaves for a host they did not name);
        // else the network's public presets, one after another.
        endpoints: resolveTonEndpoints({
          network: n.tonNetwork,
          override: n.tonEndpoint,
          presetFallback: n.tonEndpoint === null,
        }).map((e) => e.url),
        apiKey: n.tonApiKey,
        rootAddress: n.rootAddress,
        manualProxies: n.proxies,
        demoModel: false,
      },
      close: () => Promise.resolve(),
    };
  };
}

/** "TON testnet", or with the owner's own endpoint "TON testnet via host:port" (its addresses follow the network). */
function networkLabel(network: Settings['network']['tonNetwork'], endpoint: string | null): string {
  const name = network === 'mainnet' ? 'TON mainnet' : 'TON testnet';
  if (endpoint === null) return name;
  try {
    return `${name} via ${new URL(endpoint).host}`;
  } catch {
    return `${name} via ${endpoint}`;
  }
}
