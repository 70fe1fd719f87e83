// The earnings view for the chosen period and filters, fetched again whenever the pushed summary changes
// (a request served, a payment signed, a payout made), so charts and tables stay live.
import { useCallback, useEffect, useState } from 'react';
import type { EarningsView, StateSnapshot } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';

export interface EarningsFilter {
  bucket: 'hour' | 'day';
  okOnly: boolean;
  proxy: string | null;
}

const SPAN = { hour: 24, day: 30 } as const;

function summaryKey(s: StateSnapshot['earnings']): string {
  return `${s.requestsServed}|${s.totalNano}|${s.pendingNano}|${s.claimedNano}`;
}

export function useEarnings(client: ApiClient, filter: EarningsFilter, summary: StateSnapshot['earnings']) {
  const [view, setView] = useState<EarningsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const key = summaryKey(summary);
  useEffect(() => {
    let live = true;
    const query = { bucket: filter.bucket, span: SPAN[filter.bucket], receiptsLimit: 50, okOnly: filter.okOnly, ...(filter.proxy ? { proxy: filter.proxy } : {}) };
    client
      .call('earnings:get', query)
      .then((v) => {
        if (!live) return;
        setView(v);
        setError(null);
      })
      .catch((err: unknown) => {
        if (live) setError(err instanceof Error ? err.message : String(err));
      });
    return () => {
      live = false;
    };
  }, [client, filter.bucket, filter.okOnly, filter.proxy, key, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { view, error, reload };
}
