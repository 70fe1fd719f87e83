// The IPC bridge refuses any sender that is not our own window's main frame showing our own page: another
// window, an iframe inside ours, our window after it navigated away, or a destroyed window. Electron's
// ipcMain and window are fakes with the same shape (Electron cannot run here).
import { describe, expect, it } from 'vitest';
import {
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  type Envelope,
  type EventMessage,
} from '../../src/api/index.js';
import { EventHub } from '../../src/node/event-hub.js';
import {
  registerIpc,
  type BridgeWindow,
  type InvokeEvent,
  type IpcRegistrar,
  type SenderFrame,
} from '../../main/ipc.js';

const OWN = 'file:///app/dist/renderer/index.html';

type Listener = (event: InvokeEvent, command: unknown, payload: unknown) => Promise<Envelope<unknown>>;

class FakeIpc implements IpcRegistrar {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(event: InvokeEvent, command: unknown, payload: unknown = {}): Promise<Envelope<unknown>> {
    const h = this.handlers.get(IPC_INVOKE_CHANNEL);
    if (!h) throw new Error('no handler registered');
    return h(event, command, payload);
  }
}

class FakeWindow implements BridgeWindow {
  destroyed = false;
  readonly sent: Array<{ channel: string; message: unknown }> = [];
  readonly webContents: BridgeWindow['webContents'];
  constructor(readonly frame: { url: string } = { url: OWN }) {
    this.webContents = {
      mainFrame: frame,
      send: (channel, message) => {
        this.sent.push({ channel, message });
      },
    };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

function setup() {
  const ipc = new FakeIpc();
  const hub = new EventHub();
  const win = new FakeWindow();
  let current: FakeWindow | null = win;
  const dispatched: Array<{ command: string; payload: unknown }> = [];
  const dispose = registerIpc({
    ipc,
    dispatch: (command, payload) => {
      dispatched.push({ command, payload });
      return Promise.resolve({ ok: true, value: 'done' });
    },
    subscribe: (listener) => hub.subscribe(listener),
    getWindow: () => current,
    isOwnUrl: (url) => url.split('#')[0] === OWN,
  });
  const fromOwn: InvokeEvent = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
  return {
    ipc,
    hub,
    win,
    dispatched,
    dispose,
    fromOwn,
    setWindow: (w: FakeWindow | null) => {
      current = w;
    },
  };
}

const refused = { ok: false, error: { code: 'unauthorized', message: 'IPC from an unknown frame' } };

describe('IPC guard', () => {
  it("passes our window's main frame to the dispatcher, including a route after '#'", async () => {
    const t = setup();
    await expect(t.ipc.invoke(t.fromOwn, 'state:get')).resolves.toEqual({ ok: true, value: 'done' });
    t.win.frame.url = `${OWN}#/earnings`;
    await expect(t.ipc.invoke(t.fromOwn, 'settings:get', { a: 1 })).resolves.toEqual({
      ok: true,
      value: 'done',
    });
    expect(t.dispatched).toEqual([
      { command: 'state:get', payload: {} },
      { command: 'settings:get', payload: { a: 1 } },
    ]);
  });

  it('refuses another window, an iframe in ours, a navigated-away page, no frame, and a closed window', async () => {
    const t = setup();
    const other = new FakeWindow();
    const iframe: SenderFrame = { url: OWN };
    const cases: InvokeEvent[] = [
      { sender: other.webContents, senderFrame: other.webContents.mainFrame },
      { sender: t.win.webContents, senderFrame: iframe },
      { sender: t.win.webContents, senderFrame: null },
    ];
    for (const event of cases) await expect(t.ipc.invoke(event, 'state:get')).resolves.toEqual(refused);
    t.win.frame.url = 'https://evil.example/index.html';
    await expect(t.ipc.invoke(t.fromOwn, 'state:get')).resolves.toEqual(refused);
    t.win.frame.url = OWN;
    t.win.destroyed = true;
    await expect(t.ipc.invoke(t.fromOwn, 'state:get')).resolves.toEqual(refused);
    t.setWindow(null);
    await expect(t.ipc.invoke(t.fromOwn, 'state:get')).resolves.toEqual(refused);
    expect(t.dispatched).toEqual([]);
  });

  it('refuses a command that is not a string before the dispatcher sees it', async () => {
    const t = setup();
    await expect(t.ipc.invoke(t.fromOwn, 42)).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(t.dispatched).toEqual([]);
  });

  it('sends core events to our window while it lives, and stops on dispose', () => {
    const t = setup();
    const message: EventMessage = {
      event: 'log:line',
      payload: { time: 1, level: 'info', scope: 'test', message: 'hello' },
    };
    t.hub.emit(message.event, message.payload);
    expect(t.win.sent).toEqual([{ channel: IPC_EVENT_CHANNEL, message }]);
    t.win.destroyed = true;
    t.hub.emit(message.event, message.payload);
    expect(t.win.sent).toHaveLength(1);
    t.dispose();
    expect(t.ipc.handlers.size).toBe(0);
    expect(t.hub.size).toBe(0);
  });
});
