// What the devnet proxy shows about each worker connection, with its trust tier said plainly: `home`
// (a verified Silkworm home report), `cocoon-test` (a plain certificate admitted by the operator's interop
// tier: nothing attested, only canaries check its answers), or Cocoon's own policies (`tee`, `fake_tee`, `any`).
import type { VerifiedPeer } from '../../protocol/ratls/verify.js';
import type { ReputationView } from './reputation.js';
import type { RouteCandidate } from './router.js';
import type { WorkerLink } from './worker-link.js';

export type WorkerTier = 'home' | 'cocoon-test' | 'tee' | 'fake_tee' | 'any';

export interface WorkerView {
  id: number;
  owner: string | null;
  model: string | null;
  ready: boolean;
  enabled: boolean;
  running: number;
  cap: number;
  coefficient: number;
  /** The negotiated protocol version (3+ takes encrypted requests). */
  protoVersion: number;
  attestation: string;
  tier: WorkerTier;
  /** False for `cocoon-test` and `any`: nothing about the worker's software was verified. */
  attested: boolean;
  /** A short label for logs and views, e.g. "cocoon-test: unattested, canary-checked". */
  trust: string;
  reputation: ReputationView | null;
}

export function tierOf(peer: VerifiedPeer): WorkerTier {
  if (peer.policy === 'home') return peer.attestation === 'home' ? 'home' : 'cocoon-test';
  return peer.policy;
}

const TRUST: Record<WorkerTier, string> = {
  home: 'home: signed Silkworm report verified, canary-checked',
  'cocoon-test': 'cocoon-test: unattested (plain certificate), canary-checked',
  tee: 'tee: TDX quote structure checked (no DCAP), canary-checked',
  fake_tee: 'fake_tee: test-mode quote, unattested, canary-checked',
  any: 'any: unattested, canary-checked',
};

export function workerView(l: WorkerLink, c: RouteCandidate, reputation: ReputationView | null): WorkerView {
  const w = l.worker;
  const tier = tierOf(l.peer);
  return {
    id: l.id,
    owner: w?.owner.toRawString() ?? null,
    model: w?.model ?? null,
    ready: l.ready,
    enabled: l.enabled,
    running: l.running,
    cap: c.cap,
    coefficient: c.coefficient,
    protoVersion: w?.protoVersion ?? 0,
    attestation: l.peer.attestation,
    tier,
    attested: tier === 'home' || tier === 'tee',
    trust: TRUST[tier],
    reputation,
  };
}
