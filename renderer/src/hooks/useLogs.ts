// The log history (logs:get) followed by live `log:line` events, capped so a chatty core cannot grow the
// page without bound.
import { useEffect, useState } from 'react';
import type { LogLine } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';

const MAX_LINES = 2000;

export function useLogs(client: ApiClient): { lines: LogLine[]; error: string | null } {
  const [lines, setLines] = useState<LogLine[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live: LogLine[] = [];
    let loaded = false;
    const unsubscribe = client.subscribe((m) => {
      if (m.event !== 'log:line') return;
      if (!loaded) live.push(m.payload);
      else setLines((prev) => [...prev.slice(-(MAX_LINES - 1)), m.payload]);
    });
    client
      .call('logs:get', {})
      .then(({ lines: history }) => {
        // Lines that arrived while the history loaded may be in both; keep each once.
        const last = history.at(-1)?.time ?? 0;
        setLines([...history, ...live.filter((l) => l.time > last)].slice(-MAX_LINES));
        loaded = true;
        live = [];
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
    return unsubscribe;
  }, [client]);
  return { lines, error };
}
