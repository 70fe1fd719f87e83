import { describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../logging/logger.js';
import type { LogLine } from '../../api/events.js';
import { listenStable, readPorts, writePorts } from './port-file.js';

const listen = (port: number): Promise<Server> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(port, '127.0.0.1', () => resolve(s));
  });
const portOf = (s: Server): number => (s.address() as { port: number }).port;
const close = (s: Server): Promise<void> => new Promise((r) => s.close(() => r()));

describe('stable devnet ports', () => {
  it('reuses a stored port when free, takes a new one with a log line when taken, survives a damaged file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sw-ports-'));
    const lines: LogLine[] = [];
    const log = createLogger('t', (l) => lines.push(l), 'debug');
    const file = path.join(dir, 'ports.json');
    try {
      expect(await readPorts(file, log)).toEqual({});
      const first = await listenStable({ name: 'client', stored: undefined, log, start: listen });
      const port = portOf(first);
      await writePorts(file, { client: port });
      await close(first);
      const stored = (await readPorts(file, log)).client;
      const again = await listenStable({ name: 'client', stored, log, start: listen });
      expect(portOf(again)).toBe(port);
      const moved = await listenStable({ name: 'client', stored: port, log, start: listen }); // `again` holds it
      expect(portOf(moved)).not.toBe(port);
      expect(lines.some((l) => l.level === 'warn' && l.message.includes(`port ${port} is taken`))).toBe(true);
      await Promise.all([close(again), close(moved)]);
      await writeFile(file, '{"version":1,"client":"x"');
      expect(await readPorts(file, log)).toEqual({});
      expect(lines.some((l) => l.message.includes('damaged'))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
