// Stable addresses for the local network: the proxy's worker port, the client endpoint's and the TON API's are
// kept in `devnet/ports.json` and reused on the next start, so a copied curl command keeps working after
// a restart. A stored port that is taken (another program, a second daemon) gives way to a fresh one,
// with a log line, and the file then holds the new one. The file holds nothing else: a damaged one is
// replaced (with a log line) — fresh ports are all that is lost.
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { errorMessage, type Logger } from '../../logging/logger.js';
import { writeFileAtomic } from '../../settings/atomic-file.js';

const port = z.number().int().min(1).max(65_535);
const portsSchema = z.object({
  version: z.literal(1),
  proxy: port.optional(),
  client: port.optional(),
  ton: port.optional(),
});
export type StoredPorts = Omit<z.infer<typeof portsSchema>, 'version'>;
export type PortName = keyof StoredPorts;

export async function readPorts(file: string, log: Logger): Promise<StoredPorts> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    log.warn(`cannot read ${file} (${errorMessage(err)}); the devnet takes fresh ports`);
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  const parsed = portsSchema.safeParse(json);
  if (!parsed.success) {
    log.warn(`${file} is damaged; the devnet takes fresh ports and rewrites it`);
    return {};
  }
  const { version: _version, ...ports } = parsed.data;
  return ports;
}

export async function writePorts(file: string, ports: StoredPorts): Promise<void> {
  await writeFileAtomic(file, JSON.stringify({ version: 1, ...ports }, null, 2) + '\n', 0o644);
}

const inUse = (err: unknown): boolean => {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'EADDRINUSE' || code === 'EACCES';
};

/** Starts a listener on the stored port, or on a fresh one when there is none or it is taken. */
export async function listenStable<T>(o: {
  name: PortName;
  stored: number | undefined;
  log: Logger;
  start: (port: number) => Promise<T>;
}): Promise<T> {
  if (o.stored === undefined) return o.start(0);
  try {
    return await o.start(o.stored);
  } catch (err) {
    if (!inUse(err)) throw err;
    o.log.warn(
      `devnet ${o.name} port ${o.stored} is taken by another program; using a new port (copied URLs with ${o.stored} stop working)`,
    );
    return o.start(0);
  }
}
