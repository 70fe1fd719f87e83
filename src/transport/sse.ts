// Server-sent events: every core event to one dashboard, starting with the current state.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StateSnapshot } from '../api/state.js';
import type { EventFeed } from './core-feeds.js';

const KEEPALIVE_MS = 25_000;

export function openEventStream(o: {
  req: IncomingMessage;
  res: ServerResponse;
  hub: EventFeed;
  initial: StateSnapshot;
}): void {
  const { req, res, hub } = o;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  const send = (event: string, payload: unknown): void => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  };
  send('state:changed', o.initial);
  const unsubscribe = hub.subscribe((m) => send(m.event, m.payload));
  const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
  keepalive.unref();
  const close = (): void => {
    clearInterval(keepalive);
    unsubscribe();
  };
  req.on('close', close);
  res.on('error', close);
}
