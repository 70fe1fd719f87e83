import { describe, expect, it } from 'vitest';
import { createLogger } from '../../logging/logger.js';
import { ChildLink } from './child-link.js';
import type { SandboxProcess } from './launcher.js';

// A stand-in process that records what the host sends and lets the test play the child's part.
class FakeProcess implements SandboxProcess {
  readonly pid = 4242;
  sent: Array<Record<string, unknown>> = [];
  killed = false;
  #onMessage: (m: unknown) => void = () => undefined;
  #onExit: (code: number | null, signal: string | null) => void = () => undefined;
  send(message: unknown): void {
    this.sent.push(message as Record<string, unknown>);
  }
  onMessage(l: (m: unknown) => void): void {
    this.#onMessage = l;
  }
  onExit(l: (code: number | null, signal: string | null) => void): void {
    this.#onExit = l;
  }
  kill(): void {
    this.killed = true;
    this.#onExit(null, 'SIGKILL');
  }
  emit(m: unknown): void {
    this.#onMessage(m);
  }
}

describe('ChildLink protocol checks', () => {
  const log = createLogger('t', () => undefined);

  it('numbers outgoing messages and routes token batches and results by `re`', async () => {
    const p = new FakeProcess();
    const link = new ChildLink(p, log, () => undefined);
    const gen = link.generate(
      { kind: 'text', text: 'x' },
      { maxTokens: 3, temperature: 0, topP: 1, stop: [] },
    );
    expect(p.sent[0]).toMatchObject({ type: 'generate', seq: 0 });
    p.emit({ type: 'token', seq: 0, re: 0, text: 'ab', tokens: 2 });
    p.emit({
      type: 'result',
      seq: 1,
      re: 0,
      result: {
        kind: 'generate',
        usage: { promptTokens: 2, cachedTokens: 0, completionTokens: 2, finishReason: 'stop' },
      },
    });
    const pieces: string[] = [];
    for await (const piece of gen.pieces) pieces.push(piece.text);
    expect(pieces).toEqual(['ab']);
    await expect(gen.done).resolves.toMatchObject({ completionTokens: 2 });
  });

  it('kills a child that sends a malformed message or replays a sequence number', async () => {
    for (const bad of [
      { type: 'token', seq: 0, re: 0, text: 5 },
      { type: 'nope', seq: 0 },
    ]) {
      const p = new FakeProcess();
      const link = new ChildLink(p, log, () => undefined);
      const gen = link.generate(
        { kind: 'text', text: 'x' },
        { maxTokens: 1, temperature: 0, topP: 1, stop: [] },
      );
      p.emit(bad);
      expect(p.killed).toBe(true);
      await expect(gen.done).rejects.toMatchObject({ code: 'sandbox-crashed' });
    }
    const p = new FakeProcess();
    new ChildLink(p, log, () => undefined);
    p.emit({ type: 'log', seq: 3, level: 'info', message: 'x' });
    p.emit({ type: 'log', seq: 3, level: 'info', message: 'x' });
    expect(p.killed).toBe(true);
  });
});
