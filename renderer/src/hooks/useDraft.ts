// A form's working copy of a saved value: edits stay local until Save; saving reports errors in place.
import { useCallback, useEffect, useState } from 'react';

export interface Draft<T> {
  value: T;
  set: (next: T) => void;
  dirty: boolean;
  saving: boolean;
  saved: boolean;
  error: string | null;
  save: () => void;
  revert: () => void;
}

export function useDraft<T>(saved: T, persist: (value: T) => Promise<unknown>): Draft<T> {
  const [value, setValue] = useState<T>(saved);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A change saved elsewhere replaces the draft unless the owner is editing it.
  useEffect(() => {
    if (!dirty) setValue(saved);
  }, [saved, dirty]);
  const set = useCallback((next: T) => {
    setValue(next);
    setDirty(true);
    setDone(false);
  }, []);
  const save = useCallback(() => {
    setSaving(true);
    setError(null);
    persist(value)
      .then(() => {
        setDirty(false);
        setDone(true);
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      .finally(() => setSaving(false));
  }, [persist, value]);
  const revert = useCallback(() => {
    setValue(saved);
    setDirty(false);
    setError(null);
  }, [saved]);
  return { value, set, dirty, saving, saved: done, error, save, revert };
}
