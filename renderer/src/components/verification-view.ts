// The verification card's view model (pure, no React): one row per proxy that sent this worker its
// standing — its lane, the window's failures, withheld tokens and the last checks with the proxy's reason —
// and whether the card shows at all (a home-tier proxy, or a standing from any proxy).
import type { StateSnapshot } from '../../../src/api/index.js';

type Proxy = StateSnapshot['network']['proxies'][number];

export interface CheckRow {
  at: number;
  ok: boolean;
  reason: string;
}

export interface StandingRow {
  address: string;
  lane: 'evaluation' | 'paid';
  checks: number;
  failures: number;
  withheld: string | null;
  note: string | null;
  recent: CheckRow[];
  /** The newest failed check's reason: why the worker is not (or no longer) paid. */
  lastFailure: string | null;
}

export interface VerificationView {
  show: boolean;
  rows: StandingRow[];
}

function row(p: Proxy): StandingRow | null {
  const s = p.standing;
  if (!s) return null;
  return {
    address: p.address,
    lane: s.lane,
    checks: s.checks,
    failures: s.failures,
    withheld: /^0*$/.test(s.withheld) ? null : s.withheld,
    note: s.note,
    recent: s.recent.slice(0, 5),
    lastFailure: s.recent.find((c) => !c.ok)?.reason ?? null,
  };
}

export function verificationView(state: Pick<StateSnapshot, 'network'>): VerificationView {
  const proxies = state.network.proxies;
  const rows = proxies.map(row).filter((r): r is StandingRow => r !== null);
  return { show: rows.length > 0 || proxies.some((p) => p.tier === 'home'), rows };
}
