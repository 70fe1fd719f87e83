// Helpers of the kill faults: a streamed request whose end is classified the way a client sees it, a wait
// until the client endpoint serves again, and process lookups by handle (the daemon we spawned, its
// sandbox child found among its descendants in /proc; Linux only).
import { readFileSync, readdirSync } from 'node:fs';

/**
 * How a stream that was cut by a kill ended for its client:
 * - `error`: an SSE error event and no [DONE], or a connection that ended mid-body (a chunked response
 *   without its last chunk: curl, fetch and the OpenAI SDK all report it as an error);
 * - `silent`: the body ended cleanly with neither [DONE] nor an error — the bug this suite exists for;
 * - `done`: it finished before the kill landed.
 */
export type StreamEnd = 'error' | 'silent' | 'done';

export interface OpenStream {
  /** Resolves once the first generated piece has arrived. */
  first: Promise<void>;
  end: Promise<StreamEnd>;
}

export function chatBody(model: string, content: string, o: { stream: boolean; maxTokens: number }): string {
  return JSON.stringify({
    model,
    messages: [{ role: 'user', content }],
    max_tokens: o.maxTokens,
    // Greedy: the demo model's greedy chat runs to max_tokens, so a stream cannot end by sampling
    // end-of-text before the kill lands (at temperature 1 it sometimes did, and counted as 'done').
    temperature: 0,
    stream: o.stream,
  });
}

export function openStream(clientUrl: string, model: string, timeoutMs = 60_000): OpenStream {
  let firstSeen!: () => void;
  const first = new Promise<void>((resolve) => (firstSeen = resolve));
  const end = (async (): Promise<StreamEnd> => {
    let res: Response;
    try {
      res = await fetch(`${clientUrl}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: chatBody(model, 'write a very long story about a silkworm', { stream: true, maxTokens: 1500 }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      firstSeen();
      return 'error';
    }
    if (res.status !== 200 || !res.body) {
      firstSeen();
      await res.body?.cancel();
      return 'error';
    }
    let text = '';
    const reader = res.body.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    try {
      for (;;) {
        const next = await reader.read();
        if (next.done) break;
        text += Buffer.from(next.value).toString('utf8');
        if (/"content":"[^"]/.test(text)) firstSeen();
      }
    } catch {
      firstSeen();
      return 'error';
    }
    firstSeen();
    if (text.includes('data: [DONE]')) return 'done';
    return /\ndata: \{"error"|^data: \{"error"/.test(text) ? 'error' : 'silent';
  })();
  return { first, end };
}

/** Polls a whole request until it is answered 200; resolves with the time it took, or throws at the deadline. */
export async function untilServed(clientUrl: string, model: string, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    try {
      const res = await fetch(`${clientUrl}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: chatBody(model, 'are you back?', { stream: false, maxTokens: 4 }),
        signal: AbortSignal.timeout(10_000),
      });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > until) throw new Error(`${clientUrl} did not serve again within ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8')
        .split(' ')
        .filter((s) => s.trim() !== '')
        .map(Number),
    );
  } catch {
    return [];
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/** The engine child among `root`'s descendants (the deepest process running the sandbox entry), or null. */
export function sandboxPidOf(root: number): number | null {
  let found: number | null = null;
  const walk = (pid: number, depth: number): void => {
    if (depth > 6) return;
    for (const child of childrenOf(pid)) {
      if (cmdline(child).includes('child-main')) found = child;
      walk(child, depth + 1);
    }
  };
  walk(root, 0);
  return found;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitUntil(
  what: string,
  cond: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
