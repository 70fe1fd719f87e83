// The Electron transport of the API contract: one invoke channel carrying {command, payload} into the
// core's dispatcher, and one event channel out. Messages from any frame other than our own window's
// main frame are refused. Electron's ipcMain and window come in as options (the shapes below are the
// parts used), so the guard is tested under plain Node.
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type Envelope, type EventMessage } from '../src/api/index.js';
import type { Dispatch } from '../src/transport/dispatch.js';

export interface SenderFrame {
  readonly url: string;
}

/** The parts of a BrowserWindow the bridge uses. */
export interface BridgeWindow {
  readonly webContents: { readonly mainFrame: SenderFrame; send(channel: string, message: unknown): void };
  isDestroyed(): boolean;
}

/** The parts of an IpcMainInvokeEvent the guard reads. */
export interface InvokeEvent {
  readonly sender: unknown;
  readonly senderFrame: SenderFrame | null;
}

/** The parts of Electron's ipcMain the bridge uses. */
export interface IpcRegistrar {
  handle(
    channel: string,
    listener: (event: InvokeEvent, command: unknown, payload: unknown) => Promise<Envelope<unknown>>,
  ): void;
  removeHandler(channel: string): void;
}

export interface IpcBridgeOptions {
  ipc: IpcRegistrar;
  dispatch: Dispatch;
  subscribe: (listener: (message: EventMessage) => void) => () => void;
  getWindow: () => BridgeWindow | null;
  isOwnUrl: (url: string) => boolean;
}

/** True only for the main frame of our own window showing our own page (not an iframe, not a navigated-away page). */
export function fromOwnWindow(
  event: InvokeEvent,
  win: BridgeWindow | null,
  isOwnUrl: (url: string) => boolean,
): boolean {
  const frame = event.senderFrame;
  return (
    win !== null &&
    !win.isDestroyed() &&
    event.sender === win.webContents &&
    frame !== null &&
    frame === win.webContents.mainFrame &&
    isOwnUrl(frame.url)
  );
}

export function registerIpc(o: IpcBridgeOptions): () => void {
  o.ipc.handle(IPC_INVOKE_CHANNEL, async (event, command, payload) => {
    if (!fromOwnWindow(event, o.getWindow(), o.isOwnUrl))
      return { ok: false, error: { code: 'unauthorized', message: 'IPC from an unknown frame' } };
    if (typeof command !== 'string')
      return { ok: false, error: { code: 'bad_request', message: 'command must be a string' } };
    return o.dispatch(command, payload);
  });
  const unsubscribe = o.subscribe((message) => {
    const win = o.getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT_CHANNEL, message);
  });
  return () => {
    o.ipc.removeHandler(IPC_INVOKE_CHANNEL);
    unsubscribe();
  };
}
