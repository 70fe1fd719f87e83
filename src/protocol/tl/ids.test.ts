// Constructor ids: computed from the schema text (crc32 of the normalised line, docs/protocol.md §2.1) and
// compared with the ids read from Cocoon's compiled schema (cocoon_api.tlo at b75d444 and at 9060ce5;
// docs/protocol.md §2.3). The schema is upstream's at 9060ce5, and every id the b75d444 wire used is kept.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { parseSchema } from './schema-parser.js';
import { tlIds } from './schema.gen.js';

const schema = readFileSync(new URL('../schema/cocoon_api.tl', import.meta.url), 'utf8');
const parsed = parseSchema(schema);
const computed = new Map(parsed.map((c) => [c.name, c.id]));

/** Every id on the b75d444 worker⇄proxy wire; 9060ce5 changed none of them. */
const wireIds: [string, number][] = [
  ['tcp.ping', 0xbbe9627c],
  ['tcp.pong', 0x0bd4302c],
  ['tcp.packet', 0x9c17baf8],
  ['tcp.query', 0x3af51908],
  ['tcp.queryAnswer', 0xc048c311],
  ['tcp.queryError', 0x4cd2f602],
  ['tcp.connect', 0xa57c4261],
  ['tcp.connected', 0x636d41d6],
  ['boolTrue', 0x997275b5],
  ['boolFalse', 0xbc799737],
  ['vector', 0x1cb5c415],
  ['int256', 0x7bedeb5b],
  ['tokensUsed', 0x70c5b15c],
  ['worker.params', 0x869c73ed],
  ['proxy.params', 0xd5c5609f],
  ['worker.connectToProxy', 0xcc484c5d],
  ['worker.connectedToProxy', 0x66bc82ee],
  ['worker.compareBalanceWithProxy', 0xdb386501],
  ['worker.compareBalanceWithProxyResult', 0x9054c411],
  ['worker.extendedCompareBalanceWithProxy', 0xf8dd9914],
  ['worker.extendedCompareBalanceWithProxyResult', 0x0c10973e],
  ['worker.proxyHandshakeComplete', 0xf843b066],
  ['worker.proxyHandshakeCompleted', 0x3ad9b886],
  ['worker.updatePaymentStatus', 0xdc70a524],
  ['worker.paymentStatus', 0xa88bd701],
  ['worker.enabledDisabled', 0xb3b71039],
  ['worker.newCoefficient', 0x6af092b0],
  ['proxy.signedPayment', 0x02998182],
  ['proxy.signedPaymentEmpty', 0xb347ce64],
  ['proxy.runQuery', 0x47182416],
  ['proxy.runQueryEx', 0xc805e7e2],
  ['proxy.queryAnswer', 0x37e5f725],
  ['proxy.queryAnswerError', 0x669d014e],
  ['proxy.queryAnswerPart', 0x72eb00ee],
  ['proxy.queryAnswerPartError', 0x940e1168],
  ['proxy.queryAnswerEx', 0x1ce574e8],
  ['proxy.queryAnswerErrorEx', 0x8f7fb0a7],
  ['proxy.queryAnswerPartEx', 0x6d85b50f],
  ['proxy.queryFinalInfo', 0xe794e6fc],
  ['proxy.workerRequestPayment', 0x1436c0d5],
  ['http.request', 0x47492de5],
  ['http.response', 0x1cd0c42b],
  ['http.header', 0x8e9be511],
  ['client.runQueryEx', 0xf54cb74b],
  ['rootConfig.registeredProxy', 0x9f4e446a],
];

/** New in 9060ce5, or changed because a field was added or renamed (docs/protocol.md §2.3). */
const newIds: [string, number][] = [
  ['worker.changeModel', 0x72662cee],
  ['worker.changedModel', 0x34029366],
  ['rootConfig.configV7', 0xc51207cb],
  ['rootConfig.registeredPublicKey', 0x37312ecd],
  ['rootConfig.pseudo', 0xd0035db6],
  ['workerRunner.config', 0x41af605f],
  ['proxyRunner.config', 0x9a8f2045],
  ['keyStorageRunner.config', 0xec650826],
  ['keyManagerDb.key', 0x35c91007],
  ['keyManager.getWorkerPrivateKeys', 0x4b90e9b1],
  ['keyManager.getProxyPrivateKeys', 0x4135d0bd],
];

/** b75d444 names that 9060ce5 no longer has, and ids that 9060ce5 replaced. */
const goneNames = ['rootConfig.configV5'];
const replacedIds = [
  0x870db56d, 0x87a976cc, 0x5e84869b, 0x5bf5e272, 0xd7874e40, 0x4d0a1e17, 0x2a26eff5, 0x47a9c2de,
];

describe('constructor ids', () => {
  it("keep every id of the b75d444 wire and match Cocoon's compiled 9060ce5 schema (docs/protocol.md §2.3)", () => {
    const ids: Record<string, number> = tlIds;
    for (const [name, id] of [...wireIds, ...newIds]) {
      expect([name, computed.get(name)?.toString(16)]).toEqual([name, id.toString(16)]);
      expect([name, ids[name]?.toString(16)]).toEqual([name, id.toString(16)]);
    }
    expect([wireIds.length, newIds.length]).toEqual([45, 11]);
    for (const name of goneNames) expect(ids[name]).toBeUndefined();
    const all = new Set(Object.values(ids));
    for (const id of replacedIds) expect(all.has(id)).toBe(false);
  });

  it('cover the whole 9060ce5 schema: 93 constructors and 21 functions, ids unique', () => {
    const kinds = parsed.map((c) => c.kind);
    expect(kinds.filter((k) => k === 'constructor')).toHaveLength(93);
    expect(kinds.filter((k) => k === 'function')).toHaveLength(21);
    expect(Object.keys(tlIds)).toEqual(parsed.map((c) => c.name));
    expect(new Set(Object.values(tlIds)).size).toBe(114);
  });

  it('follow the normalisation examples of docs/protocol.md §2.1', () => {
    expect(crc32('tcp.connect id:long = tcp.Packet')).toBe(0xa57c4261);
    expect(tlIds['tcp.connect']).toBe(0xa57c4261);
    expect(tlIds.vector).toBe(0x1cb5c415);
    expect(tlIds.int).toBe(0xa8509bda);
  });

  it('take the pinned #id where the schema names one, not the crc32 of the grown line', () => {
    const byName = new Map(parsed.map((c) => [c.name, c]));
    // Cocoon pinned these when 9060ce5 added a flag-guarded field, so the ids stayed what b75d444 sent.
    const pinned: [string, number, number][] = [
      ['worker.params', 0x869c73ed, 0xebddc42d],
      ['client.runQueryEx', 0xf54cb74b, 0x2a223a90],
      ['proxy.runQueryEx', 0xc805e7e2, 0x57eefa78],
    ];
    for (const [name, id, lineCrc] of pinned) {
      const c = byName.get(name);
      expect([name, c?.explicitId, c?.id]).toEqual([name, true, id]);
      expect([name, crc32(c?.line ?? '') >>> 0]).toEqual([name, lineCrc]);
    }
    const b75d444Line =
      'worker.params flags:# worker_owner_address:string model:string coefficient:int is_test:flags.0?Bool ' +
      'proxy_cnt:flags.0?int max_active_requests:flags.0?int min_proto_version:flags.1?int ' +
      'max_proto_version:flags.1?int = worker.Params';
    expect(crc32(b75d444Line)).toBe(0x1e0a3348);
  });
});
