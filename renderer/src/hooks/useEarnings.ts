// The earnings view for the chosen period, filters and receipts page, fetched again whenever the pushed
// summary changes (a request served, a payment signed, a payout made), so charts and tables stay live.
// Pages count back from the newest receipt; changing a filter goes back to the first page.
import { useCallback, useEffect, useState } from 'react';
import type { EarningsView, StateSnapshot } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';

export interface EarningsFilter {
  bucket: 'hour' | 'day';
  okOnly: boolean;
  proxy: string | null;
}

const SPAN = { hour: 24, day: 30 } as const;
/** Receipts per page of the table. */
export const RECEIPTS_PAGE = 50;

function summaryKey(s: StateSnapshot['earnings']): string {
  return `${s.requestsServed}|${s.totalNano}|${s.pendingNano}|${s.claimedNano}`;
}

export function useEarnings(client: ApiClient, filter: EarningsFilter, summary: StateSnapshot['earnings']) {
  const [view, setView] = useState<EarningsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const key = summaryKey(summary);
  const filterKey = `${String(filter.okOnly)}|${filter.proxy ?? ''}`;
  const [paging, setPaging] = useState({ filterKey, offset: 0 });
  const offset = paging.filterKey === filterKey ? paging.offset : 0;
  const setOffset = useCallback((o: number) => setPaging({ filterKey, offset: Math.max(0, o) }), [filterKey]);
  useEffect(() => {
    let live = true;
    const query = {
      bucket: filter.bucket,
      span: SPAN[filter.bucket],
      receiptsLimit: RECEIPTS_PAGE,
      receiptsOffset: offset,
      okOnly: filter.okOnly,
      ...(filter.proxy ? { proxy: filter.proxy } : {}),
    };
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
  }, [client, filter.bucket, filter.okOnly, filter.proxy, key, tick, offset]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { view, error, reload, setOffset };
}
