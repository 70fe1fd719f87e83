// Constructor ids: computed from the schema text (crc32 of the normalised line, docs/protocol.md §2.1) and
// compared with the ids read from Cocoon's compiled schema (cocoon_api.tlo at b75d444; docs/protocol.md §2.3).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { parseSchema } from './schema-parser.js';
import { tlIds } from './schema.gen.js';

const schema = readFileSync(new URL('../schema/silkworm.tl', import.meta.url), 'utf8');
const computed = new Map(parseSchema(schema).map((c) => [c.name, c.id]));

const specTable: [string, number][] = [
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
  ['workerRunner.config', 0x870db56d],
  ['rootConfig.pseudo', 0x87a976cc],
  ['rootConfig.configV5', 0x5e84869b],
  ['rootConfig.registeredProxy', 0x9f4e446a],
];

describe('constructor ids', () => {
  it("match every id of Cocoon's compiled schema (docs/protocol.md §2.3)", () => {
    const ids: Record<string, number> = tlIds;
    for (const [name, id] of specTable) {
      expect([name, computed.get(name)?.toString(16)]).toEqual([name, id.toString(16)]);
      expect([name, ids[name]?.toString(16)]).toEqual([name, id.toString(16)]);
    }
    expect(specTable).toHaveLength(47);
  });

  it('follow the normalisation examples of docs/protocol.md §2.1', () => {
    expect(crc32('tcp.connect id:long = tcp.Packet')).toBe(0xa57c4261);
    expect(tlIds['tcp.connect']).toBe(0xa57c4261);
    expect(tlIds.vector).toBe(0x1cb5c415);
    expect(tlIds.int).toBe(0xa8509bda);
  });

  it('take the explicit #id where the schema names one, not the crc32 of the line', () => {
    expect(tlIds['worker.params']).toBe(0x869c73ed);
    expect(tlIds['proxy.params']).toBe(0xd5c5609f);
    const line =
      'worker.params flags:# worker_owner_address:string model:string coefficient:int is_test:flags.0?Bool ' +
      'proxy_cnt:flags.0?int max_active_requests:flags.0?int min_proto_version:flags.1?int ' +
      'max_proto_version:flags.1?int = worker.Params';
    expect(crc32(line)).toBe(0x1e0a3348);
  });
});
