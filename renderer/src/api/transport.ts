// The renderer's two carriers of the one API: Electron IPC (window.silkworm, from the preload) and
// HTTP + server-sent events (the headless daemon). Same commands, same envelopes, same events.
import {
  HTTP_API_PREFIX,
  HTTP_EVENTS_PATH,
  eventNames,
  type Envelope,
  type EventMessage,
} from '../../../src/api/index.js';

export interface Transport {
  invoke(command: string, payload: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (message: EventMessage) => void, onConnection?: (up: boolean) => void): () => void;
}

/** What the Electron preload exposes; absent in a browser. */
export interface SilkwormBridge {
  invoke(command: string, payload: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (message: { event: string; payload: unknown }) => void): () => void;
}

declare global {
  interface Window {
    silkworm?: SilkwormBridge;
  }
}

export function ipcTransport(bridge: SilkwormBridge): Transport {
  return {
    invoke: (command, payload) => bridge.invoke(command, payload),
    subscribe: (listener, onConnection) => {
      onConnection?.(true);
      return bridge.onEvent((m) => listener(m as EventMessage));
    },
  };
}

export function httpTransport(base = ''): Transport {
  return {
    async invoke(command, payload) {
      const res = await fetch(`${base}${HTTP_API_PREFIX}${command}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload ?? {}),
        credentials: 'same-origin',
      });
      return (await res.json()) as Envelope<unknown>;
    },
    subscribe(listener, onConnection) {
      const source = new EventSource(`${base}${HTTP_EVENTS_PATH}`);
      source.onopen = () => onConnection?.(true);
      source.onerror = () => onConnection?.(false);
      for (const name of eventNames) {
        source.addEventListener(name, (e) => {
          const payload: unknown = JSON.parse((e as MessageEvent<string>).data);
          listener({ event: name, payload } as EventMessage);
        });
      }
      return () => source.close();
    },
  };
}

export function pickTransport(): Transport {
  return window.silkworm ? ipcTransport(window.silkworm) : httpTransport();
}
