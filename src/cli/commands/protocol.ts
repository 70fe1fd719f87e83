// `silkworm protocol ids|decode|encode`: the Cocoon TL schema's constructor ids, and a frame payload (a boxed
// tcp.Packet, or any boxed object of the schema) as one line of JSON and back, byte for byte.
import { parseArgs, UsageError } from '../args.js';
import { decodeBoxed, encodeBoxed, fromJson, tlIds, toJson } from '../../protocol/index.js';

const USAGE = `usage:
  silkworm protocol ids [--json]          every combinator of the schema and its id
  silkworm protocol decode --hex HEX      a boxed TL object (a frame payload) as JSON
  silkworm protocol encode < JSON         the JSON form back to hex`;

const hex8 = (id: number): string => id.toString(16).padStart(8, '0');

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function protocolCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'ids': {
      const p = parseArgs(rest, { booleans: ['json'] });
      const entries = Object.entries(tlIds);
      if (p.flags.has('json')) {
        process.stdout.write(
          JSON.stringify(Object.fromEntries(entries.map(([n, id]) => [n, hex8(id)]))) + '\n',
        );
      } else {
        for (const [n, id] of entries) process.stdout.write(`${hex8(id)}  ${n}\n`);
      }
      return 0;
    }
    case 'decode': {
      const p = parseArgs(rest, { values: ['hex'] });
      const raw = p.flags.get('hex');
      const text = typeof raw === 'string' ? raw.replace(/\s+/g, '') : '';
      if (!/^(?:[0-9a-fA-F]{2})+$/.test(text))
        throw new UsageError('--hex needs an even number of hex digits');
      process.stdout.write(JSON.stringify(toJson(decodeBoxed(Buffer.from(text, 'hex')))) + '\n');
      return 0;
    }
    case 'encode': {
      parseArgs(rest, {});
      let json: unknown;
      try {
        json = JSON.parse(await readStdin());
      } catch {
        throw new UsageError('stdin is not JSON');
      }
      process.stdout.write(encodeBoxed(fromJson(json)).toString('hex') + '\n');
      return 0;
    }
    default:
      process.stderr.write(USAGE + '\n');
      return sub === undefined || sub === '--help' ? 0 : 2;
  }
}
