// Live app state: the snapshot is pushed by the core (IPC events or server-sent events), never polled.
import { useCallback, useEffect, useState } from 'react';
import type { Settings, StateSnapshot, SettingsPatch } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';
import { applyLanguage } from '../i18n/i18n.js';

export interface SilkwormView {
  state: StateSnapshot | null;
  settings: Settings | null;
  connected: boolean;
  /** The last failed action, shown as a dismissible banner. */
  error: string | null;
  dismissError: () => void;
  run: (action: () => Promise<unknown>) => void;
  /** Applies a patch at once (toggles); failures land in `error`. */
  updateSettings: (patch: SettingsPatch) => void;
  /** Applies a patch and lets the form show its own result (field errors, "Saved"). */
  saveSettings: (patch: SettingsPatch) => Promise<Settings>;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function useSilkworm(client: ApiClient): SilkwormView {
  const [state, setState] = useState<StateSnapshot | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [connected, setConnected] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const unsubscribe = client.subscribe(
      (m) => {
        if (m.event === 'state:changed') setState(m.payload);
      },
      (up) => {
        setConnected(up);
      },
    );
    // The first snapshot comes from a call, so the page never waits for the next change.
    client
      .call('state:get', {})
      .then((s) => {
        setState((current) => current ?? s);
      })
      .catch((err: unknown) => {
        setError(message(err));
      });
    client
      .call('settings:get', {})
      .then(async (s) => {
        setSettings(s);
        await applyLanguage(s.language);
      })
      .catch((err: unknown) => {
        setError(message(err));
      });
    return unsubscribe;
  }, [client]);

  const run = useCallback((action: () => Promise<unknown>) => {
    setError(null);
    action().catch((err: unknown) => {
      setError(message(err));
    });
  }, []);

  const saveSettings = useCallback(
    async (patch: SettingsPatch) => {
      const next = await client.call('settings:update', { patch });
      setSettings(next);
      await applyLanguage(next.language);
      return next;
    },
    [client],
  );

  const updateSettings = useCallback(
    (patch: SettingsPatch) => run(() => saveSettings(patch)),
    [run, saveSettings],
  );
  const dismissError = useCallback(() => setError(null), []);

  return { state, settings, connected, error, dismissError, run, updateSettings, saveSettings };
}
