// The Electron transport of the API contract: one invoke channel carrying {command, payload} into the
// core's dispatcher, and one event channel out. Messages from any frame other than our own window's
// main frame are refused.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type Envelope } from '../src/api/index.js';
import type { SilkwormNode } from '../src/node/node.js';

export function registerIpc(node: SilkwormNode, getWindow: () => BrowserWindow | null, isOwnUrl: (url: string) => boolean): () => void {
  const handler = async (event: IpcMainInvokeEvent, command: unknown, payload: unknown): Promise<Envelope<unknown>> => {
    const win = getWindow();
    const frame = event.senderFrame;
    if (!win || event.sender !== win.webContents || !frame || frame !== win.webContents.mainFrame || !isOwnUrl(frame.url)) {
      return { ok: false, error: { code: 'unauthorized', message: 'IPC from an unknown frame' } };
    }
    if (typeof command !== 'string') return { ok: false, error: { code: 'bad_request', message: 'command must be a string' } };
    return node.dispatch(command, payload);
  };
  ipcMain.handle(IPC_INVOKE_CHANNEL, handler);
  const unsubscribe = node.hub.subscribe((message) => {
    const win = getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, message);
  });
  return () => {
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    unsubscribe();
  };
}
