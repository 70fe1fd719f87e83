// Long generations use temperature 0: greedy output on the tiny model is deterministic and runs to
// max_tokens, so a stream cannot end early by sampling the end-of-text token (that made tests flaky).
import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxEvent, SandboxHost } from '../../src/engine/sandbox/host.js';
import { chat, parseSse, readAll, tinyHost } from './engine-helpers.js';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('engine sandbox: supervision, pause and policy', () => {
  let host: SandboxHost;
  let dir: string;
  // The first start, measured: a restart repeats that work, so its deadlines scale with it on a busy machine.
  let startMs: number;
  const events: SandboxEvent[] = [];
  beforeAll(async () => {
    ({ host, dir, startMs } = await tinyHost({ maxActiveRequests: 1, onEvent: (e) => events.push(e) }));
  });
  afterAll(async () => {
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs the child under the permission model with no fs-write', async () => {
    const info = host.info;
    expect(info?.policy.execArgv).toContain(info?.policy.permissionFlag);
    expect(info?.policy.fsWrite).toEqual([]);
    expect(info?.runtime.addonPath).toMatch(/llama-addon\.node$/);
    // The same flags applied to a fresh node: writing anywhere and reading outside the allow-list fail.
    const probe = join(dir, 'probe.txt');
    const script = `const fs=require('fs');const r=[];for(const f of [()=>fs.writeFileSync(${JSON.stringify(probe)},'x'),()=>fs.readFileSync('/etc/hostname'),()=>fs.readFileSync(${JSON.stringify(info?.modelPath)})]){try{f();r.push('ok')}catch(e){r.push(e.code)}}console.log(r.join(','))`;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [...(info?.policy.execArgv ?? []), '-e', script],
      { env: info?.policy.env },
    );
    expect(stdout.trim()).toBe('ERR_ACCESS_DENIED,ERR_ACCESS_DENIED,ok');
  });

  it('fails the in-flight request when the child is killed -9, restarts it, and serves the next one', async () => {
    const pid = host.info?.pid ?? 0;
    const res = await host.request(chat('crash test', { temperature: 0, max_tokens: 1900, stream: true }));
    const it = res.body[Symbol.asyncIterator]();
    await it.next();
    process.kill(pid, 'SIGKILL');
    await expect(
      (async () => {
        for (;;) if ((await it.next()).done === true) break;
      })(),
    ).rejects.toMatchObject({ code: 'sandbox-crashed' });
    expect(events.some((e) => e.type === 'crash' && e.signal === 'SIGKILL')).toBe(true);
    // A restart (after the backoff) plus ten tokens: four starts' worth of time, and never under 20 s.
    const next = await host.request(chat('after the crash', { temperature: 0, max_tokens: 10 }), {
      timeoutMs: Math.max(20_000, Math.round(4 * startMs)),
    });
    expect(JSON.parse(await readAll(next))).toHaveProperty('usage.completion_tokens');
    expect(host.info?.pid).not.toBe(pid);
    expect(host.state).toBe('ready');
  });

  it('pause() ends in-flight work, the child exits, resume() brings serving back', async () => {
    const pid = host.info?.pid ?? 0;
    const res = await host.request(
      chat('paused mid-way', { temperature: 0, max_tokens: 1900, stream: true }),
    );
    const it = res.body[Symbol.asyncIterator]();
    await it.next();
    const { exitMs } = await host.pause();
    expect(alive(pid)).toBe(false);
    // Stopping the child is quicker than starting it was (both slow down together under load).
    expect(exitMs).toBeLessThan(Math.max(1000, startMs));
    await expect(
      (async () => {
        for (;;) if ((await it.next()).done === true) break;
      })(),
    ).rejects.toMatchObject({ code: 'paused' });
    await expect(host.request(chat('while paused'))).rejects.toMatchObject({ code: 'paused' });
    await host.resume();
    const sse = parseSse(
      await readAll(await host.request(chat('resumed', { temperature: 0, max_tokens: 8, stream: true }))),
    );
    expect(sse.done).toBe(true);
  });

  it('reports a clear start failure for a file that is not a model', async () => {
    const bogus = join(dir, 'models', 'bogus.gguf');
    await writeFile(bogus, 'not a gguf');
    await expect(tinyHost({ modelPath: bogus })).rejects.toMatchObject({ code: 'start-failed' });
  });
});
