// The verification card's view model (pure, no React): one row per proxy that sent this worker its
// standing — its lane, the window's failures, withheld tokens and the last checks with the proxy's reason —
// whether the card shows at all (a home-tier proxy, or a standing from any proxy), and the one line Home
// shows near the earnings when a proxy keeps this worker unpaid (still in evaluation, or demoted and why).
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
  /** paid; evaluating (a new worker, not paid yet); demoted (failed checks took the paid lane away). */
  status: 'paid' | 'evaluating' | 'demoted';
  checks: number;
  failures: number;
  /** Passed checks in the window. */
  passed: number;
  /** Passed checks the evaluation lane needs; null when the proxy did not say. */
  needed: number | null;
  withheld: string | null;
  note: string | null;
  recent: CheckRow[];
  /** The newest failed check's reason: why the worker is not (or no longer) paid. */
  lastFailure: string | null;
}

export interface VerificationView {
  show: boolean;
  rows: StandingRow[];
  /** The first checked row that keeps this worker unpaid (demoted first), for the earnings area. */
  unpaid: StandingRow | null;
}

function row(p: Proxy): StandingRow | null {
  const s = p.standing;
  if (!s) return null;
  return {
    address: p.address,
    lane: s.lane,
    status: s.lane === 'paid' ? 'paid' : s.demoted === true ? 'demoted' : 'evaluating',
    checks: s.checks,
    failures: s.failures,
    passed: s.checks - s.failures,
    needed: s.promoteAfter ?? null,
    withheld: /^0*$/.test(s.withheld) ? null : s.withheld,
    note: s.note,
    recent: s.recent.slice(0, 5),
    lastFailure: s.recent.find((c) => !c.ok)?.reason ?? null,
  };
}

export function verificationView(state: Pick<StateSnapshot, 'network'>): VerificationView {
  const proxies = state.network.proxies;
  const rows = proxies.map(row).filter((r): r is StandingRow => r !== null);
  // A proxy without a reference checks nothing, so its "evaluation" says nothing about pay.
  const checked = rows.filter((r) => r.note === null);
  const unpaid =
    checked.find((r) => r.status === 'demoted') ?? checked.find((r) => r.status === 'evaluating') ?? null;
  return { show: rows.length > 0 || proxies.some((p) => p.tier === 'home'), rows, unpaid };
}
