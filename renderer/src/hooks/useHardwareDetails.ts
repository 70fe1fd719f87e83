// GPUs, usable llama.cpp backends and the CPU-only explanation (bench:hardware), fetched once per visit.
import { useEffect, useState } from 'react';
import type { CommandResponse } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';

export type HardwareDetails = CommandResponse<'bench:hardware'>;

export function useHardwareDetails(client: ApiClient): {
  details: HardwareDetails | null;
  error: string | null;
} {
  const [details, setDetails] = useState<HardwareDetails | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    client
      .call('bench:hardware', {})
      .then((d) => live && setDetails(d))
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
    };
  }, [client]);
  return { details, error };
}
