// Whether a proxy may be served, decided from its RA-TLS certificate and the root contract BEFORE the worker
// says anything (docs/discovery.md). The dial verifies under Cocoon's `tee` policy without an allow-list, so
// Cocoon's structural checks run first; then the proxy's tier decides:
//   tee  (the certificate carries a TDX quote): the quote's image hash must be in the root's proxy_hashes.
//        The quote's layout and its binding to the TLS key are checked; its DCAP signature chain is not.
//   home (no TEE extensions): the raw Ed25519 TLS key must be in the root's verified proxy keys (v5).
// Anything else is refused with a sentence that names the proxy, the key or hash, and the root.
import type { PeerCheck, PeerVerdict, VerifiedPeer } from '../protocol/ratls/verify.js';
import type { RootConfig } from '../chain/contracts/root-config.js';

export type VerifiedTier = 'tee' | 'home';

function tierOf(peer: VerifiedPeer): VerifiedTier {
  return peer.teeExtensions ? 'tee' : 'home';
}

export interface ProxyCheckOptions {
  /** host:port as dialled, for the reason text. */
  address: string;
  /** The root's address as the dashboard shows it. */
  rootLabel: string;
  /** The root config in force now (read at each connection, so a refresh applies to the next one). */
  config: () => RootConfig | null;
}

const short = (b: Buffer): string => b.toString('hex');
const listed = (list: readonly Buffer[], x: Buffer): boolean => list.some((b) => b.equals(x));

export function checkProxy(o: ProxyCheckOptions, peer: VerifiedPeer): PeerVerdict {
  const refused = (why: string): PeerVerdict => ({ ok: false, reason: `proxy ${o.address} refused: ${why}` });
  const config = o.config();
  if (!config) return refused(`root ${o.rootLabel} has not been read yet, so nothing is listed`);
  if (tierOf(peer) === 'tee') {
    if (!listed(config.proxyHashes, peer.imageHash))
      return refused(
        `its TDX image hash ${short(peer.imageHash)} is not listed by root ${o.rootLabel} (proxy_hashes)`,
      );
    return { ok: true };
  }
  if (!listed(config.verifiedProxyKeys, peer.rawPublicKey)) {
    const none =
      config.params.structVersion < 5
        ? ` (a struct_version ${config.params.structVersion} root lists no keys)`
        : '';
    return refused(`its key ${short(peer.rawPublicKey)} is not listed by root ${o.rootLabel}${none}`);
  }
  return { ok: true };
}

/** The check a dial runs on a root-listed proxy's certificate. */
export function rootProxyCheck(o: ProxyCheckOptions): PeerCheck {
  return (peer) => checkProxy(o, peer);
}
