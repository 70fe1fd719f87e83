// Choosing a worker connection for a request (docs/protocol.md §3.5, ProxyRunner::choose_connection): among connections of
// the model that are ready, enabled, below their cap and priced at most the client's max coefficient, the
// one minimising running × average query time; ties go to the better reputation, then to fewer running,
// then to the link that waited longest (so idle workers share the load instead of the first taking all).
// An encrypted request goes only to connections that negotiated protocol 3 or later. Under verification,
// client requests go only to the paid lane and, when the client asks, to reputations above its floor.
export interface RouteCandidate {
  id: number;
  baseModel: string;
  ready: boolean;
  enabled: boolean;
  running: number;
  cap: number;
  coefficient: number;
  /** Decaying average duration of this connection's requests, ms. */
  averageMs: number;
  reputation: number;
  /** performance.now() of the last request routed here (0: never). */
  lastRoutedAt?: number;
  /** The negotiated protocol version (0 when unknown). */
  protoVersion?: number;
  /** The owner's lane under verification (docs/verification.md); absent: not verified, any traffic. */
  lane?: 'evaluation' | 'paid';
}

export interface RouteWant {
  baseModel: string;
  /** Highest coefficient (×1000) the client accepts; undefined = any. */
  maxCoefficient?: number;
  /** Only this connection (canaries). */
  onlyId?: number;
  /** Lowest protocol version accepted (3 for an encrypted request, as Cocoon's proxy filters). */
  minProto?: number;
  /** Only paid-lane connections (client traffic while verification is on). */
  paidLane?: boolean;
  /** Only connections whose reputation is at least this (a client's min_reputation). */
  minReputation?: number;
}

export function eligible(c: RouteCandidate, want: RouteWant): boolean {
  return (
    c.ready &&
    c.enabled &&
    c.baseModel === want.baseModel &&
    c.running < c.cap &&
    (want.maxCoefficient === undefined || c.coefficient <= want.maxCoefficient) &&
    (want.onlyId === undefined || c.id === want.onlyId) &&
    (want.minProto === undefined || (c.protoVersion ?? 0) >= want.minProto) &&
    standingAllows(c, want)
  );
}

/** The lane and reputation filters of docs/verification.md. */
export function standingAllows(c: RouteCandidate, want: RouteWant): boolean {
  return (
    (want.paidLane !== true || c.lane === undefined || c.lane === 'paid') &&
    (want.minReputation === undefined || c.reputation >= want.minReputation)
  );
}

export function chooseConnection<C extends RouteCandidate>(
  candidates: readonly C[],
  want: RouteWant,
): C | null {
  let best: C | null = null;
  let bestLoad = Infinity;
  for (const c of candidates) {
    if (!eligible(c, want)) continue;
    const load = c.running * c.averageMs;
    const better =
      best === null ||
      load < bestLoad ||
      (load === bestLoad &&
        (c.reputation > best.reputation ||
          (c.reputation === best.reputation &&
            (c.running < best.running ||
              (c.running === best.running && (c.lastRoutedAt ?? 0) < (best.lastRoutedAt ?? 0))))));
    if (better) {
      best = c;
      bestLoad = load;
    }
  }
  return best;
}

/** A 10-minute-style decaying average: each sample moves the mean by `weight` of the difference. */
export function decayAverage(previous: number, sample: number, weight = 0.2): number {
  return previous + weight * (sample - previous);
}
