// Live app state: the snapshot is pushed by the core (IPC events or server-sent events), never polled.
import { useCallback, useEffect, useState } from 'react';
import type { Settings, StateSnapshot, SettingsPatch } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';
import { applyLanguage } from '../i18n/i18n.js';

export interface SilkwormView {
  state: StateSnapshot | null;
  settings: Settings | null;
  connected: boolean;
  error: string | null;
  run: (action: () => Promise<unknown>) => void;
  updateSettings: (patch: SettingsPatch) => void;
}

export function useSilkworm(client: ApiClient): SilkwormView {
  const [state, setState] = useState<StateSnapshot | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [connected, setConnected] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const unsubscribe = client.subscribe(
      (message) => {
        if (message.event === 'state:changed') setState(message.payload);
      },
      (up) => {
        setConnected(up);
      },
    );
    client
      .call('settings:get', {})
      .then(async (s) => {
        setSettings(s);
        await applyLanguage(s.language);
      })
      .catch((err: unknown) => {
        setError(String(err));
      });
    return unsubscribe;
  }, [client]);

  const run = useCallback((action: () => Promise<unknown>) => {
    setError(null);
    action().catch((err: unknown) => {
      setError(err instanceof Error ? err.message : String(err));
    });
  }, []);

  const updateSettings = useCallback(
    (patch: SettingsPatch) => {
      run(async () => {
        const next = await client.call('settings:update', { patch });
        setSettings(next);
        await applyLanguage(next.language);
      });
    },
    [client, run],
  );

  return { state, settings, connected, error, run, updateSettings };
}
