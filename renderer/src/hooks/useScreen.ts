// The open screen lives in the URL hash (#/earnings), so a reload or the tray's "open earnings" lands there.
import { useCallback, useEffect, useState } from 'react';

export const screens = [
  'home',
  'earnings',
  'wallet',
  'schedule',
  'bench',
  'models',
  'settings',
  'logs',
] as const;
export type Screen = (typeof screens)[number];

function fromHash(): Screen {
  const name = window.location.hash.replace(/^#\/?/, '');
  return (screens as readonly string[]).includes(name) ? (name as Screen) : 'home';
}

export function useScreen(): [Screen, (s: Screen) => void] {
  const [screen, setScreen] = useState<Screen>(fromHash);
  useEffect(() => {
    const onHash = (): void => setScreen(fromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const open = useCallback((s: Screen) => {
    window.location.hash = `/${s}`;
    setScreen(s);
  }, []);
  return [screen, open];
}
