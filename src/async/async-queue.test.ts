import { describe, expect, it } from 'vitest';
import { AsyncQueue } from './async-queue.js';

async function collect<T>(q: AsyncQueue<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of q) out.push(item);
  return out;
}

describe('AsyncQueue', () => {
  it('yields items pushed before and after the consumer starts, then ends on close', async () => {
    const q = new AsyncQueue<number>();
    q.push(1);
    const all = collect(q);
    q.push(2);
    await Promise.resolve();
    q.push(3);
    q.close();
    expect(await all).toEqual([1, 2, 3]);
    expect(q.closed).toBe(true);
  });

  it('hands the queued items over before throwing the error it was closed with', async () => {
    const q = new AsyncQueue<string>();
    const seen: string[] = [];
    q.push('a');
    q.push('b');
    q.close(new Error('link lost'));
    await expect(
      (async () => {
        for await (const s of q) seen.push(s);
      })(),
    ).rejects.toThrow('link lost');
    expect(seen).toEqual(['a', 'b']);
  });

  it('drops pushes after close and keeps the first close', async () => {
    const q = new AsyncQueue<number>();
    q.push(1);
    q.close();
    q.push(2);
    q.close(new Error('too late'));
    expect(await collect(q)).toEqual([1]);
  });

  it('keeps falsy items (0, empty string)', async () => {
    const q = new AsyncQueue<number | string>();
    q.push(0);
    q.push('');
    q.close();
    expect(await collect(q)).toEqual([0, '']);
  });

  it('wakes a consumer that waits on an empty queue', async () => {
    const q = new AsyncQueue<number>();
    const all = collect(q);
    setImmediate(() => {
      q.push(7);
      q.close();
    });
    expect(await all).toEqual([7]);
  });
});
