// A minimal SSE reader over node:http for the devnet wallet (the app side uses the SDK's own).
import { request } from 'node:http';

export interface SseEvent {
  id?: string;
  event?: string;
  data: string;
}

/** Opens `url` and calls `onEvent` per event until `signal` aborts. */
export function openSse(url: string, onEvent: (e: SseEvent) => void, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/event-stream' }, signal }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`SSE ${url} answered ${res.statusCode}`));
      resolve();
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const e: SseEvent = { data: '' };
          for (const line of block.split('\n')) {
            const i = line.indexOf(':');
            if (i <= 0) continue;
            const key = line.slice(0, i);
            const value = line.slice(i + 1).trimStart();
            if (key === 'data') e.data += value;
            else if (key === 'id') e.id = value;
            else if (key === 'event') e.event = value;
          }
          if (e.data && e.event !== 'heartbeat') onEvent(e);
        }
      });
      res.on('error', () => undefined); // aborted on close
    });
    req.on('error', (err) => {
      if (signal.aborted) resolve();
      else reject(err);
    });
    req.end();
  });
}
