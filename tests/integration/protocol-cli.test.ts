// `silkworm protocol ids|decode|encode` through the real command line (the compiled build).
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { encodeBoxed, tlIds, tlSchema, type TlName } from '../../src/protocol/index.js';
import { Prng } from '../support/prng.js';
import { randomObject } from '../support/random-tl.js';

const bin = fileURLToPath(new URL('../../bin/silkworm.js', import.meta.url));

function silkworm(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin ?? '');
  });
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

describe('silkworm protocol', () => {
  it('ids --json maps every combinator to 8 lower-case hex digits', async () => {
    const { code, stdout } = await silkworm(['protocol', 'ids', '--json']);
    expect(code).toBe(0);
    const ids = JSON.parse(stdout) as Record<string, string>;
    expect(Object.keys(ids)).toEqual(Object.keys(tlIds));
    for (const v of Object.values(ids)) expect(v).toMatch(/^[0-9a-f]{8}$/);
    expect([ids['tcp.ping'], ids['proxy.runQueryEx'], ids['worker.params'], ids['http.request']]).toEqual([
      'bbe9627c',
      'c805e7e2',
      '869c73ed',
      '47492de5',
    ]);
    // The whole 9060ce5 schema: 93 constructors and 21 functions, the new model-change pair included.
    expect(Object.keys(ids)).toHaveLength(114);
    expect([ids['worker.changeModel'], ids['worker.changedModel'], ids['rootConfig.configV7']]).toEqual([
      '72662cee',
      '34029366',
      'c51207cb',
    ]);
  });

  it('decodes a runQueryEx packet with its nested http.request, and encodes it back', async () => {
    const request = encodeBoxed({
      _: 'http.request',
      method: 'POST',
      url: '/v1/chat/completions',
      http_version: 'HTTP/1.1',
      headers: [{ _: 'http.header', name: 'Content-Type', value: 'application/json' }],
      payload: Buffer.from('{"model":"tiny","messages":[]}'),
    });
    const packet = encodeBoxed({
      _: 'tcp.packet',
      data: encodeBoxed({
        _: 'proxy.runQueryEx',
        query: request,
        signed_payment: { _: 'proxy.signedPaymentEmpty' },
        coefficient: 1000n,
        timeout: 108.3,
        request_id: Buffer.alloc(32, 0xee),
        flags: 1,
        enable_debug: false,
      }),
    }).toString('hex');
    const decoded = await silkworm(['protocol', 'decode', '--hex', packet]);
    expect(decoded.code).toBe(0);
    expect(decoded.stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(decoded.stdout) as {
      data: { query: { url: string }; coefficient: string; request_id: string };
    };
    expect([json.data.query.url, json.data.coefficient, json.data.request_id]).toEqual([
      '/v1/chat/completions',
      '1000',
      'ee'.repeat(32),
    ]);
    const encoded = await silkworm(['protocol', 'encode'], decoded.stdout);
    expect(encoded.stdout.trim()).toBe(packet);
  });

  // Two processes per constructor: the wire objects and the root config here; every constructor of the
  // schema goes through the same JSON form in process (src/protocol/tl/roundtrip.test.ts).
  it('encode(decode(x)) === x for a random packet carrying each wire constructor', async () => {
    const rng = new Prng(77);
    const wire = /^(tcp|worker|proxy|http|rootConfig)\.|^tokensUsed$|^client\.runQueryEx$/;
    const names = (Object.keys(tlSchema) as TlName[]).filter((n) => wire.test(n));
    expect(names).toHaveLength(47);
    await inBatches(names, 8, async (name) => {
      const hex = encodeBoxed({ _: 'tcp.packet', data: encodeBoxed(randomObject(rng, name)) }).toString(
        'hex',
      );
      const decoded = await silkworm(['protocol', 'decode', '--hex', hex]);
      expect(JSON.parse(decoded.stdout)).toMatchObject({ data: { _: name } });
      const encoded = await silkworm(['protocol', 'encode'], decoded.stdout);
      expect([name, encoded.stdout.trim() === hex]).toEqual([name, true]);
    });
  });

  it('reports malformed input with the error code and offset', async () => {
    const bad = await silkworm(['protocol', 'decode', '--hex', 'f8ba179c05616263']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/TRUNCATED at byte 4/);
    const wrong = await silkworm(['protocol', 'encode'], '{"_":"tcp.ping","id":5}');
    expect(wrong.stderr).toMatch(/INVALID_JSON: \$\.id: expected a decimal string/);
  });
});
