// Sends real chat completions to the devnet's OpenAI-compatible endpoint (state.network.devnetClientUrl),
// as an outside client would; the daemon's worker serves them with llama.cpp and earns for them.
import { apiCall, type DaemonProcess } from '../support/daemon.js';

export async function devnetClientUrl(daemon: DaemonProcess): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const state = (await apiCall(daemon, 'state:get')) as { network: { devnetClientUrl: string | null } };
    if (state.network.devnetClientUrl) return state.network.devnetClientUrl;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the devnet client endpoint did not come up in 20 s');
}

/** `count` requests one after another (bounded: 30 s each); returns how many were answered with 200. */
export async function sendChats(daemon: DaemonProcess, count: number): Promise<number> {
  const base = await devnetClientUrl(daemon);
  let ok = 0;
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'silkworm-tiny', messages: [{ role: 'user', content: `hello ${i}` }], max_tokens: 12 }),
      signal: AbortSignal.timeout(30_000),
    });
    await res.arrayBuffer();
    if (res.ok) ok++;
  }
  return ok;
}
