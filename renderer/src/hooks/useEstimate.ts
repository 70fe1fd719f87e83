// The earnings estimate for the owner's inputs, asked again when an input or the saved benchmark changes
// (debounced while typing). Errors such as "Run the benchmark first" are shown in place.
import { useEffect, useState } from 'react';
import type { CommandRequest, CommandResponse } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';

export type EstimateRequest = CommandRequest<'bench:estimate'>;
export type Estimate = CommandResponse<'bench:estimate'>;

export function useEstimate(client: ApiClient, request: EstimateRequest, resultAt: number | null) {
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(request);
  useEffect(() => {
    // Without a saved benchmark there is nothing to estimate from (the core answers "run it first").
    if (resultAt === null) return;
    let live = true;
    const timer = setTimeout(() => {
      client
        .call('bench:estimate', JSON.parse(key) as EstimateRequest)
        .then((e) => {
          if (!live) return;
          setEstimate(e);
          setError(null);
        })
        .catch((err: unknown) => {
          if (!live) return;
          setEstimate(null);
          setError(err instanceof Error ? err.message : String(err));
        });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, key, resultAt]);
  return { estimate, error };
}
