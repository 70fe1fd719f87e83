// What a Cocoon worker-runner in fake-TON mode derives from the files `devnet serve --cocoon-config` writes
// must be what the devnet proxy uses. The derivation here is written from Cocoon's sources, not from
// Silkworm's root-config code: RootContractConfig::load_from_tl(rootConfig.pseudo) fixes struct version 1,
// unique_id 13, is_test, delays 600/300 and 1-TON stakes and reads "" code as an empty cell;
// ProxyContract::init_data_cell is owner ‖ key ‖ root ‖ state u2 ‖ balance ‖ stake ‖ unlock_ts u32 ‖
// ^serialize_params_cell(6); WorkerContract's is owner ‖ proxy_sc ‖ key ‖ state u2 ‖ tokens u64 ‖
// ^serialize_params_cell(0); the address is the hash of the StateInit, sent non-bounceable, testnet flag set.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Address, beginCell, Cell, contractAddress } from '@ton/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxChain } from '../chain/sandbox-chain.js';
import { deriveProxyContract } from '../../chain/contracts/proxy-contract.js';
import { defaultRootParams } from '../../chain/contracts/root-config.js';
import { silentLogger } from '../../logging/logger.js';
import { COCOON_TEST_KEY } from '../../protocol/e2e/index.js';
import { DevnetChain } from '../chain/devnet-chain.js';
import { parseSignedPayment, verifySignedPayment } from '../../chain/contracts/signed-payment.js';
import { OwnerBooks } from '../proxy/books.js';
import { ProxyHandshake } from '../proxy/handshake.js';
import { RequestKeys } from '../proxy/request-keys.js';
import {
  cocoonView,
  FAKE_TON_PARAMS,
  writeCocoonConfig,
  cocoonWorkerOwner,
  type CocoonView,
} from './index.js';

let chain: SandboxChain;
let devnet: DevnetChain;
let view: CocoonView;
let dir: string;
let pseudo: Record<string, unknown>;
let workerConf: Record<string, unknown>;

beforeAll(async () => {
  chain = await SandboxChain.open({ log: silentLogger });
  devnet = await DevnetChain.start({ chain, log: silentLogger });
  view = cocoonView(devnet);
  dir = await mkdtemp(path.join(tmpdir(), 'sw-cocoon-config-'));
  const files = await writeCocoonConfig({
    dir,
    devnet,
    view,
    proxyEntry: '127.0.0.1:11001 127.0.0.1:11002',
    publicKeys: new RequestKeys().published(),
  });
  pseudo = JSON.parse(await readFile(files.rootConfig, 'utf8')) as Record<string, unknown>;
  workerConf = JSON.parse(await readFile(files.workerConfig, 'utf8')) as Record<string, unknown>;
}, 120_000);

afterAll(async () => {
  await chain.close();
  await rm(dir, { recursive: true, force: true });
});

/** The field names of a TL constructor, read from the vendored 9060ce5 schema. */
async function tlFields(name: string): Promise<string[]> {
  const tl = await readFile(new URL('../../protocol/schema/cocoon_api.tl', import.meta.url), 'utf8');
  const start = tl.search(new RegExp(`\\n${name.replace('.', '\\.')}\\s`));
  const decl = tl.slice(start + name.length + 1, tl.indexOf('=', start));
  return [...decl.matchAll(/(\w+):/g)].map((m) => m[1] as string);
}

const fromBoc = (hex: unknown): Cell =>
  hex === '' ? beginCell().endCell() : (Cell.fromBoc(Buffer.from(String(hex), 'hex'))[0] as Cell);

/** Cocoon's serialize_params_cell for struct version 1, from the pseudo config (value: 1 proxy, 2 worker, 4 client code). */
function cocoonParamsCell(p: Record<string, unknown>, value: number): Cell {
  const b = beginCell()
    .storeUint(1, 8)
    .storeUint(Number(p.params_version), 32)
    .storeUint(13, 32)
    .storeBit(true)
    .storeCoins(BigInt(Number(p.price_per_token)))
    .storeCoins(BigInt(Number(p.worker_fee_per_token)))
    .storeUint(600, 32)
    .storeUint(300, 32)
    .storeCoins(1_000_000_000n)
    .storeCoins(1_000_000_000n);
  b.storeMaybeRef(value & 1 ? fromBoc(p.proxy_sc_code) : null);
  b.storeMaybeRef(value & 2 ? fromBoc(p.worker_sc_code) : null);
  b.storeMaybeRef(value & 4 ? fromBoc(p.client_sc_code) : null);
  return b.endCell();
}

function cocoonProxyAddress(proxyOwner: Address, proxyKey: Buffer, root: Address): Address {
  const data = beginCell()
    .storeAddress(proxyOwner)
    .storeBuffer(proxyKey, 32)
    .storeAddress(root)
    .storeUint(0, 2)
    .storeCoins(0n)
    .storeCoins(0n)
    .storeUint(0, 32)
    .storeRef(cocoonParamsCell(pseudo, 6))
    .endCell();
  return contractAddress(0, { code: fromBoc(pseudo.proxy_sc_code), data });
}

function cocoonWorkerAddress(owner: Address, proxySc: Address, proxyKey: Buffer): Address {
  const data = beginCell()
    .storeAddress(owner)
    .storeAddress(proxySc)
    .storeBuffer(proxyKey, 32)
    .storeUint(0, 2)
    .storeUint(0, 64)
    .storeRef(cocoonParamsCell(pseudo, 0))
    .endCell();
  return contractAddress(0, { code: fromBoc(pseudo.worker_sc_code), data });
}

describe('devnet serve --cocoon-config', () => {
  it('writes rootConfig.pseudo with exactly the 9060ce5 fields, and a workerRunner.config', async () => {
    expect(Object.keys(pseudo)).toEqual(await tlFields('rootConfig.pseudo'));
    expect(Object.keys(workerConf)).toEqual(await tlFields('workerRunner.config'));
    expect(pseudo).toMatchObject({
      registered_proxies: [{ seqno: 1, address: '127.0.0.1:11001 127.0.0.1:11002' }],
      price_per_token: Number(devnet.params.pricePerToken),
      worker_fee_per_token: Number(devnet.params.workerFeePerToken),
      registered_public_keys: [
        { public_key: COCOON_TEST_KEY.publicKey.toString('base64'), key_type: 1, expire_at: 2_000_000_000 },
      ],
      client_sc_code: '',
    });
    expect(workerConf).toMatchObject({ is_test: true, is_testnet: true });
    // Cocoon's runner needs <ip>:<port> here (its router's SOCKS port) and a non-zero HTTP port, or it
    // refuses its config / never enables itself (seen with the 9060ce5 worker-runner).
    expect(workerConf.connect_to_proxy_via).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(workerConf.http_port).toBeGreaterThan(0);
    expect(Address.parse(String(workerConf.owner_address)).equals(cocoonWorkerOwner())).toBe(true);
  });

  it("derives, as the C++ worker does, the cocoon view's proxy and worker contracts and the handshake's strings", () => {
    const root = Address.parseFriendly(String(workerConf.root_contract_address));
    expect(root.address.equals(devnet.rootSc)).toBe(true);
    const key = devnet.proxyKeys.publicKey;
    const proxySc = cocoonProxyAddress(devnet.proxyInit.owner, key, root.address);
    expect(proxySc.equals(view.proxySc)).toBe(true);
    // Silkworm's own derivation (src/chain/contracts) from the params the fake-TON loader fixes agrees.
    const loaded = defaultRootParams({
      ...FAKE_TON_PARAMS,
      paramsVersion: Number(pseudo.params_version),
      pricePerToken: BigInt(Number(pseudo.price_per_token)),
      workerFeePerToken: BigInt(Number(pseudo.worker_fee_per_token)),
      proxyCode: fromBoc(pseudo.proxy_sc_code),
      workerCode: fromBoc(pseudo.worker_sc_code),
      clientCode: fromBoc(pseudo.client_sc_code),
    });
    const derived = deriveProxyContract(loaded, {
      owner: devnet.proxyInit.owner,
      proxyPublicKey: key,
      root: root.address,
    });
    expect(derived.address.equals(proxySc)).toBe(true);

    const owner = cocoonWorkerOwner();
    expect(cocoonWorkerAddress(owner, proxySc, key).equals(view.workerSc(owner))).toBe(true);

    const signer = view.signer;
    const hs = new ProxyHandshake({
      signer,
      books: new OwnerBooks(signer),
      events: { onComplete: () => undefined },
    });
    const answer = hs.answer({
      _: 'worker.connectToProxy',
      params: {
        _: 'worker.params',
        flags: 3,
        worker_owner_address: String(workerConf.owner_address),
        model: String(workerConf.model_name),
        coefficient: 1000,
        is_test: true,
        proxy_cnt: 1,
        max_active_requests: 4,
        min_proto_version: 3,
        max_proto_version: 4,
      },
    });
    if (answer._ !== 'worker.connectedToProxy') throw new Error(answer._);
    const form = { bounceable: false, testOnly: true };
    expect(answer.params.proto_version).toBe(4);
    expect(answer.params.proxy_sc_address).toBe(proxySc.toString(form));
    expect(answer.worker_sc_address).toBe(cocoonWorkerAddress(owner, proxySc, key).toString(form));
  });

  it("is needed: the network's own proxy contract (root params struct version 5) is not the runner's", () => {
    expect(devnet.params.structVersion).toBe(5);
    expect(view.proxySc.equals(devnet.proxySc)).toBe(false);
    // Payments for the cocoon tier name the view's worker contract, signed with the network proxy's key.
    const payment = parseSignedPayment(view.signer.sign(cocoonWorkerOwner(), 9n));
    verifySignedPayment(payment, {
      proxyPublicKey: devnet.proxyKeys.publicKey,
      workerSc: view.workerSc(cocoonWorkerOwner()),
    });
  });
});
