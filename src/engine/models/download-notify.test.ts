import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../logging/logger.js';
import { ChangeThrottle } from './download-notify.js';
import { waitFor } from '../../../tests/support/wait-for.js';

const until = (cond: () => boolean, ms = 2000): Promise<boolean> =>
  waitFor(cond, { timeoutMs: ms, intervalMs: 5, what: 'the trailing change call' });

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
