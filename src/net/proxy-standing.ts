// What a proxy tells this worker about its standing (docs/protocol.md §8.5): the `X-Silkworm-Standing`
// header of each forwarded http.request, JSON with the lane, the window's checks and failures, the
// withheld tokens and the last checks with their reasons. Shown to the owner only: it is the proxy's word,
// never a basis for money (payments are what the signed payments say). Parsed defensively: a header that
// is not the expected shape is ignored, strings are cut and limited to printable ASCII.
import type { HttpHeader } from '../protocol/tl/schema.gen.js';

export const STANDING_HEADER = 'X-Silkworm-Standing';
const MAX_HEADER = 4096;
const MAX_RECENT = 5;

export interface ProxyCheck {
  /** Unix ms (minute precision). */
  at: number;
  ok: boolean;
  reason: string;
}

export interface ProxyStanding {
  lane: 'evaluation' | 'paid';
  checks: number;
  failures: number;
  /** Tokens this proxy withheld from payment after failed checks (decimal string). */
  withheld: string;
  recent: ProxyCheck[];
  /** e.g. "no reference for model X": nothing can be checked. */
  note: string | null;
  /** Passed checks the evaluation lane needs (null: the proxy did not say). */
  promoteAfter: number | null;
  /** Back in the evaluation lane after failed checks took the paid lane away. */
  demoted: boolean;
  /** When this worker last heard it (Unix ms). */
  receivedAt: number;
}

const count = (v: unknown): number | null =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null;
const text = (v: unknown, max: number): string | null =>
  typeof v === 'string' ? v.replace(/[^\x20-\x7e]/g, '?').slice(0, max) : null;

function check(v: unknown): ProxyCheck | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const at = count(o.at);
  const reason = text(o.reason, 200);
  if (at === null || typeof o.ok !== 'boolean' || reason === null) return null;
  return { at, ok: o.ok, reason };
}

/** The standing in a forwarded request's headers, or null when absent or malformed. */
export function readStanding(headers: readonly HttpHeader[], now = Date.now()): ProxyStanding | null {
  const name = STANDING_HEADER.toLowerCase();
  const raw = headers.find((h) => h.name.toLowerCase() === name)?.value;
  if (raw === undefined || raw.length > MAX_HEADER) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  const checks = count(o.checks);
  const failures = count(o.failures);
  const withheld = typeof o.withheld === 'string' && /^\d{1,30}$/.test(o.withheld) ? o.withheld : null;
  if ((o.lane !== 'evaluation' && o.lane !== 'paid') || checks === null || failures === null || !withheld)
    return null;
  const recent = Array.isArray(o.recent) ? o.recent.slice(0, MAX_RECENT).map(check) : [];
  return {
    lane: o.lane,
    checks,
    failures: Math.min(failures, checks),
    withheld,
    recent: recent.filter((c): c is ProxyCheck => c !== null),
    note: text(o.note, 120),
    promoteAfter: count(o.promote_after),
    demoted: o.demoted === true && o.lane === 'evaluation',
    receivedAt: now,
  };
}
