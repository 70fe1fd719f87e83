// What the proxy tells a worker about its standing, on every request it forwards: one http.request header
// (docs/protocol.md §8.5), the same on canaries and client requests, so it says nothing about which is
// which. The worker shows it to its owner (lane, last checks and why one failed).
import type { StandingView } from './standing.js';

// The worker's reader is src/net/proxy-standing.ts (one name for both ends).
import { STANDING_HEADER } from '../../net/proxy-standing.js';

export { STANDING_HEADER };

// Header values are printable ASCII: the reasons' few symbols are spelled out rather than lost as "?".
const SPELLED: Record<string, string> = { '≤': '<=', '≥': '>=', '×': 'x', '…': '...', '—': '-', '–': '-' };
const ascii = (text: string): string =>
  text.replace(/[≤≥×…—–]/g, (c) => SPELLED[c] ?? '?').replace(/[^\x20-\x7e]/g, '?');

/** What the worker keeps of a reason: 200 characters, a longer one cut at a word and marked "...". */
const MAX_REASON = 200;
function fit(reason: string): string {
  if (reason.length <= MAX_REASON) return reason;
  const cut = reason.slice(0, MAX_REASON - 3);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_REASON / 2 ? cut.slice(0, space) : cut}...`;
}

/** `unverified`: the served model has no reference on this proxy, so no check can be made. */
export function standingHeader(v: StandingView, o: { unverified?: string } = {}): [string, string] {
  const value = {
    ...(o.unverified !== undefined ? { note: `no reference for model ${o.unverified.slice(0, 80)}` } : {}),
    lane: v.lane,
    checks: v.checks,
    failures: v.failures,
    withheld: v.tokensWithheld.toString(),
    promote_after: v.promoteAfter,
    demoted: v.demoted,
    // Minute precision, no kind: a past check cannot be matched to the request it re-scored.
    recent: v.recent.slice(0, 5).map((c) => ({
      at: Math.floor(c.at / 60_000) * 60_000,
      ok: c.ok,
      reason: fit(ascii(c.reason)),
    })),
  };
  return [STANDING_HEADER, JSON.stringify(value)];
}
