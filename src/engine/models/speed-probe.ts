// A short measurement of the download speed for the first-run proposal ("about 12 minutes at your
// speed"): one ranged GET of a few MiB from the model's own URL, following the hub's redirect to its CDN.
import { errorMessage } from '../../logging/logger.js';
import { DownloadError } from './download-errors.js';
import { httpGet } from './http-get.js';

export interface SpeedProbeOptions {
  /** How much to fetch (the range asked for); 4 MiB by default. */
  bytes?: number;
  /** Stops the probe here; what arrived by then is still a measurement. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Bytes per second of the body (timed from the response headers, so the redirect and TLS set-up do not count). */
export async function probeDownloadSpeed(url: string, o: SpeedProbeOptions = {}): Promise<number> {
  const want = o.bytes ?? 4 * 2 ** 20;
  const timeoutMs = o.timeoutMs ?? 20_000;
  if (o.signal?.aborted) throw new DownloadError('aborted', 'the speed probe was cancelled');
  const controller = new AbortController();
  const onAbort = (): void => controller.abort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  let received = 0;
  let started = 0;
  try {
    const { res } = await httpGet(url, {
      headers: { range: `bytes=0-${want - 1}` },
      signal: controller.signal,
      idleTimeoutMs: timeoutMs,
    });
    const status = res.statusCode ?? 0;
    if (status !== 200 && status !== 206) {
      res.resume();
      throw new DownloadError('http-status', `the server answered HTTP ${status} for ${url}`);
    }
    started = performance.now();
    try {
      for await (const chunk of res) {
        received += (chunk as Buffer).length;
        if (received >= want) break; // a server that ignores Range would send the whole model
      }
    } catch (err) {
      if (!timedOut || received === 0) throw err;
    }
    const seconds = Math.max(performance.now() - started, 1) / 1000;
    res.destroy();
    if (received === 0) throw new DownloadError('http-status', `no bytes from ${url}`);
    return received / seconds;
  } catch (err) {
    if (err instanceof DownloadError) throw err;
    if (timedOut) throw new DownloadError('timeout', `the speed probe got no data within ${timeoutMs} ms`);
    if (o.signal?.aborted) throw new DownloadError('aborted', 'the speed probe was cancelled');
    throw new DownloadError('http-status', `the speed probe failed: ${errorMessage(err)}`);
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
  }
}
