import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../logging/logger.js';
import { ChangeThrottle } from './download-notify.js';

const until = async (cond: () => boolean, ms = 2000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('ChangeThrottle', () => {
  it('sends progress at most once per interval, with a trailing call; state changes at once', async () => {
    const calls: number[] = [];
    const t = new ChangeThrottle(() => calls.push(Date.now()), 100, silentLogger);
    t.soon();
    expect(calls).toHaveLength(1);
    for (let i = 0; i < 50; i++) t.soon();
    expect(calls).toHaveLength(1);
    await until(() => calls.length === 2); // the trailing call
    expect(calls[1]! - calls[0]!).toBeGreaterThanOrEqual(95);
    t.now();
    expect(calls).toHaveLength(3);
  });

  it('a throwing listener does not break the caller', () => {
    const t = new ChangeThrottle(
      () => {
        throw new Error('listener bug');
      },
      100,
      silentLogger,
    );
    expect(() => t.now()).not.toThrow();
  });
});
