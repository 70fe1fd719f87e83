// Golden byte vectors for what Cocoon 9060ce5 added to the schema (docs/protocol.md §2.3): the new
// constructors and the flag-guarded fields of the pinned-id wire objects. Bytes are written by hand from
// the layouts of docs/protocol.md §2.2 (little-endian ints, TL strings padded to 4 bytes, bare vectors without their id).
import { describe, expect, it } from 'vitest';
import { decodeBoxed, decodeBoxedAs, encodeBoxed } from './codec.js';
import type { TlObject } from './schema.gen.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const ascii = (s: string): string => Buffer.from(s).toString('hex');

function golden(obj: TlObject, bytes: string): void {
  expect(encodeBoxed(obj).toString('hex')).toBe(hex(bytes).toString('hex'));
  expect(decodeBoxed(hex(bytes))).toEqual(obj);
}

const runQueryHead = 'e2e705c8 01710000 64ce47b3 e803000000000000 000000000000f83f' + 'ab'.repeat(32);
const runQuery = {
  _: 'proxy.runQueryEx',
  query: Buffer.from('q'),
  signed_payment: { _: 'proxy.signedPaymentEmpty' },
  coefficient: 1000n,
  timeout: 1.5,
  request_id: Buffer.alloc(32, 0xab),
} as const;

describe('9060ce5 golden vectors', () => {
  it('worker.changeModel(new_model) is a function of type worker.ChangedModel', () => {
    golden(
      { _: 'worker.changeModel', new_model: 'Qwen/Qwen3-8B' },
      'ee2c6672 0d' + ascii('Qwen/Qwen3-8B') + '0000',
    );
    const answer = hex('66930234');
    expect(decodeBoxedAs('worker.ChangedModel', answer)).toEqual({ _: 'worker.changedModel' });
  });

  it('worker.changedModel has no fields', () => golden({ _: 'worker.changedModel' }, '66930234'));

  it('worker.params keeps id 869c73ed and carries machine_description_json under flags bit 2', () => {
    const owner = 'EQowner';
    golden(
      {
        _: 'worker.params',
        flags: 7,
        worker_owner_address: owner,
        model: 'tiny',
        coefficient: 1000,
        is_test: true,
        proxy_cnt: 1,
        max_active_requests: 4,
        min_proto_version: 1,
        max_proto_version: 4,
        machine_description_json: '{"backend":"cuda"}',
      },
      'ed739c86 07000000 07' +
        ascii(owner) +
        '04' +
        ascii('tiny') +
        '000000 e8030000 b5757299 01000000 04000000 01000000 04000000 12' +
        ascii('{"backend":"cuda"}') +
        '00',
    );
  });

  it('proxy.runQueryEx keeps id c805e7e2 and carries private_key under flags bit 1', () => {
    const key = Buffer.alloc(32, 0x5a);
    golden(
      { ...runQuery, flags: 3, enable_debug: false, private_key: key },
      runQueryHead + '03000000 379779bc' + '5a'.repeat(32),
    );
    // What a 9060ce5 proxy sends a proto-3 worker for an unencrypted request: bit 1 and 32 zero bytes.
    golden(
      { ...runQuery, flags: 2, private_key: Buffer.alloc(32) },
      runQueryHead + '02000000' + '00'.repeat(32),
    );
  });

  it('client.runQueryEx keeps id f54cb74b and carries public_key under flags bit 1', () =>
    golden(
      {
        _: 'client.runQueryEx',
        model_name: 'tiny',
        query: Buffer.from('q'),
        max_coefficient: 4000,
        max_tokens: 100,
        timeout: 1.5,
        request_id: Buffer.alloc(32, 0x11),
        min_config_version: 0,
        flags: 2,
        public_key: Buffer.alloc(32, 0x22),
      },
      '4bb74cf5 04' +
        ascii('tiny') +
        '000000 01710000 a00f0000 64000000 000000000000f83f' +
        '11'.repeat(32) +
        '00000000 02000000' +
        '22'.repeat(32),
    ));

  it('rootConfig.registeredPublicKey', () =>
    golden(
      {
        _: 'rootConfig.registeredPublicKey',
        public_key: Buffer.alloc(32, 0xbb),
        key_type: 1,
        expire_at: 0x6a000000,
      },
      'cd2e3137' + 'bb'.repeat(32) + '01000000 0000006a',
    ));

  it('rootConfig.configV7: struct version 5 with key-manager and verified-key fields', () =>
    golden(
      {
        _: 'rootConfig.configV7',
        root_owner_address: 'own',
        proxy_hashes: [],
        registered_proxies: [{ _: 'rootConfig.registeredProxy', seqno: 1, address: '127.0.0.1:9100' }],
        last_proxy_seqno: 1,
        worker_hashes: [],
        model_hashes: [Buffer.alloc(32, 0xaa)],
        version: 7,
        struct_version: 5,
        params_version: 2,
        unique_id: 13,
        is_test: 1,
        price_per_token: 20n,
        worker_fee_per_token: 19n,
        prompt_tokens_price_multiplier: 10000,
        cached_tokens_price_multiplier: 2500,
        completion_tokens_price_multiplier: 80000,
        reasoning_tokens_price_multiplier: 80000,
        proxy_delay_before_close: 600,
        client_delay_before_close: 300,
        min_proxy_stake: 1_000_000_000n,
        min_client_stake: 500_000_000n,
        registered_public_keys: [
          {
            _: 'rootConfig.registeredPublicKey',
            public_key: Buffer.alloc(32, 0xbb),
            key_type: 1,
            expire_at: 0x6a000000,
          },
        ],
        key_manager_public_key: Buffer.alloc(32, 0xcc),
        key_manager_image_hash: Buffer.alloc(32, 0xdd),
        key_manager_address: '',
        verified_proxy_keys: [Buffer.alloc(32, 0xee)],
        verified_worker_keys: [],
        verified_key_manager_keys: [],
        proxy_sc_code: 'te6',
        worker_sc_code: '',
        client_sc_code: '',
      },
      [
        'cb0712c5',
        '036f776e', // root_owner_address
        '00000000', // proxy_hashes: bare vector, count only
        '01000000 01000000 0e' + ascii('127.0.0.1:9100') + '00', // registered_proxies (bare elements)
        '01000000', // last_proxy_seqno
        '00000000', // worker_hashes
        '01000000' + 'aa'.repeat(32), // model_hashes
        '07000000 05000000 02000000 0d000000 01000000', // version, struct_version, params_version, unique_id, is_test
        '1400000000000000 1300000000000000', // price_per_token, worker_fee_per_token
        '10270000 c4090000 80380100 80380100', // the four price multipliers
        '58020000 2c010000', // close delays
        '00ca9a3b00000000 0065cd1d00000000', // min stakes
        '01000000' + 'bb'.repeat(32) + '01000000 0000006a', // registered_public_keys
        'cc'.repeat(32) + 'dd'.repeat(32), // key manager public key, image hash
        '00000000', // key_manager_address
        '01000000' + 'ee'.repeat(32) + '00000000 00000000', // verified proxy, worker, key-manager keys
        '03746536 00000000 00000000', // proxy, worker, client contract code
      ].join(''),
    ));

  it("keyManager.getWorkerPrivateKeys(proto_version) has the renamed argument's new id", () =>
    golden({ _: 'keyManager.getWorkerPrivateKeys', proto_version: 3 }, 'b1e9904b 03000000'));

  it('a b75d444 worker.params (flags 3) still decodes, with no machine description', () => {
    const bytes = hex(
      'ed739c86 03000000 00000000 00000000 00000000 b5757299 00000000 00000000 01000000 02000000',
    );
    expect(decodeBoxed(bytes)).toMatchObject({ _: 'worker.params', flags: 3, max_proto_version: 2 });
    expect(decodeBoxed(bytes)).toHaveProperty('machine_description_json', undefined);
  });

  it('refuses a private key whose flag bit is clear', () => {
    expect(() =>
      encodeBoxed({ ...runQuery, flags: 1, enable_debug: false, private_key: Buffer.alloc(32) }),
    ).toThrow(/bit 1 is clear/);
  });
});
