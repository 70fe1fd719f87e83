// node-llama-cpp tests a prebuilt binary before loading it (on Linux always, on Windows for GPU builds) by
// forking a throw-away Node process that loads it first (dist/bindings/utils/testBindingBinary.js). The
// sandbox child may not start processes, and it is itself the throw-away process: the host supervises it,
// the backend prober runs each backend in its own child, and a crash on load ends only that child. So,
// inside a sandbox child only, that one fork is answered in-process as "the test passed"; every other
// fork is refused like the permission model refuses it. The caller still checks that the backend it
// asked for is the one that loaded (the check the forked test would have made).
import { EventEmitter } from 'node:events';
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';

const testerFile = /[\\/]node-llama-cpp[\\/]dist[\\/]bindings[\\/]utils[\\/]testBindingBinary\.js$/;

interface TestMessage {
  type: string;
}

/** A stand-in for the forked tester that answers node-llama-cpp's protocol: ready, loaded, done, exit 0. */
class PassingBinaryTest extends EventEmitter {
  readonly pid = undefined;
  exitCode: number | null = null;
  readonly killed = false;
  readonly stdout = null;
  readonly stderr = null;
  constructor() {
    super();
    setImmediate(() => this.emit('message', { type: 'ready' }));
  }
  send(message: TestMessage): boolean {
    const reply = message.type === 'start' ? 'loaded' : message.type === 'test' ? 'done' : null;
    setImmediate(() => {
      if (reply !== null) this.emit('message', { type: reply });
      else if (message.type === 'exit') this.#exit();
    });
    return true;
  }
  kill(): boolean {
    this.#exit();
    return true;
  }
  #exit(): void {
    if (this.exitCode !== null) return;
    this.exitCode = 0;
    this.emit('exit', 0, null);
  }
}

function refused(): Error {
  return Object.assign(new Error('Access to this API has been restricted'), {
    code: 'ERR_ACCESS_DENIED',
    permission: 'ChildProcess',
  });
}

let installed = false;

/** Call first thing in a sandbox child entry, before node-llama-cpp is imported. Never in a host process. */
export function answerBinaryTestInProcess(): void {
  if (installed) return;
  installed = true;
  const fork = (modulePath: string | URL): unknown => {
    if (testerFile.test(String(modulePath))) return new PassingBinaryTest();
    throw refused();
  };
  (childProcess as { fork: unknown }).fork = fork;
  // node-llama-cpp imports { fork } as an ES binding: push the replacement into the ES module namespace.
  syncBuiltinESMExports();
}
