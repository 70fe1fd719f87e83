// The preload: a few lines, no logic. It exposes one invoke function and one event subscription to
// the dashboard; main validates every command against the API contract. (Sandboxed preloads cannot load
// local modules, so the two channel names are repeated from src/api/transport.ts.)
import electron = require('electron');

const { contextBridge, ipcRenderer } = electron;
type IpcRendererEvent = Electron.IpcRendererEvent;

const INVOKE = 'silkworm:invoke';
const EVENT = 'silkworm:event';

contextBridge.exposeInMainWorld('silkworm', {
  invoke: (command: string, payload: unknown): Promise<unknown> =>
    ipcRenderer.invoke(INVOKE, command, payload),
  onEvent: (listener: (message: unknown) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, message: unknown): void => {
      listener(message);
    };
    ipcRenderer.on(EVENT, handler);
    return () => {
      ipcRenderer.removeListener(EVENT, handler);
    };
  },
});
