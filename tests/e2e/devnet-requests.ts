// Sends real chat completions to the devnet's OpenAI-compatible endpoint (state.network.clientUrl),
// as an outside client would; the daemon's worker serves them with llama.cpp and earns for them.
import { apiCall, type DaemonProcess } from '../support/daemon.js';
import { waitFor } from '../support/wait-for.js';

interface NetworkState {
  network: { clientUrl: string | null; proxies: { status: string }[] };
}

// A client's pause before it retries a 503 (this is how a client behaves, not a wait for a condition).
const retryPause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The client endpoint, once the worker's proxy link is ready (it reconnects when the owner changes). */
export async function readyClientUrl(daemon: DaemonProcess, timeoutMs = 30_000): Promise<string> {
  return waitFor(
    async () => {
      const { network } = (await apiCall(daemon, 'state:get')) as NetworkState;
      return network.clientUrl && network.proxies.some((p) => p.status === 'ready')
        ? network.clientUrl
        : null;
    },
    { timeoutMs, intervalMs: 250, what: 'a ready devnet worker' },
  );
}

async function chat(base: string, i: number): Promise<Response> {
  return fetch(`${base}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'silkworm-tiny',
      messages: [{ role: 'user', content: `hello ${i}` }],
      max_tokens: 12,
    }),
    signal: AbortSignal.timeout(30_000),
  });
}

/**
 * `count` requests one after another; returns how many were answered with 200. A 503 "no worker" while the
 * worker re-registers is retried a bounded number of times (8 s in all), as a client would.
 */
export async function sendChats(daemon: DaemonProcess, count: number): Promise<number> {
  const base = await readyClientUrl(daemon);
  let ok = 0;
  for (let i = 0; i < count; i++) {
    for (let attempt = 0; ; attempt++) {
      const res = await chat(base, i);
      const body = await res.text();
      if (res.ok) ok++;
      else if (res.status === 503 && attempt < 32) {
        await retryPause(250);
        continue;
      } else console.error(`devnet request ${i}: HTTP ${res.status} ${body.slice(0, 300)}`);
      break;
    }
  }
  return ok;
}
