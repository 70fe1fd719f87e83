// The model list and its actions, shared by Home (first-run card) and the Models screen. The list is asked
// again whenever the pushed state says something changed that it shows (a download started, stopped or
// finished, a switch began or ended); progress itself comes from the pushed state, never from polling.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ModelList, StateSnapshot } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';

export interface ModelsView {
  list: ModelList | null;
  /** Why the list could not be loaded (shown in place, not as a banner). */
  listError: string | null;
  /** A model the owner asked to serve once its download is verified ("Download and serve"). */
  pendingUse: string | null;
  download: (id: string, allowUnverified: boolean) => void;
  downloadAndServe: (id: string, allowUnverified: boolean) => void;
  pause: (id: string) => void;
  cancel: (id: string) => void;
  use: (id: string) => void;
  remove: (id: string) => void;
  /** Rejects with the core's error, so the import form can show it. */
  importFile: (path: string, name?: string) => Promise<{ id: string }>;
}

type Run = (action: () => Promise<unknown>) => void;

/** What the list depends on in the pushed state (not the byte counts, which change many times a second). */
function refreshKey(state: StateSnapshot | null): string {
  if (!state) return '';
  const downloads = state.models.downloads.map((d) => `${d.id}:${d.paused}:${d.errorCode ?? ''}`).join(',');
  return `${downloads}|${state.models.switchingTo ?? ''}|${state.model?.id ?? ''}:${state.model?.loaded ?? ''}`;
}

export function useModels(client: ApiClient, state: StateSnapshot | null, run: Run): ModelsView {
  const [list, setList] = useState<ModelList | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [pendingUse, setPendingUse] = useState<string | null>(null);
  const key = refreshKey(state);

  useEffect(() => {
    if (!state) return;
    let live = true;
    client
      .call('models:list', {})
      .then((l) => {
        if (!live) return;
        setList(l);
        setListError(null);
      })
      .catch((err: unknown) => {
        if (live) setListError(err instanceof Error ? err.message : String(err));
      });
    return () => {
      live = false;
    };
    // `key` stands for the parts of the state the list shows.
  }, [client, key]);

  const act = useCallback(
    (action: () => Promise<ModelList>) =>
      run(async () => {
        setList(await action());
      }),
    [run],
  );

  // "Download and serve": once the file is verified (ready), switch to it; a failed download ends the wish.
  useEffect(() => {
    if (!pendingUse || !list) return;
    const entry = list.models.find((m) => m.id === pendingUse);
    if (!entry || entry.state === 'corrupt' || entry.download?.error) {
      setPendingUse(null);
    } else if (entry.state === 'ready') {
      setPendingUse(null);
      act(() => client.call('models:use', { id: entry.id }));
    }
  }, [pendingUse, list, act, client]);

  return useMemo(
    () => ({
      list,
      listError,
      pendingUse,
      download: (id, allowUnverified) => act(() => client.call('models:download', { id, allowUnverified })),
      downloadAndServe: (id, allowUnverified) => {
        setPendingUse(id);
        act(() => client.call('models:download', { id, allowUnverified }));
      },
      pause: (id) => act(() => client.call('models:pause', { id })),
      cancel: (id) => act(() => client.call('models:cancel', { id })),
      use: (id) => act(() => client.call('models:use', { id })),
      remove: (id) => act(() => client.call('models:remove', { id })),
      importFile: async (path, name) => {
        const result = await client.call('models:import', name ? { path, name } : { path });
        setList(await client.call('models:list', {}));
        return result;
      },
    }),
    [list, listError, pendingUse, act, client],
  );
}
