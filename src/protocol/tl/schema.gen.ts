// Generated from src/protocol/schema/cocoon_api.tl by src/protocol/tl/codegen.ts (npm run gen:protocol). Do not edit:
// change the schema and regenerate; src/protocol/tl/codegen.test.ts fails when this file is stale.
import type { TlReader } from './reader.js';
import type { TlWriter } from './writer.js';
import type { TlField } from './schema-parser.js';

/** Every combinator of the schema (built-ins included) and its constructor id. */
export const tlIds = {
  'int': 0xa8509bda,
  'long': 0x22076cba,
  'double': 0x2210c154,
  'string': 0xb5286e24,
  'object': 0x29704ca0,
  'function': 0x7acbc197,
  'bytes': 0x184614d1,
  'true': 0x3fedd339,
  'boolTrue': 0x997275b5,
  'boolFalse': 0xbc799737,
  'vector': 0x1cb5c415,
  'int128': 0x84ccf7b7,
  'int256': 0x7bedeb5b,
  'tcp.ping': 0xbbe9627c,
  'tcp.pong': 0x0bd4302c,
  'tcp.packet': 0x9c17baf8,
  'tcp.queryAnswer': 0xc048c311,
  'tcp.queryError': 0x4cd2f602,
  'tcp.query': 0x3af51908,
  'tcp.connected': 0x636d41d6,
  'tcp.connect': 0xa57c4261,
  'ton.blockIdExt': 0xbc3f6da5,
  'test.answer': 0x0d4fcdb6,
  'test.query': 0x394e9143,
  'proxyRunner.config': 0x9a8f2045,
  'workerRunner.config': 0x41af605f,
  'clientRunner.config': 0xaf0bd51f,
  'keyStorageRunner.config': 0xec650826,
  'rootConfig.registeredProxy': 0x9f4e446a,
  'rootConfig.registeredPublicKey': 0x37312ecd,
  'rootConfig.pseudo': 0xd0035db6,
  'rootConfig.configV7': 0xc51207cb,
  'proxyDb.clientInfo': 0x6cfeaa21,
  'proxyDb.clientInfoV2': 0x3078c9bf,
  'proxyDb.workerInfo': 0x2517b38f,
  'proxyDb.pendingBlockchainSeqnoCommit': 0x525b14a9,
  'proxyDb.configEmpty': 0x43dc40b4,
  'proxyDb.configV4': 0xbde43703,
  'proxyDb.configV4Disabled': 0xad2cfb4a,
  'proxyDb.oldClient': 0x2fae7b42,
  'proxyDb.oldWorker': 0xf04156a0,
  'proxyDb.oldInstance': 0xa8c9e178,
  'keyManagerDb.configEmpty': 0xd3fc2385,
  'keyManagerDb.configV1': 0x6d2817ac,
  'keyManagerDb.key': 0x35c91007,
  'tokensUsed': 0x70c5b15c,
  'worker.params': 0x869c73ed,
  'proxy.params': 0xd5c5609f,
  'client.params': 0x40fdca64,
  'client.proxyConnectionAuthShort': 0xd6ffc5af,
  'client.proxyConnectionAuthLong': 0x417bf016,
  'client.authorizationWithProxySuccess': 0x75d5ac34,
  'client.authorizationWithProxyFailed': 0x60551c96,
  'client.connectedToProxy': 0x95317ad1,
  'client.queryAnswer': 0x9b943922,
  'client.queryAnswerError': 0x6d60569a,
  'client.queryAnswerPart': 0xb765de4c,
  'client.queryAnswerPartError': 0xd790a022,
  'client.queryFinalInfo': 0x69a452f0,
  'client.queryAnswerEx': 0xcd524720,
  'client.queryAnswerErrorEx': 0x072562a8,
  'client.queryAnswerPartEx': 0xc07bfaec,
  'client.refund': 0x83aabead,
  'client.refundRejected': 0xcf9d9957,
  'client.workerType': 0x8210e21c,
  'client.workerTypes': 0xf64e0e01,
  'client.workerInstanceV2': 0x3ea93d00,
  'client.workerTypeV2': 0xb27d8197,
  'client.workerTypesV2': 0x0cf0dc67,
  'client.paymentStatus': 0xaa8a0ecc,
  'proxy.clientRequestPayment': 0xc6bcf127,
  'client.connectToProxy': 0xff5fa0f4,
  'client.authorizeWithProxyShort': 0x6c276723,
  'client.authorizeWithProxyLong': 0xd3474303,
  'client.runQuery': 0xbc748f32,
  'client.runQueryEx': 0xf54cb74b,
  'client.requestRefund': 0x238d863d,
  'client.updatePaymentStatus': 0x9ed1c697,
  'client.getWorkerTypes': 0x7f062bdb,
  'client.getWorkerTypesV2': 0xb2133d72,
  'proxy.signedPayment': 0x02998182,
  'proxy.signedPaymentEmpty': 0xb347ce64,
  'proxy.queryAnswer': 0x37e5f725,
  'proxy.queryAnswerError': 0x669d014e,
  'proxy.queryAnswerPart': 0x72eb00ee,
  'proxy.queryAnswerPartError': 0x940e1168,
  'proxy.queryFinalInfo': 0xe794e6fc,
  'proxy.queryAnswerEx': 0x1ce574e8,
  'proxy.queryAnswerErrorEx': 0x8f7fb0a7,
  'proxy.queryAnswerPartEx': 0x6d85b50f,
  'proxy.workerRequestPayment': 0x1436c0d5,
  'proxy.runQuery': 0x47182416,
  'proxy.runQueryEx': 0xc805e7e2,
  'worker.enabledDisabled': 0xb3b71039,
  'worker.newCoefficient': 0x6af092b0,
  'worker.connectedToProxy': 0x66bc82ee,
  'worker.compareBalanceWithProxyResult': 0x9054c411,
  'worker.extendedCompareBalanceWithProxyResult': 0x0c10973e,
  'worker.proxyHandshakeCompleted': 0x3ad9b886,
  'worker.paymentStatus': 0xa88bd701,
  'worker.changedModel': 0x34029366,
  'worker.connectToProxy': 0xcc484c5d,
  'worker.compareBalanceWithProxy': 0xdb386501,
  'worker.extendedCompareBalanceWithProxy': 0xf8dd9914,
  'worker.proxyHandshakeComplete': 0xf843b066,
  'worker.updatePaymentStatus': 0xdc70a524,
  'worker.changeModel': 0x72662cee,
  'keyManager.privateKey': 0x60f4f8e7,
  'keyManager.privateKeys': 0x0ed66ce5,
  'keyManager.getWorkerPrivateKeys': 0x4b90e9b1,
  'keyManager.getProxyPrivateKeys': 0x4135d0bd,
  'http.header': 0x8e9be511,
  'http.response': 0x1cd0c42b,
  'http.request': 0x47492de5,
} as const;

const knownIds = new Set<number>(Object.values(tlIds));

function badId(r: TlReader, id: number, at: number, expected: string): never {
  return knownIds.has(id) ? r.unexpected(id, at, expected) : r.unknown(id, at);
}

// true = True
export interface True {
  _: 'true';
}
export function storeTrue(w: TlWriter, o: True): void {
  void w;
  void o;
}
export function loadTrue(r: TlReader): True {
  void r;
  return { _: 'true' };
}

// tcp.ping id:long = tcp.Packet
export interface TcpPing {
  _: 'tcp.ping';
  id: bigint;
}
export function storeTcpPing(w: TlWriter, o: TcpPing): void {
  w.long(o.id);
}
export function loadTcpPing(r: TlReader): TcpPing {
  const id = r.long();
  return { _: 'tcp.ping', id };
}

// tcp.pong id:long = tcp.Packet
export interface TcpPong {
  _: 'tcp.pong';
  id: bigint;
}
export function storeTcpPong(w: TlWriter, o: TcpPong): void {
  w.long(o.id);
}
export function loadTcpPong(r: TlReader): TcpPong {
  const id = r.long();
  return { _: 'tcp.pong', id };
}

// tcp.packet data:bytes = tcp.Packet
export interface TcpPacket {
  _: 'tcp.packet';
  data: Buffer;
}
export function storeTcpPacket(w: TlWriter, o: TcpPacket): void {
  w.bytes(o.data);
}
export function loadTcpPacket(r: TlReader): TcpPacket {
  const data = r.bytes();
  return { _: 'tcp.packet', data };
}

// tcp.queryAnswer id:long data:bytes = tcp.Packet
export interface TcpQueryAnswer {
  _: 'tcp.queryAnswer';
  id: bigint;
  data: Buffer;
}
export function storeTcpQueryAnswer(w: TlWriter, o: TcpQueryAnswer): void {
  w.long(o.id);
  w.bytes(o.data);
}
export function loadTcpQueryAnswer(r: TlReader): TcpQueryAnswer {
  const id = r.long();
  const data = r.bytes();
  return { _: 'tcp.queryAnswer', id, data };
}

// tcp.queryError id:long code:int message:string = tcp.Packet
export interface TcpQueryError {
  _: 'tcp.queryError';
  id: bigint;
  code: number;
  message: string;
}
export function storeTcpQueryError(w: TlWriter, o: TcpQueryError): void {
  w.long(o.id);
  w.int(o.code);
  w.string(o.message);
}
export function loadTcpQueryError(r: TlReader): TcpQueryError {
  const id = r.long();
  const code = r.int();
  const message = r.string();
  return { _: 'tcp.queryError', id, code, message };
}

// tcp.query id:long data:bytes = tcp.Packet
export interface TcpQuery {
  _: 'tcp.query';
  id: bigint;
  data: Buffer;
}
export function storeTcpQuery(w: TlWriter, o: TcpQuery): void {
  w.long(o.id);
  w.bytes(o.data);
}
export function loadTcpQuery(r: TlReader): TcpQuery {
  const id = r.long();
  const data = r.bytes();
  return { _: 'tcp.query', id, data };
}

// tcp.connected id:long = tcp.Packet
export interface TcpConnected {
  _: 'tcp.connected';
  id: bigint;
}
export function storeTcpConnected(w: TlWriter, o: TcpConnected): void {
  w.long(o.id);
}
export function loadTcpConnected(r: TlReader): TcpConnected {
  const id = r.long();
  return { _: 'tcp.connected', id };
}

// tcp.connect id:long = tcp.Packet
export interface TcpConnect {
  _: 'tcp.connect';
  id: bigint;
}
export function storeTcpConnect(w: TlWriter, o: TcpConnect): void {
  w.long(o.id);
}
export function loadTcpConnect(r: TlReader): TcpConnect {
  const id = r.long();
  return { _: 'tcp.connect', id };
}

// ton.blockIdExt workchain:int shard:long seqno:int root_hash:bytes file_hash:bytes = ton.BlockIdExt
export interface TonBlockIdExt {
  _: 'ton.blockIdExt';
  workchain: number;
  shard: bigint;
  seqno: number;
  root_hash: Buffer;
  file_hash: Buffer;
}
export function storeTonBlockIdExt(w: TlWriter, o: TonBlockIdExt): void {
  w.int(o.workchain);
  w.long(o.shard);
  w.int(o.seqno);
  w.bytes(o.root_hash);
  w.bytes(o.file_hash);
}
export function loadTonBlockIdExt(r: TlReader): TonBlockIdExt {
  const workchain = r.int();
  const shard = r.long();
  const seqno = r.int();
  const root_hash = r.bytes();
  const file_hash = r.bytes();
  return { _: 'ton.blockIdExt', workchain, shard, seqno, root_hash, file_hash };
}

// test.answer id:long = test.Answer
export interface TestAnswer {
  _: 'test.answer';
  id: bigint;
}
export function storeTestAnswer(w: TlWriter, o: TestAnswer): void {
  w.long(o.id);
}
export function loadTestAnswer(r: TlReader): TestAnswer {
  const id = r.long();
  return { _: 'test.answer', id };
}

// test.query id:long = test.Answer
export interface TestQuery {
  _: 'test.query';
  id: bigint;
}
export function storeTestQuery(w: TlWriter, o: TestQuery): void {
  w.long(o.id);
}
export function loadTestQuery(r: TlReader): TestQuery {
  const id = r.long();
  return { _: 'test.query', id };
}

// proxyRunner.config is_test:Bool is_testnet:Bool workers_rpc_port:int client_rpc_port:int http_port:int owner_address:string connect_to_proxy_via:string root_contract_address:string machine_specific_private_key:int256 node_wallet_key:int256 ton_config_filename:string db_path:string check_worker_hashes:Bool image_hash:int256 http_access_hash:string = proxyRunner.Config
export interface ProxyRunnerConfig {
  _: 'proxyRunner.config';
  is_test: boolean;
  is_testnet: boolean;
  workers_rpc_port: number;
  client_rpc_port: number;
  http_port: number;
  owner_address: string;
  connect_to_proxy_via: string;
  root_contract_address: string;
  machine_specific_private_key: Buffer;
  node_wallet_key: Buffer;
  ton_config_filename: string;
  db_path: string;
  check_worker_hashes: boolean;
  image_hash: Buffer;
  http_access_hash: string;
}
export function storeProxyRunnerConfig(w: TlWriter, o: ProxyRunnerConfig): void {
  w.bool(o.is_test);
  w.bool(o.is_testnet);
  w.int(o.workers_rpc_port);
  w.int(o.client_rpc_port);
  w.int(o.http_port);
  w.string(o.owner_address);
  w.string(o.connect_to_proxy_via);
  w.string(o.root_contract_address);
  w.raw(o.machine_specific_private_key, 32);
  w.raw(o.node_wallet_key, 32);
  w.string(o.ton_config_filename);
  w.string(o.db_path);
  w.bool(o.check_worker_hashes);
  w.raw(o.image_hash, 32);
  w.string(o.http_access_hash);
}
export function loadProxyRunnerConfig(r: TlReader): ProxyRunnerConfig {
  const is_test = r.bool();
  const is_testnet = r.bool();
  const workers_rpc_port = r.int();
  const client_rpc_port = r.int();
  const http_port = r.int();
  const owner_address = r.string();
  const connect_to_proxy_via = r.string();
  const root_contract_address = r.string();
  const machine_specific_private_key = r.raw(32);
  const node_wallet_key = r.raw(32);
  const ton_config_filename = r.string();
  const db_path = r.string();
  const check_worker_hashes = r.bool();
  const image_hash = r.raw(32);
  const http_access_hash = r.string();
  return { _: 'proxyRunner.config', is_test, is_testnet, workers_rpc_port, client_rpc_port, http_port, owner_address, connect_to_proxy_via, root_contract_address, machine_specific_private_key, node_wallet_key, ton_config_filename, db_path, check_worker_hashes, image_hash, http_access_hash };
}

// workerRunner.config is_test:Bool is_testnet:Bool http_port:int owner_address:string proxy_connections:int connect_to_proxy_via:string model_name:string coefficient:int root_contract_address:string node_wallet_key:int256 forward_requests_to:string ton_config_filename:string check_proxy_hashes:Bool max_active_requests:int image_hash:int256 http_access_hash:string change_model_script:string machine_description_json:string = workerRunner.Config
export interface WorkerRunnerConfig {
  _: 'workerRunner.config';
  is_test: boolean;
  is_testnet: boolean;
  http_port: number;
  owner_address: string;
  proxy_connections: number;
  connect_to_proxy_via: string;
  model_name: string;
  coefficient: number;
  root_contract_address: string;
  node_wallet_key: Buffer;
  forward_requests_to: string;
  ton_config_filename: string;
  check_proxy_hashes: boolean;
  max_active_requests: number;
  image_hash: Buffer;
  http_access_hash: string;
  change_model_script: string;
  machine_description_json: string;
}
export function storeWorkerRunnerConfig(w: TlWriter, o: WorkerRunnerConfig): void {
  w.bool(o.is_test);
  w.bool(o.is_testnet);
  w.int(o.http_port);
  w.string(o.owner_address);
  w.int(o.proxy_connections);
  w.string(o.connect_to_proxy_via);
  w.string(o.model_name);
  w.int(o.coefficient);
  w.string(o.root_contract_address);
  w.raw(o.node_wallet_key, 32);
  w.string(o.forward_requests_to);
  w.string(o.ton_config_filename);
  w.bool(o.check_proxy_hashes);
  w.int(o.max_active_requests);
  w.raw(o.image_hash, 32);
  w.string(o.http_access_hash);
  w.string(o.change_model_script);
  w.string(o.machine_description_json);
}
export function loadWorkerRunnerConfig(r: TlReader): WorkerRunnerConfig {
  const is_test = r.bool();
  const is_testnet = r.bool();
  const http_port = r.int();
  const owner_address = r.string();
  const proxy_connections = r.int();
  const connect_to_proxy_via = r.string();
  const model_name = r.string();
  const coefficient = r.int();
  const root_contract_address = r.string();
  const node_wallet_key = r.raw(32);
  const forward_requests_to = r.string();
  const ton_config_filename = r.string();
  const check_proxy_hashes = r.bool();
  const max_active_requests = r.int();
  const image_hash = r.raw(32);
  const http_access_hash = r.string();
  const change_model_script = r.string();
  const machine_description_json = r.string();
  return { _: 'workerRunner.config', is_test, is_testnet, http_port, owner_address, proxy_connections, connect_to_proxy_via, model_name, coefficient, root_contract_address, node_wallet_key, forward_requests_to, ton_config_filename, check_proxy_hashes, max_active_requests, image_hash, http_access_hash, change_model_script, machine_description_json };
}

// clientRunner.config is_test:Bool is_testnet:Bool http_port:int owner_address:string proxy_connections:int connect_to_proxy_via:string root_contract_address:string node_wallet_key:int256 check_proxy_hashes:Bool secret_string:string ton_config_filename:string http_access_hash:string = clientRunner.Config
export interface ClientRunnerConfig {
  _: 'clientRunner.config';
  is_test: boolean;
  is_testnet: boolean;
  http_port: number;
  owner_address: string;
  proxy_connections: number;
  connect_to_proxy_via: string;
  root_contract_address: string;
  node_wallet_key: Buffer;
  check_proxy_hashes: boolean;
  secret_string: string;
  ton_config_filename: string;
  http_access_hash: string;
}
export function storeClientRunnerConfig(w: TlWriter, o: ClientRunnerConfig): void {
  w.bool(o.is_test);
  w.bool(o.is_testnet);
  w.int(o.http_port);
  w.string(o.owner_address);
  w.int(o.proxy_connections);
  w.string(o.connect_to_proxy_via);
  w.string(o.root_contract_address);
  w.raw(o.node_wallet_key, 32);
  w.bool(o.check_proxy_hashes);
  w.string(o.secret_string);
  w.string(o.ton_config_filename);
  w.string(o.http_access_hash);
}
export function loadClientRunnerConfig(r: TlReader): ClientRunnerConfig {
  const is_test = r.bool();
  const is_testnet = r.bool();
  const http_port = r.int();
  const owner_address = r.string();
  const proxy_connections = r.int();
  const connect_to_proxy_via = r.string();
  const root_contract_address = r.string();
  const node_wallet_key = r.raw(32);
  const check_proxy_hashes = r.bool();
  const secret_string = r.string();
  const ton_config_filename = r.string();
  const http_access_hash = r.string();
  return { _: 'clientRunner.config', is_test, is_testnet, http_port, owner_address, proxy_connections, connect_to_proxy_via, root_contract_address, node_wallet_key, check_proxy_hashes, secret_string, ton_config_filename, http_access_hash };
}

// keyStorageRunner.config is_test:Bool is_testnet:Bool add_default_key:Bool rpc_port:int http_port:int owner_address:string root_contract_address:string machine_specific_private_key:int256 node_wallet_key:int256 ton_config_filename:string db_path:string check_hashes:Bool image_hash:int256 http_access_hash:string = keyStorageRunner.Config
export interface KeyStorageRunnerConfig {
  _: 'keyStorageRunner.config';
  is_test: boolean;
  is_testnet: boolean;
  add_default_key: boolean;
  rpc_port: number;
  http_port: number;
  owner_address: string;
  root_contract_address: string;
  machine_specific_private_key: Buffer;
  node_wallet_key: Buffer;
  ton_config_filename: string;
  db_path: string;
  check_hashes: boolean;
  image_hash: Buffer;
  http_access_hash: string;
}
export function storeKeyStorageRunnerConfig(w: TlWriter, o: KeyStorageRunnerConfig): void {
  w.bool(o.is_test);
  w.bool(o.is_testnet);
  w.bool(o.add_default_key);
  w.int(o.rpc_port);
  w.int(o.http_port);
  w.string(o.owner_address);
  w.string(o.root_contract_address);
  w.raw(o.machine_specific_private_key, 32);
  w.raw(o.node_wallet_key, 32);
  w.string(o.ton_config_filename);
  w.string(o.db_path);
  w.bool(o.check_hashes);
  w.raw(o.image_hash, 32);
  w.string(o.http_access_hash);
}
export function loadKeyStorageRunnerConfig(r: TlReader): KeyStorageRunnerConfig {
  const is_test = r.bool();
  const is_testnet = r.bool();
  const add_default_key = r.bool();
  const rpc_port = r.int();
  const http_port = r.int();
  const owner_address = r.string();
  const root_contract_address = r.string();
  const machine_specific_private_key = r.raw(32);
  const node_wallet_key = r.raw(32);
  const ton_config_filename = r.string();
  const db_path = r.string();
  const check_hashes = r.bool();
  const image_hash = r.raw(32);
  const http_access_hash = r.string();
  return { _: 'keyStorageRunner.config', is_test, is_testnet, add_default_key, rpc_port, http_port, owner_address, root_contract_address, machine_specific_private_key, node_wallet_key, ton_config_filename, db_path, check_hashes, image_hash, http_access_hash };
}

// rootConfig.registeredProxy seqno:int address:string = rootConfig.RegisteredProxy
export interface RootConfigRegisteredProxy {
  _: 'rootConfig.registeredProxy';
  seqno: number;
  address: string;
}
export function storeRootConfigRegisteredProxy(w: TlWriter, o: RootConfigRegisteredProxy): void {
  w.int(o.seqno);
  w.string(o.address);
}
export function loadRootConfigRegisteredProxy(r: TlReader): RootConfigRegisteredProxy {
  const seqno = r.int();
  const address = r.string();
  return { _: 'rootConfig.registeredProxy', seqno, address };
}

// rootConfig.registeredPublicKey public_key:int256 key_type:int expire_at:int = rootConfig.RegisteredPublicKey
export interface RootConfigRegisteredPublicKey {
  _: 'rootConfig.registeredPublicKey';
  public_key: Buffer;
  key_type: number;
  expire_at: number;
}
export function storeRootConfigRegisteredPublicKey(w: TlWriter, o: RootConfigRegisteredPublicKey): void {
  w.raw(o.public_key, 32);
  w.int(o.key_type);
  w.int(o.expire_at);
}
export function loadRootConfigRegisteredPublicKey(r: TlReader): RootConfigRegisteredPublicKey {
  const public_key = r.raw(32);
  const key_type = r.int();
  const expire_at = r.int();
  return { _: 'rootConfig.registeredPublicKey', public_key, key_type, expire_at };
}

// rootConfig.pseudo proxy_hashes:vector int256 worker_hashes:vector int256 model_hashes:vector int256 model_types:vector string registered_proxies:vector rootConfig.registeredProxy price_per_token:int worker_fee_per_token:int last_proxy_seqno:int version:int params_version:int registered_public_keys:vector rootConfig.registeredPublicKey key_manager_address:string proxy_sc_code:string worker_sc_code:string client_sc_code:string root_owner_address:string = rootConfig.Config
export interface RootConfigPseudo {
  _: 'rootConfig.pseudo';
  proxy_hashes: Buffer[];
  worker_hashes: Buffer[];
  model_hashes: Buffer[];
  model_types: string[];
  registered_proxies: RootConfigRegisteredProxy[];
  price_per_token: number;
  worker_fee_per_token: number;
  last_proxy_seqno: number;
  version: number;
  params_version: number;
  registered_public_keys: RootConfigRegisteredPublicKey[];
  key_manager_address: string;
  proxy_sc_code: string;
  worker_sc_code: string;
  client_sc_code: string;
  root_owner_address: string;
}
export function storeRootConfigPseudo(w: TlWriter, o: RootConfigPseudo): void {
  w.vector(o.proxy_hashes, (w, x) => w.raw(x, 32));
  w.vector(o.worker_hashes, (w, x) => w.raw(x, 32));
  w.vector(o.model_hashes, (w, x) => w.raw(x, 32));
  w.vector(o.model_types, (w, x) => w.string(x));
  w.vector(o.registered_proxies, (w, x) => storeRootConfigRegisteredProxy(w, x));
  w.int(o.price_per_token);
  w.int(o.worker_fee_per_token);
  w.int(o.last_proxy_seqno);
  w.int(o.version);
  w.int(o.params_version);
  w.vector(o.registered_public_keys, (w, x) => storeRootConfigRegisteredPublicKey(w, x));
  w.string(o.key_manager_address);
  w.string(o.proxy_sc_code);
  w.string(o.worker_sc_code);
  w.string(o.client_sc_code);
  w.string(o.root_owner_address);
}
export function loadRootConfigPseudo(r: TlReader): RootConfigPseudo {
  const proxy_hashes = r.vector(32, (r) => r.raw(32));
  const worker_hashes = r.vector(32, (r) => r.raw(32));
  const model_hashes = r.vector(32, (r) => r.raw(32));
  const model_types = r.vector(4, (r) => r.string());
  const registered_proxies = r.vector(8, (r) => loadRootConfigRegisteredProxy(r));
  const price_per_token = r.int();
  const worker_fee_per_token = r.int();
  const last_proxy_seqno = r.int();
  const version = r.int();
  const params_version = r.int();
  const registered_public_keys = r.vector(40, (r) => loadRootConfigRegisteredPublicKey(r));
  const key_manager_address = r.string();
  const proxy_sc_code = r.string();
  const worker_sc_code = r.string();
  const client_sc_code = r.string();
  const root_owner_address = r.string();
  return { _: 'rootConfig.pseudo', proxy_hashes, worker_hashes, model_hashes, model_types, registered_proxies, price_per_token, worker_fee_per_token, last_proxy_seqno, version, params_version, registered_public_keys, key_manager_address, proxy_sc_code, worker_sc_code, client_sc_code, root_owner_address };
}

// rootConfig.configV7 root_owner_address:string proxy_hashes:vector int256 registered_proxies:vector rootConfig.registeredProxy last_proxy_seqno:int worker_hashes:vector int256 model_hashes:vector int256 version:int struct_version:int params_version:int unique_id:int is_test:int price_per_token:long worker_fee_per_token:long prompt_tokens_price_multiplier:int cached_tokens_price_multiplier:int completion_tokens_price_multiplier:int reasoning_tokens_price_multiplier:int proxy_delay_before_close:int client_delay_before_close:int min_proxy_stake:long min_client_stake:long registered_public_keys:vector rootConfig.registeredPublicKey key_manager_public_key:int256 key_manager_image_hash:int256 key_manager_address:string verified_proxy_keys:vector int256 verified_worker_keys:vector int256 verified_key_manager_keys:vector int256 proxy_sc_code:string worker_sc_code:string client_sc_code:string = rootConfig.Config
export interface RootConfigConfigV7 {
  _: 'rootConfig.configV7';
  root_owner_address: string;
  proxy_hashes: Buffer[];
  registered_proxies: RootConfigRegisteredProxy[];
  last_proxy_seqno: number;
  worker_hashes: Buffer[];
  model_hashes: Buffer[];
  version: number;
  struct_version: number;
  params_version: number;
  unique_id: number;
  is_test: number;
  price_per_token: bigint;
  worker_fee_per_token: bigint;
  prompt_tokens_price_multiplier: number;
  cached_tokens_price_multiplier: number;
  completion_tokens_price_multiplier: number;
  reasoning_tokens_price_multiplier: number;
  proxy_delay_before_close: number;
  client_delay_before_close: number;
  min_proxy_stake: bigint;
  min_client_stake: bigint;
  registered_public_keys: RootConfigRegisteredPublicKey[];
  key_manager_public_key: Buffer;
  key_manager_image_hash: Buffer;
  key_manager_address: string;
  verified_proxy_keys: Buffer[];
  verified_worker_keys: Buffer[];
  verified_key_manager_keys: Buffer[];
  proxy_sc_code: string;
  worker_sc_code: string;
  client_sc_code: string;
}
export function storeRootConfigConfigV7(w: TlWriter, o: RootConfigConfigV7): void {
  w.string(o.root_owner_address);
  w.vector(o.proxy_hashes, (w, x) => w.raw(x, 32));
  w.vector(o.registered_proxies, (w, x) => storeRootConfigRegisteredProxy(w, x));
  w.int(o.last_proxy_seqno);
  w.vector(o.worker_hashes, (w, x) => w.raw(x, 32));
  w.vector(o.model_hashes, (w, x) => w.raw(x, 32));
  w.int(o.version);
  w.int(o.struct_version);
  w.int(o.params_version);
  w.int(o.unique_id);
  w.int(o.is_test);
  w.long(o.price_per_token);
  w.long(o.worker_fee_per_token);
  w.int(o.prompt_tokens_price_multiplier);
  w.int(o.cached_tokens_price_multiplier);
  w.int(o.completion_tokens_price_multiplier);
  w.int(o.reasoning_tokens_price_multiplier);
  w.int(o.proxy_delay_before_close);
  w.int(o.client_delay_before_close);
  w.long(o.min_proxy_stake);
  w.long(o.min_client_stake);
  w.vector(o.registered_public_keys, (w, x) => storeRootConfigRegisteredPublicKey(w, x));
  w.raw(o.key_manager_public_key, 32);
  w.raw(o.key_manager_image_hash, 32);
  w.string(o.key_manager_address);
  w.vector(o.verified_proxy_keys, (w, x) => w.raw(x, 32));
  w.vector(o.verified_worker_keys, (w, x) => w.raw(x, 32));
  w.vector(o.verified_key_manager_keys, (w, x) => w.raw(x, 32));
  w.string(o.proxy_sc_code);
  w.string(o.worker_sc_code);
  w.string(o.client_sc_code);
}
export function loadRootConfigConfigV7(r: TlReader): RootConfigConfigV7 {
  const root_owner_address = r.string();
  const proxy_hashes = r.vector(32, (r) => r.raw(32));
  const registered_proxies = r.vector(8, (r) => loadRootConfigRegisteredProxy(r));
  const last_proxy_seqno = r.int();
  const worker_hashes = r.vector(32, (r) => r.raw(32));
  const model_hashes = r.vector(32, (r) => r.raw(32));
  const version = r.int();
  const struct_version = r.int();
  const params_version = r.int();
  const unique_id = r.int();
  const is_test = r.int();
  const price_per_token = r.long();
  const worker_fee_per_token = r.long();
  const prompt_tokens_price_multiplier = r.int();
  const cached_tokens_price_multiplier = r.int();
  const completion_tokens_price_multiplier = r.int();
  const reasoning_tokens_price_multiplier = r.int();
  const proxy_delay_before_close = r.int();
  const client_delay_before_close = r.int();
  const min_proxy_stake = r.long();
  const min_client_stake = r.long();
  const registered_public_keys = r.vector(40, (r) => loadRootConfigRegisteredPublicKey(r));
  const key_manager_public_key = r.raw(32);
  const key_manager_image_hash = r.raw(32);
  const key_manager_address = r.string();
  const verified_proxy_keys = r.vector(32, (r) => r.raw(32));
  const verified_worker_keys = r.vector(32, (r) => r.raw(32));
  const verified_key_manager_keys = r.vector(32, (r) => r.raw(32));
  const proxy_sc_code = r.string();
  const worker_sc_code = r.string();
  const client_sc_code = r.string();
  return { _: 'rootConfig.configV7', root_owner_address, proxy_hashes, registered_proxies, last_proxy_seqno, worker_hashes, model_hashes, version, struct_version, params_version, unique_id, is_test, price_per_token, worker_fee_per_token, prompt_tokens_price_multiplier, cached_tokens_price_multiplier, completion_tokens_price_multiplier, reasoning_tokens_price_multiplier, proxy_delay_before_close, client_delay_before_close, min_proxy_stake, min_client_stake, registered_public_keys, key_manager_public_key, key_manager_image_hash, key_manager_address, verified_proxy_keys, verified_worker_keys, verified_key_manager_keys, proxy_sc_code, worker_sc_code, client_sc_code };
}

// proxyDb.clientInfo owner_address:string sc_address:string status:int balance:long sc_tokens_used:long tokens_used:long secret_hash:int256 last_request_at:int = proxyDb.ClientInfo
export interface ProxyDbClientInfo {
  _: 'proxyDb.clientInfo';
  owner_address: string;
  sc_address: string;
  status: number;
  balance: bigint;
  sc_tokens_used: bigint;
  tokens_used: bigint;
  secret_hash: Buffer;
  last_request_at: number;
}
export function storeProxyDbClientInfo(w: TlWriter, o: ProxyDbClientInfo): void {
  w.string(o.owner_address);
  w.string(o.sc_address);
  w.int(o.status);
  w.long(o.balance);
  w.long(o.sc_tokens_used);
  w.long(o.tokens_used);
  w.raw(o.secret_hash, 32);
  w.int(o.last_request_at);
}
export function loadProxyDbClientInfo(r: TlReader): ProxyDbClientInfo {
  const owner_address = r.string();
  const sc_address = r.string();
  const status = r.int();
  const balance = r.long();
  const sc_tokens_used = r.long();
  const tokens_used = r.long();
  const secret_hash = r.raw(32);
  const last_request_at = r.int();
  return { _: 'proxyDb.clientInfo', owner_address, sc_address, status, balance, sc_tokens_used, tokens_used, secret_hash, last_request_at };
}

// proxyDb.clientInfoV2 owner_address:string sc_address:string status:int balance:long stake:long sc_tokens_used:long tokens_used:long secret_hash:int256 last_request_at:int = proxyDb.ClientInfo
export interface ProxyDbClientInfoV2 {
  _: 'proxyDb.clientInfoV2';
  owner_address: string;
  sc_address: string;
  status: number;
  balance: bigint;
  stake: bigint;
  sc_tokens_used: bigint;
  tokens_used: bigint;
  secret_hash: Buffer;
  last_request_at: number;
}
export function storeProxyDbClientInfoV2(w: TlWriter, o: ProxyDbClientInfoV2): void {
  w.string(o.owner_address);
  w.string(o.sc_address);
  w.int(o.status);
  w.long(o.balance);
  w.long(o.stake);
  w.long(o.sc_tokens_used);
  w.long(o.tokens_used);
  w.raw(o.secret_hash, 32);
  w.int(o.last_request_at);
}
export function loadProxyDbClientInfoV2(r: TlReader): ProxyDbClientInfoV2 {
  const owner_address = r.string();
  const sc_address = r.string();
  const status = r.int();
  const balance = r.long();
  const stake = r.long();
  const sc_tokens_used = r.long();
  const tokens_used = r.long();
  const secret_hash = r.raw(32);
  const last_request_at = r.int();
  return { _: 'proxyDb.clientInfoV2', owner_address, sc_address, status, balance, stake, sc_tokens_used, tokens_used, secret_hash, last_request_at };
}

// proxyDb.workerInfo owner_address:string sc_address:string sc_tokens:long tokens:long last_request_at:int = proxyDb.WorkerInfo
export interface ProxyDbWorkerInfo {
  _: 'proxyDb.workerInfo';
  owner_address: string;
  sc_address: string;
  sc_tokens: bigint;
  tokens: bigint;
  last_request_at: number;
}
export function storeProxyDbWorkerInfo(w: TlWriter, o: ProxyDbWorkerInfo): void {
  w.string(o.owner_address);
  w.string(o.sc_address);
  w.long(o.sc_tokens);
  w.long(o.tokens);
  w.int(o.last_request_at);
}
export function loadProxyDbWorkerInfo(r: TlReader): ProxyDbWorkerInfo {
  const owner_address = r.string();
  const sc_address = r.string();
  const sc_tokens = r.long();
  const tokens = r.long();
  const last_request_at = r.int();
  return { _: 'proxyDb.workerInfo', owner_address, sc_address, sc_tokens, tokens, last_request_at };
}

// proxyDb.pendingBlockchainSeqnoCommit seqno:int session_hash:int256 = proxyDb.PendingBlockchainSeqnoCommit
export interface ProxyDbPendingBlockchainSeqnoCommit {
  _: 'proxyDb.pendingBlockchainSeqnoCommit';
  seqno: number;
  session_hash: Buffer;
}
export function storeProxyDbPendingBlockchainSeqnoCommit(w: TlWriter, o: ProxyDbPendingBlockchainSeqnoCommit): void {
  w.int(o.seqno);
  w.raw(o.session_hash, 32);
}
export function loadProxyDbPendingBlockchainSeqnoCommit(r: TlReader): ProxyDbPendingBlockchainSeqnoCommit {
  const seqno = r.int();
  const session_hash = r.raw(32);
  return { _: 'proxyDb.pendingBlockchainSeqnoCommit', seqno, session_hash };
}

// proxyDb.configEmpty = proxyDb.Config
export interface ProxyDbConfigEmpty {
  _: 'proxyDb.configEmpty';
}
export function storeProxyDbConfigEmpty(w: TlWriter, o: ProxyDbConfigEmpty): void {
  void w;
  void o;
}
export function loadProxyDbConfigEmpty(r: TlReader): ProxyDbConfigEmpty {
  void r;
  return { _: 'proxyDb.configEmpty' };
}

// proxyDb.configV4 root_contract_address:string is_testnet:int root_contract_state:rootConfig.Config root_contract_state_block_ts:int sc_block_id:ton.blockIdExt last_seqno_committed_to_blockchain:int pending_blockchain_seqno_commits:vector proxyDb.pendingBlockchainSeqnoCommit = proxyDb.Config
export interface ProxyDbConfigV4 {
  _: 'proxyDb.configV4';
  root_contract_address: string;
  is_testnet: number;
  root_contract_state: TlTypes['rootConfig.Config'];
  root_contract_state_block_ts: number;
  sc_block_id: TonBlockIdExt;
  last_seqno_committed_to_blockchain: number;
  pending_blockchain_seqno_commits: ProxyDbPendingBlockchainSeqnoCommit[];
}
export function storeProxyDbConfigV4(w: TlWriter, o: ProxyDbConfigV4): void {
  w.string(o.root_contract_address);
  w.int(o.is_testnet);
  storeBoxedRootConfigConfig(w, o.root_contract_state);
  w.int(o.root_contract_state_block_ts);
  storeTonBlockIdExt(w, o.sc_block_id);
  w.int(o.last_seqno_committed_to_blockchain);
  w.vector(o.pending_blockchain_seqno_commits, (w, x) => storeProxyDbPendingBlockchainSeqnoCommit(w, x));
}
export function loadProxyDbConfigV4(r: TlReader): ProxyDbConfigV4 {
  const root_contract_address = r.string();
  const is_testnet = r.int();
  const root_contract_state = loadBoxedRootConfigConfig(r);
  const root_contract_state_block_ts = r.int();
  const sc_block_id = loadTonBlockIdExt(r);
  const last_seqno_committed_to_blockchain = r.int();
  const pending_blockchain_seqno_commits = r.vector(36, (r) => loadProxyDbPendingBlockchainSeqnoCommit(r));
  return { _: 'proxyDb.configV4', root_contract_address, is_testnet, root_contract_state, root_contract_state_block_ts, sc_block_id, last_seqno_committed_to_blockchain, pending_blockchain_seqno_commits };
}

// proxyDb.configV4Disabled root_contract_address:string is_testnet:int root_contract_state:rootConfig.Config root_contract_state_block_ts:int disabled_until_version:long = proxyDb.Config
export interface ProxyDbConfigV4Disabled {
  _: 'proxyDb.configV4Disabled';
  root_contract_address: string;
  is_testnet: number;
  root_contract_state: TlTypes['rootConfig.Config'];
  root_contract_state_block_ts: number;
  disabled_until_version: bigint;
}
export function storeProxyDbConfigV4Disabled(w: TlWriter, o: ProxyDbConfigV4Disabled): void {
  w.string(o.root_contract_address);
  w.int(o.is_testnet);
  storeBoxedRootConfigConfig(w, o.root_contract_state);
  w.int(o.root_contract_state_block_ts);
  w.long(o.disabled_until_version);
}
export function loadProxyDbConfigV4Disabled(r: TlReader): ProxyDbConfigV4Disabled {
  const root_contract_address = r.string();
  const is_testnet = r.int();
  const root_contract_state = loadBoxedRootConfigConfig(r);
  const root_contract_state_block_ts = r.int();
  const disabled_until_version = r.long();
  return { _: 'proxyDb.configV4Disabled', root_contract_address, is_testnet, root_contract_state, root_contract_state_block_ts, disabled_until_version };
}

// proxyDb.oldClient owner_address:string tokens:long next_client:string = proxyDb.OldClient
export interface ProxyDbOldClient {
  _: 'proxyDb.oldClient';
  owner_address: string;
  tokens: bigint;
  next_client: string;
}
export function storeProxyDbOldClient(w: TlWriter, o: ProxyDbOldClient): void {
  w.string(o.owner_address);
  w.long(o.tokens);
  w.string(o.next_client);
}
export function loadProxyDbOldClient(r: TlReader): ProxyDbOldClient {
  const owner_address = r.string();
  const tokens = r.long();
  const next_client = r.string();
  return { _: 'proxyDb.oldClient', owner_address, tokens, next_client };
}

// proxyDb.oldWorker owner_address:string tokens:long next_worker:string = proxyDb.OldWorker
export interface ProxyDbOldWorker {
  _: 'proxyDb.oldWorker';
  owner_address: string;
  tokens: bigint;
  next_worker: string;
}
export function storeProxyDbOldWorker(w: TlWriter, o: ProxyDbOldWorker): void {
  w.string(o.owner_address);
  w.long(o.tokens);
  w.string(o.next_worker);
}
export function loadProxyDbOldWorker(r: TlReader): ProxyDbOldWorker {
  const owner_address = r.string();
  const tokens = r.long();
  const next_worker = r.string();
  return { _: 'proxyDb.oldWorker', owner_address, tokens, next_worker };
}

// proxyDb.oldInstance contract_address:string closing_state:int close_at:int next_client:string next_worker:string root_contract_state:rootConfig.Config = proxyDb.OldInstance
export interface ProxyDbOldInstance {
  _: 'proxyDb.oldInstance';
  contract_address: string;
  closing_state: number;
  close_at: number;
  next_client: string;
  next_worker: string;
  root_contract_state: TlTypes['rootConfig.Config'];
}
export function storeProxyDbOldInstance(w: TlWriter, o: ProxyDbOldInstance): void {
  w.string(o.contract_address);
  w.int(o.closing_state);
  w.int(o.close_at);
  w.string(o.next_client);
  w.string(o.next_worker);
  storeBoxedRootConfigConfig(w, o.root_contract_state);
}
export function loadProxyDbOldInstance(r: TlReader): ProxyDbOldInstance {
  const contract_address = r.string();
  const closing_state = r.int();
  const close_at = r.int();
  const next_client = r.string();
  const next_worker = r.string();
  const root_contract_state = loadBoxedRootConfigConfig(r);
  return { _: 'proxyDb.oldInstance', contract_address, closing_state, close_at, next_client, next_worker, root_contract_state };
}

// keyManagerDb.configEmpty = keyManagerDb.Config
export interface KeyManagerDbConfigEmpty {
  _: 'keyManagerDb.configEmpty';
}
export function storeKeyManagerDbConfigEmpty(w: TlWriter, o: KeyManagerDbConfigEmpty): void {
  void w;
  void o;
}
export function loadKeyManagerDbConfigEmpty(r: TlReader): KeyManagerDbConfigEmpty {
  void r;
  return { _: 'keyManagerDb.configEmpty' };
}

// keyManagerDb.configV1 root_contract_version:int = keyManagerDb.Config
export interface KeyManagerDbConfigV1 {
  _: 'keyManagerDb.configV1';
  root_contract_version: number;
}
export function storeKeyManagerDbConfigV1(w: TlWriter, o: KeyManagerDbConfigV1): void {
  w.int(o.root_contract_version);
}
export function loadKeyManagerDbConfigV1(r: TlReader): KeyManagerDbConfigV1 {
  const root_contract_version = r.int();
  return { _: 'keyManagerDb.configV1', root_contract_version };
}

// keyManagerDb.key private_key:int256 key_type:int valid_since_config_version:int valid_since_utime:int valid_until_utime:int = keyManagerDb.Key
export interface KeyManagerDbKey {
  _: 'keyManagerDb.key';
  private_key: Buffer;
  key_type: number;
  valid_since_config_version: number;
  valid_since_utime: number;
  valid_until_utime: number;
}
export function storeKeyManagerDbKey(w: TlWriter, o: KeyManagerDbKey): void {
  w.raw(o.private_key, 32);
  w.int(o.key_type);
  w.int(o.valid_since_config_version);
  w.int(o.valid_since_utime);
  w.int(o.valid_until_utime);
}
export function loadKeyManagerDbKey(r: TlReader): KeyManagerDbKey {
  const private_key = r.raw(32);
  const key_type = r.int();
  const valid_since_config_version = r.int();
  const valid_since_utime = r.int();
  const valid_until_utime = r.int();
  return { _: 'keyManagerDb.key', private_key, key_type, valid_since_config_version, valid_since_utime, valid_until_utime };
}

// tokensUsed prompt_tokens_used:long cached_tokens_used:long completion_tokens_used:long reasoning_tokens_used:long total_tokens_used:long = TokensUsed
export interface TokensUsed {
  _: 'tokensUsed';
  prompt_tokens_used: bigint;
  cached_tokens_used: bigint;
  completion_tokens_used: bigint;
  reasoning_tokens_used: bigint;
  total_tokens_used: bigint;
}
export function storeTokensUsed(w: TlWriter, o: TokensUsed): void {
  w.long(o.prompt_tokens_used);
  w.long(o.cached_tokens_used);
  w.long(o.completion_tokens_used);
  w.long(o.reasoning_tokens_used);
  w.long(o.total_tokens_used);
}
export function loadTokensUsed(r: TlReader): TokensUsed {
  const prompt_tokens_used = r.long();
  const cached_tokens_used = r.long();
  const completion_tokens_used = r.long();
  const reasoning_tokens_used = r.long();
  const total_tokens_used = r.long();
  return { _: 'tokensUsed', prompt_tokens_used, cached_tokens_used, completion_tokens_used, reasoning_tokens_used, total_tokens_used };
}

// worker.params flags:# worker_owner_address:string model:string coefficient:int is_test:flags.0?Bool proxy_cnt:flags.0?int max_active_requests:flags.0?int min_proto_version:flags.1?int max_proto_version:flags.1?int machine_description_json:flags.2?string = worker.Params (explicit id 0x869c73ed)
export interface WorkerParams {
  _: 'worker.params';
  flags: number;
  worker_owner_address: string;
  model: string;
  coefficient: number;
  is_test?: boolean;
  proxy_cnt?: number;
  max_active_requests?: number;
  min_proto_version?: number;
  max_proto_version?: number;
  machine_description_json?: string;
}
export function storeWorkerParams(w: TlWriter, o: WorkerParams): void {
  w.nat(o.flags);
  w.string(o.worker_owner_address);
  w.string(o.model);
  w.int(o.coefficient);
  const flagged_is_test = w.flagged(o.flags, 0, o.is_test, 'worker.params.is_test');
  if (flagged_is_test !== undefined) w.bool(flagged_is_test);
  const flagged_proxy_cnt = w.flagged(o.flags, 0, o.proxy_cnt, 'worker.params.proxy_cnt');
  if (flagged_proxy_cnt !== undefined) w.int(flagged_proxy_cnt);
  const flagged_max_active_requests = w.flagged(o.flags, 0, o.max_active_requests, 'worker.params.max_active_requests');
  if (flagged_max_active_requests !== undefined) w.int(flagged_max_active_requests);
  const flagged_min_proto_version = w.flagged(o.flags, 1, o.min_proto_version, 'worker.params.min_proto_version');
  if (flagged_min_proto_version !== undefined) w.int(flagged_min_proto_version);
  const flagged_max_proto_version = w.flagged(o.flags, 1, o.max_proto_version, 'worker.params.max_proto_version');
  if (flagged_max_proto_version !== undefined) w.int(flagged_max_proto_version);
  const flagged_machine_description_json = w.flagged(o.flags, 2, o.machine_description_json, 'worker.params.machine_description_json');
  if (flagged_machine_description_json !== undefined) w.string(flagged_machine_description_json);
}
export function loadWorkerParams(r: TlReader): WorkerParams {
  const flags = r.nat();
  const worker_owner_address = r.string();
  const model = r.string();
  const coefficient = r.int();
  const is_test = ((flags >>> 0) & 1) === 1 ? r.bool() : undefined;
  const proxy_cnt = ((flags >>> 0) & 1) === 1 ? r.int() : undefined;
  const max_active_requests = ((flags >>> 0) & 1) === 1 ? r.int() : undefined;
  const min_proto_version = ((flags >>> 1) & 1) === 1 ? r.int() : undefined;
  const max_proto_version = ((flags >>> 1) & 1) === 1 ? r.int() : undefined;
  const machine_description_json = ((flags >>> 2) & 1) === 1 ? r.string() : undefined;
  return { _: 'worker.params', flags, worker_owner_address, model, coefficient, is_test, proxy_cnt, max_active_requests, min_proto_version, max_proto_version, machine_description_json };
}

// proxy.params flags:# proxy_public_key:int256 proxy_owner_address:string proxy_sc_address:string is_test:flags.0?Bool proto_version:flags.1?int = proxy.Params (explicit id 0xd5c5609f)
export interface ProxyParams {
  _: 'proxy.params';
  flags: number;
  proxy_public_key: Buffer;
  proxy_owner_address: string;
  proxy_sc_address: string;
  is_test?: boolean;
  proto_version?: number;
}
export function storeProxyParams(w: TlWriter, o: ProxyParams): void {
  w.nat(o.flags);
  w.raw(o.proxy_public_key, 32);
  w.string(o.proxy_owner_address);
  w.string(o.proxy_sc_address);
  const flagged_is_test = w.flagged(o.flags, 0, o.is_test, 'proxy.params.is_test');
  if (flagged_is_test !== undefined) w.bool(flagged_is_test);
  const flagged_proto_version = w.flagged(o.flags, 1, o.proto_version, 'proxy.params.proto_version');
  if (flagged_proto_version !== undefined) w.int(flagged_proto_version);
}
export function loadProxyParams(r: TlReader): ProxyParams {
  const flags = r.nat();
  const proxy_public_key = r.raw(32);
  const proxy_owner_address = r.string();
  const proxy_sc_address = r.string();
  const is_test = ((flags >>> 0) & 1) === 1 ? r.bool() : undefined;
  const proto_version = ((flags >>> 1) & 1) === 1 ? r.int() : undefined;
  return { _: 'proxy.params', flags, proxy_public_key, proxy_owner_address, proxy_sc_address, is_test, proto_version };
}

// client.params flags:# client_owner_address:string is_test:flags.0?Bool min_proto_version:flags.1?int max_proto_version:flags.1?int = client.Params (explicit id 0x40fdca64)
export interface ClientParams {
  _: 'client.params';
  flags: number;
  client_owner_address: string;
  is_test?: boolean;
  min_proto_version?: number;
  max_proto_version?: number;
}
export function storeClientParams(w: TlWriter, o: ClientParams): void {
  w.nat(o.flags);
  w.string(o.client_owner_address);
  const flagged_is_test = w.flagged(o.flags, 0, o.is_test, 'client.params.is_test');
  if (flagged_is_test !== undefined) w.bool(flagged_is_test);
  const flagged_min_proto_version = w.flagged(o.flags, 1, o.min_proto_version, 'client.params.min_proto_version');
  if (flagged_min_proto_version !== undefined) w.int(flagged_min_proto_version);
  const flagged_max_proto_version = w.flagged(o.flags, 1, o.max_proto_version, 'client.params.max_proto_version');
  if (flagged_max_proto_version !== undefined) w.int(flagged_max_proto_version);
}
export function loadClientParams(r: TlReader): ClientParams {
  const flags = r.nat();
  const client_owner_address = r.string();
  const is_test = ((flags >>> 0) & 1) === 1 ? r.bool() : undefined;
  const min_proto_version = ((flags >>> 1) & 1) === 1 ? r.int() : undefined;
  const max_proto_version = ((flags >>> 1) & 1) === 1 ? r.int() : undefined;
  return { _: 'client.params', flags, client_owner_address, is_test, min_proto_version, max_proto_version };
}

// client.proxyConnectionAuthShort secret_hash:int256 nonce:long = client.ProxyConnectionAuth
export interface ClientProxyConnectionAuthShort {
  _: 'client.proxyConnectionAuthShort';
  secret_hash: Buffer;
  nonce: bigint;
}
export function storeClientProxyConnectionAuthShort(w: TlWriter, o: ClientProxyConnectionAuthShort): void {
  w.raw(o.secret_hash, 32);
  w.long(o.nonce);
}
export function loadClientProxyConnectionAuthShort(r: TlReader): ClientProxyConnectionAuthShort {
  const secret_hash = r.raw(32);
  const nonce = r.long();
  return { _: 'client.proxyConnectionAuthShort', secret_hash, nonce };
}

// client.proxyConnectionAuthLong nonce:long = client.ProxyConnectionAuth
export interface ClientProxyConnectionAuthLong {
  _: 'client.proxyConnectionAuthLong';
  nonce: bigint;
}
export function storeClientProxyConnectionAuthLong(w: TlWriter, o: ClientProxyConnectionAuthLong): void {
  w.long(o.nonce);
}
export function loadClientProxyConnectionAuthLong(r: TlReader): ClientProxyConnectionAuthLong {
  const nonce = r.long();
  return { _: 'client.proxyConnectionAuthLong', nonce };
}

// client.authorizationWithProxySuccess signed_payment:proxy.SignedPayment tokens_committed_to_db:long max_tokens:long = client.AuthorizationWithProxy
export interface ClientAuthorizationWithProxySuccess {
  _: 'client.authorizationWithProxySuccess';
  signed_payment: TlTypes['proxy.SignedPayment'];
  tokens_committed_to_db: bigint;
  max_tokens: bigint;
}
export function storeClientAuthorizationWithProxySuccess(w: TlWriter, o: ClientAuthorizationWithProxySuccess): void {
  storeBoxedProxySignedPayment(w, o.signed_payment);
  w.long(o.tokens_committed_to_db);
  w.long(o.max_tokens);
}
export function loadClientAuthorizationWithProxySuccess(r: TlReader): ClientAuthorizationWithProxySuccess {
  const signed_payment = loadBoxedProxySignedPayment(r);
  const tokens_committed_to_db = r.long();
  const max_tokens = r.long();
  return { _: 'client.authorizationWithProxySuccess', signed_payment, tokens_committed_to_db, max_tokens };
}

// client.authorizationWithProxyFailed error_code:int error:string = client.AuthorizationWithProxy
export interface ClientAuthorizationWithProxyFailed {
  _: 'client.authorizationWithProxyFailed';
  error_code: number;
  error: string;
}
export function storeClientAuthorizationWithProxyFailed(w: TlWriter, o: ClientAuthorizationWithProxyFailed): void {
  w.int(o.error_code);
  w.string(o.error);
}
export function loadClientAuthorizationWithProxyFailed(r: TlReader): ClientAuthorizationWithProxyFailed {
  const error_code = r.int();
  const error = r.string();
  return { _: 'client.authorizationWithProxyFailed', error_code, error };
}

// client.connectedToProxy params:proxy.params client_sc_address:string auth:client.ProxyConnectionAuth signed_payment:proxy.SignedPayment = client.ConnectedToProxy
export interface ClientConnectedToProxy {
  _: 'client.connectedToProxy';
  params: ProxyParams;
  client_sc_address: string;
  auth: TlTypes['client.ProxyConnectionAuth'];
  signed_payment: TlTypes['proxy.SignedPayment'];
}
export function storeClientConnectedToProxy(w: TlWriter, o: ClientConnectedToProxy): void {
  storeProxyParams(w, o.params);
  w.string(o.client_sc_address);
  storeBoxedClientProxyConnectionAuth(w, o.auth);
  storeBoxedProxySignedPayment(w, o.signed_payment);
}
export function loadClientConnectedToProxy(r: TlReader): ClientConnectedToProxy {
  const params = loadProxyParams(r);
  const client_sc_address = r.string();
  const auth = loadBoxedClientProxyConnectionAuth(r);
  const signed_payment = loadBoxedProxySignedPayment(r);
  return { _: 'client.connectedToProxy', params, client_sc_address, auth, signed_payment };
}

// client.queryAnswer answer:bytes is_completed:Bool request_id:int256 request_tokens_used:tokensUsed = client.QueryAnswer
export interface ClientQueryAnswer {
  _: 'client.queryAnswer';
  answer: Buffer;
  is_completed: boolean;
  request_id: Buffer;
  request_tokens_used: TokensUsed;
}
export function storeClientQueryAnswer(w: TlWriter, o: ClientQueryAnswer): void {
  w.bytes(o.answer);
  w.bool(o.is_completed);
  w.raw(o.request_id, 32);
  storeTokensUsed(w, o.request_tokens_used);
}
export function loadClientQueryAnswer(r: TlReader): ClientQueryAnswer {
  const answer = r.bytes();
  const is_completed = r.bool();
  const request_id = r.raw(32);
  const request_tokens_used = loadTokensUsed(r);
  return { _: 'client.queryAnswer', answer, is_completed, request_id, request_tokens_used };
}

// client.queryAnswerError error_code:int error:string request_id:int256 request_tokens_used:tokensUsed = client.QueryAnswer
export interface ClientQueryAnswerError {
  _: 'client.queryAnswerError';
  error_code: number;
  error: string;
  request_id: Buffer;
  request_tokens_used: TokensUsed;
}
export function storeClientQueryAnswerError(w: TlWriter, o: ClientQueryAnswerError): void {
  w.int(o.error_code);
  w.string(o.error);
  w.raw(o.request_id, 32);
  storeTokensUsed(w, o.request_tokens_used);
}
export function loadClientQueryAnswerError(r: TlReader): ClientQueryAnswerError {
  const error_code = r.int();
  const error = r.string();
  const request_id = r.raw(32);
  const request_tokens_used = loadTokensUsed(r);
  return { _: 'client.queryAnswerError', error_code, error, request_id, request_tokens_used };
}

// client.queryAnswerPart answer:bytes is_completed:Bool request_id:int256 request_tokens_used:tokensUsed = client.QueryAnswerPart
export interface ClientQueryAnswerPart {
  _: 'client.queryAnswerPart';
  answer: Buffer;
  is_completed: boolean;
  request_id: Buffer;
  request_tokens_used: TokensUsed;
}
export function storeClientQueryAnswerPart(w: TlWriter, o: ClientQueryAnswerPart): void {
  w.bytes(o.answer);
  w.bool(o.is_completed);
  w.raw(o.request_id, 32);
  storeTokensUsed(w, o.request_tokens_used);
}
export function loadClientQueryAnswerPart(r: TlReader): ClientQueryAnswerPart {
  const answer = r.bytes();
  const is_completed = r.bool();
  const request_id = r.raw(32);
  const request_tokens_used = loadTokensUsed(r);
  return { _: 'client.queryAnswerPart', answer, is_completed, request_id, request_tokens_used };
}

// client.queryAnswerPartError error_code:int error:string request_id:int256 request_tokens_used:tokensUsed = client.QueryAnswerPart
export interface ClientQueryAnswerPartError {
  _: 'client.queryAnswerPartError';
  error_code: number;
  error: string;
  request_id: Buffer;
  request_tokens_used: TokensUsed;
}
export function storeClientQueryAnswerPartError(w: TlWriter, o: ClientQueryAnswerPartError): void {
  w.int(o.error_code);
  w.string(o.error);
  w.raw(o.request_id, 32);
  storeTokensUsed(w, o.request_tokens_used);
}
export function loadClientQueryAnswerPartError(r: TlReader): ClientQueryAnswerPartError {
  const error_code = r.int();
  const error = r.string();
  const request_id = r.raw(32);
  const request_tokens_used = loadTokensUsed(r);
  return { _: 'client.queryAnswerPartError', error_code, error, request_id, request_tokens_used };
}

// client.queryFinalInfo flags:# tokens_used:tokensUsed worker_debug:flags.0?string proxy_debug:flags.0?string proxy_start_time:flags.1?double proxy_end_time:flags.1?double worker_start_time:flags.1?double worker_end_time:flags.1?double = client.QueryFinalInfo
export interface ClientQueryFinalInfo {
  _: 'client.queryFinalInfo';
  flags: number;
  tokens_used: TokensUsed;
  worker_debug?: string;
  proxy_debug?: string;
  proxy_start_time?: number;
  proxy_end_time?: number;
  worker_start_time?: number;
  worker_end_time?: number;
}
export function storeClientQueryFinalInfo(w: TlWriter, o: ClientQueryFinalInfo): void {
  w.nat(o.flags);
  storeTokensUsed(w, o.tokens_used);
  const flagged_worker_debug = w.flagged(o.flags, 0, o.worker_debug, 'client.queryFinalInfo.worker_debug');
  if (flagged_worker_debug !== undefined) w.string(flagged_worker_debug);
  const flagged_proxy_debug = w.flagged(o.flags, 0, o.proxy_debug, 'client.queryFinalInfo.proxy_debug');
  if (flagged_proxy_debug !== undefined) w.string(flagged_proxy_debug);
  const flagged_proxy_start_time = w.flagged(o.flags, 1, o.proxy_start_time, 'client.queryFinalInfo.proxy_start_time');
  if (flagged_proxy_start_time !== undefined) w.double(flagged_proxy_start_time);
  const flagged_proxy_end_time = w.flagged(o.flags, 1, o.proxy_end_time, 'client.queryFinalInfo.proxy_end_time');
  if (flagged_proxy_end_time !== undefined) w.double(flagged_proxy_end_time);
  const flagged_worker_start_time = w.flagged(o.flags, 1, o.worker_start_time, 'client.queryFinalInfo.worker_start_time');
  if (flagged_worker_start_time !== undefined) w.double(flagged_worker_start_time);
  const flagged_worker_end_time = w.flagged(o.flags, 1, o.worker_end_time, 'client.queryFinalInfo.worker_end_time');
  if (flagged_worker_end_time !== undefined) w.double(flagged_worker_end_time);
}
export function loadClientQueryFinalInfo(r: TlReader): ClientQueryFinalInfo {
  const flags = r.nat();
  const tokens_used = loadTokensUsed(r);
  const worker_debug = ((flags >>> 0) & 1) === 1 ? r.string() : undefined;
  const proxy_debug = ((flags >>> 0) & 1) === 1 ? r.string() : undefined;
  const proxy_start_time = ((flags >>> 1) & 1) === 1 ? r.double() : undefined;
  const proxy_end_time = ((flags >>> 1) & 1) === 1 ? r.double() : undefined;
  const worker_start_time = ((flags >>> 1) & 1) === 1 ? r.double() : undefined;
  const worker_end_time = ((flags >>> 1) & 1) === 1 ? r.double() : undefined;
  return { _: 'client.queryFinalInfo', flags, tokens_used, worker_debug, proxy_debug, proxy_start_time, proxy_end_time, worker_start_time, worker_end_time };
}

// client.queryAnswerEx request_id:int256 answer:bytes flags:# final_info:flags.0?client.queryFinalInfo = client.QueryAnswerEx
export interface ClientQueryAnswerEx {
  _: 'client.queryAnswerEx';
  request_id: Buffer;
  answer: Buffer;
  flags: number;
  final_info?: ClientQueryFinalInfo;
}
export function storeClientQueryAnswerEx(w: TlWriter, o: ClientQueryAnswerEx): void {
  w.raw(o.request_id, 32);
  w.bytes(o.answer);
  w.nat(o.flags);
  const flagged_final_info = w.flagged(o.flags, 0, o.final_info, 'client.queryAnswerEx.final_info');
  if (flagged_final_info !== undefined) storeClientQueryFinalInfo(w, flagged_final_info);
}
export function loadClientQueryAnswerEx(r: TlReader): ClientQueryAnswerEx {
  const request_id = r.raw(32);
  const answer = r.bytes();
  const flags = r.nat();
  const final_info = ((flags >>> 0) & 1) === 1 ? loadClientQueryFinalInfo(r) : undefined;
  return { _: 'client.queryAnswerEx', request_id, answer, flags, final_info };
}

// client.queryAnswerErrorEx request_id:int256 error_code:int error:string flags:# final_info:flags.0?client.queryFinalInfo = client.QueryAnswerEx
export interface ClientQueryAnswerErrorEx {
  _: 'client.queryAnswerErrorEx';
  request_id: Buffer;
  error_code: number;
  error: string;
  flags: number;
  final_info?: ClientQueryFinalInfo;
}
export function storeClientQueryAnswerErrorEx(w: TlWriter, o: ClientQueryAnswerErrorEx): void {
  w.raw(o.request_id, 32);
  w.int(o.error_code);
  w.string(o.error);
  w.nat(o.flags);
  const flagged_final_info = w.flagged(o.flags, 0, o.final_info, 'client.queryAnswerErrorEx.final_info');
  if (flagged_final_info !== undefined) storeClientQueryFinalInfo(w, flagged_final_info);
}
export function loadClientQueryAnswerErrorEx(r: TlReader): ClientQueryAnswerErrorEx {
  const request_id = r.raw(32);
  const error_code = r.int();
  const error = r.string();
  const flags = r.nat();
  const final_info = ((flags >>> 0) & 1) === 1 ? loadClientQueryFinalInfo(r) : undefined;
  return { _: 'client.queryAnswerErrorEx', request_id, error_code, error, flags, final_info };
}

// client.queryAnswerPartEx request_id:int256 answer:bytes flags:# final_info:flags.0?client.queryFinalInfo = client.QueryAnswerEx
export interface ClientQueryAnswerPartEx {
  _: 'client.queryAnswerPartEx';
  request_id: Buffer;
  answer: Buffer;
  flags: number;
  final_info?: ClientQueryFinalInfo;
}
export function storeClientQueryAnswerPartEx(w: TlWriter, o: ClientQueryAnswerPartEx): void {
  w.raw(o.request_id, 32);
  w.bytes(o.answer);
  w.nat(o.flags);
  const flagged_final_info = w.flagged(o.flags, 0, o.final_info, 'client.queryAnswerPartEx.final_info');
  if (flagged_final_info !== undefined) storeClientQueryFinalInfo(w, flagged_final_info);
}
export function loadClientQueryAnswerPartEx(r: TlReader): ClientQueryAnswerPartEx {
  const request_id = r.raw(32);
  const answer = r.bytes();
  const flags = r.nat();
  const final_info = ((flags >>> 0) & 1) === 1 ? loadClientQueryFinalInfo(r) : undefined;
  return { _: 'client.queryAnswerPartEx', request_id, answer, flags, final_info };
}

// client.refund data:bytes = client.Refund
export interface ClientRefund {
  _: 'client.refund';
  data: Buffer;
}
export function storeClientRefund(w: TlWriter, o: ClientRefund): void {
  w.bytes(o.data);
}
export function loadClientRefund(r: TlReader): ClientRefund {
  const data = r.bytes();
  return { _: 'client.refund', data };
}

// client.refundRejected active_queries:long = client.Refund
export interface ClientRefundRejected {
  _: 'client.refundRejected';
  active_queries: bigint;
}
export function storeClientRefundRejected(w: TlWriter, o: ClientRefundRejected): void {
  w.long(o.active_queries);
}
export function loadClientRefundRejected(r: TlReader): ClientRefundRejected {
  const active_queries = r.long();
  return { _: 'client.refundRejected', active_queries };
}

// client.workerType name:string active_workers:int coefficient_min:int coefficient_bucket50:int coefficient_max:int = client.WorkerType
export interface ClientWorkerType {
  _: 'client.workerType';
  name: string;
  active_workers: number;
  coefficient_min: number;
  coefficient_bucket50: number;
  coefficient_max: number;
}
export function storeClientWorkerType(w: TlWriter, o: ClientWorkerType): void {
  w.string(o.name);
  w.int(o.active_workers);
  w.int(o.coefficient_min);
  w.int(o.coefficient_bucket50);
  w.int(o.coefficient_max);
}
export function loadClientWorkerType(r: TlReader): ClientWorkerType {
  const name = r.string();
  const active_workers = r.int();
  const coefficient_min = r.int();
  const coefficient_bucket50 = r.int();
  const coefficient_max = r.int();
  return { _: 'client.workerType', name, active_workers, coefficient_min, coefficient_bucket50, coefficient_max };
}

// client.workerTypes types:vector client.workerType = client.WorkerTypes
export interface ClientWorkerTypes {
  _: 'client.workerTypes';
  types: ClientWorkerType[];
}
export function storeClientWorkerTypes(w: TlWriter, o: ClientWorkerTypes): void {
  w.vector(o.types, (w, x) => storeClientWorkerType(w, x));
}
export function loadClientWorkerTypes(r: TlReader): ClientWorkerTypes {
  const types = r.vector(20, (r) => loadClientWorkerType(r));
  return { _: 'client.workerTypes', types };
}

// client.workerInstanceV2 flags:# coefficient:int active_requests:int max_active_requests:int = client.WorkerInstanceV2 (explicit id 0x3ea93d00)
export interface ClientWorkerInstanceV2 {
  _: 'client.workerInstanceV2';
  flags: number;
  coefficient: number;
  active_requests: number;
  max_active_requests: number;
}
export function storeClientWorkerInstanceV2(w: TlWriter, o: ClientWorkerInstanceV2): void {
  w.nat(o.flags);
  w.int(o.coefficient);
  w.int(o.active_requests);
  w.int(o.max_active_requests);
}
export function loadClientWorkerInstanceV2(r: TlReader): ClientWorkerInstanceV2 {
  const flags = r.nat();
  const coefficient = r.int();
  const active_requests = r.int();
  const max_active_requests = r.int();
  return { _: 'client.workerInstanceV2', flags, coefficient, active_requests, max_active_requests };
}

// client.workerTypeV2 name:string workers:vector client.workerInstanceV2 = client.WorkerTypeV2
export interface ClientWorkerTypeV2 {
  _: 'client.workerTypeV2';
  name: string;
  workers: ClientWorkerInstanceV2[];
}
export function storeClientWorkerTypeV2(w: TlWriter, o: ClientWorkerTypeV2): void {
  w.string(o.name);
  w.vector(o.workers, (w, x) => storeClientWorkerInstanceV2(w, x));
}
export function loadClientWorkerTypeV2(r: TlReader): ClientWorkerTypeV2 {
  const name = r.string();
  const workers = r.vector(16, (r) => loadClientWorkerInstanceV2(r));
  return { _: 'client.workerTypeV2', name, workers };
}

// client.workerTypesV2 types:vector client.workerTypeV2 = client.WorkerTypesV2
export interface ClientWorkerTypesV2 {
  _: 'client.workerTypesV2';
  types: ClientWorkerTypeV2[];
}
export function storeClientWorkerTypesV2(w: TlWriter, o: ClientWorkerTypesV2): void {
  w.vector(o.types, (w, x) => storeClientWorkerTypeV2(w, x));
}
export function loadClientWorkerTypesV2(r: TlReader): ClientWorkerTypesV2 {
  const types = r.vector(8, (r) => loadClientWorkerTypeV2(r));
  return { _: 'client.workerTypesV2', types };
}

// client.paymentStatus signed_payment:proxy.SignedPayment db_tokens:long max_tokens:long = client.PaymentStatus
export interface ClientPaymentStatus {
  _: 'client.paymentStatus';
  signed_payment: TlTypes['proxy.SignedPayment'];
  db_tokens: bigint;
  max_tokens: bigint;
}
export function storeClientPaymentStatus(w: TlWriter, o: ClientPaymentStatus): void {
  storeBoxedProxySignedPayment(w, o.signed_payment);
  w.long(o.db_tokens);
  w.long(o.max_tokens);
}
export function loadClientPaymentStatus(r: TlReader): ClientPaymentStatus {
  const signed_payment = loadBoxedProxySignedPayment(r);
  const db_tokens = r.long();
  const max_tokens = r.long();
  return { _: 'client.paymentStatus', signed_payment, db_tokens, max_tokens };
}

// proxy.clientRequestPayment request_id:int256 signed_payment:proxy.SignedPayment db_tokens:long max_tokens:long request_tokens:long = proxy.WorkerRequestPayment
export interface ProxyClientRequestPayment {
  _: 'proxy.clientRequestPayment';
  request_id: Buffer;
  signed_payment: TlTypes['proxy.SignedPayment'];
  db_tokens: bigint;
  max_tokens: bigint;
  request_tokens: bigint;
}
export function storeProxyClientRequestPayment(w: TlWriter, o: ProxyClientRequestPayment): void {
  w.raw(o.request_id, 32);
  storeBoxedProxySignedPayment(w, o.signed_payment);
  w.long(o.db_tokens);
  w.long(o.max_tokens);
  w.long(o.request_tokens);
}
export function loadProxyClientRequestPayment(r: TlReader): ProxyClientRequestPayment {
  const request_id = r.raw(32);
  const signed_payment = loadBoxedProxySignedPayment(r);
  const db_tokens = r.long();
  const max_tokens = r.long();
  const request_tokens = r.long();
  return { _: 'proxy.clientRequestPayment', request_id, signed_payment, db_tokens, max_tokens, request_tokens };
}

// client.connectToProxy params:client.params min_config_version:int = client.ConnectedToProxy
export interface ClientConnectToProxy {
  _: 'client.connectToProxy';
  params: ClientParams;
  min_config_version: number;
}
export function storeClientConnectToProxy(w: TlWriter, o: ClientConnectToProxy): void {
  storeClientParams(w, o.params);
  w.int(o.min_config_version);
}
export function loadClientConnectToProxy(r: TlReader): ClientConnectToProxy {
  const params = loadClientParams(r);
  const min_config_version = r.int();
  return { _: 'client.connectToProxy', params, min_config_version };
}

// client.authorizeWithProxyShort data:bytes = client.AuthorizationWithProxy
export interface ClientAuthorizeWithProxyShort {
  _: 'client.authorizeWithProxyShort';
  data: Buffer;
}
export function storeClientAuthorizeWithProxyShort(w: TlWriter, o: ClientAuthorizeWithProxyShort): void {
  w.bytes(o.data);
}
export function loadClientAuthorizeWithProxyShort(r: TlReader): ClientAuthorizeWithProxyShort {
  const data = r.bytes();
  return { _: 'client.authorizeWithProxyShort', data };
}

// client.authorizeWithProxyLong = client.AuthorizationWithProxy
export interface ClientAuthorizeWithProxyLong {
  _: 'client.authorizeWithProxyLong';
}
export function storeClientAuthorizeWithProxyLong(w: TlWriter, o: ClientAuthorizeWithProxyLong): void {
  void w;
  void o;
}
export function loadClientAuthorizeWithProxyLong(r: TlReader): ClientAuthorizeWithProxyLong {
  void r;
  return { _: 'client.authorizeWithProxyLong' };
}

// client.runQuery model_name:string query:bytes max_coefficient:int max_tokens:int timeout:double request_id:int256 min_config_version:int = client.QueryAnswer
export interface ClientRunQuery {
  _: 'client.runQuery';
  model_name: string;
  query: Buffer;
  max_coefficient: number;
  max_tokens: number;
  timeout: number;
  request_id: Buffer;
  min_config_version: number;
}
export function storeClientRunQuery(w: TlWriter, o: ClientRunQuery): void {
  w.string(o.model_name);
  w.bytes(o.query);
  w.int(o.max_coefficient);
  w.int(o.max_tokens);
  w.double(o.timeout);
  w.raw(o.request_id, 32);
  w.int(o.min_config_version);
}
export function loadClientRunQuery(r: TlReader): ClientRunQuery {
  const model_name = r.string();
  const query = r.bytes();
  const max_coefficient = r.int();
  const max_tokens = r.int();
  const timeout = r.double();
  const request_id = r.raw(32);
  const min_config_version = r.int();
  return { _: 'client.runQuery', model_name, query, max_coefficient, max_tokens, timeout, request_id, min_config_version };
}

// client.runQueryEx model_name:string query:bytes max_coefficient:int max_tokens:int timeout:double request_id:int256 min_config_version:int flags:# enable_debug:flags.0?Bool public_key:flags.1?int256 = client.QueryAnswerEx (explicit id 0xf54cb74b)
export interface ClientRunQueryEx {
  _: 'client.runQueryEx';
  model_name: string;
  query: Buffer;
  max_coefficient: number;
  max_tokens: number;
  timeout: number;
  request_id: Buffer;
  min_config_version: number;
  flags: number;
  enable_debug?: boolean;
  public_key?: Buffer;
}
export function storeClientRunQueryEx(w: TlWriter, o: ClientRunQueryEx): void {
  w.string(o.model_name);
  w.bytes(o.query);
  w.int(o.max_coefficient);
  w.int(o.max_tokens);
  w.double(o.timeout);
  w.raw(o.request_id, 32);
  w.int(o.min_config_version);
  w.nat(o.flags);
  const flagged_enable_debug = w.flagged(o.flags, 0, o.enable_debug, 'client.runQueryEx.enable_debug');
  if (flagged_enable_debug !== undefined) w.bool(flagged_enable_debug);
  const flagged_public_key = w.flagged(o.flags, 1, o.public_key, 'client.runQueryEx.public_key');
  if (flagged_public_key !== undefined) w.raw(flagged_public_key, 32);
}
export function loadClientRunQueryEx(r: TlReader): ClientRunQueryEx {
  const model_name = r.string();
  const query = r.bytes();
  const max_coefficient = r.int();
  const max_tokens = r.int();
  const timeout = r.double();
  const request_id = r.raw(32);
  const min_config_version = r.int();
  const flags = r.nat();
  const enable_debug = ((flags >>> 0) & 1) === 1 ? r.bool() : undefined;
  const public_key = ((flags >>> 1) & 1) === 1 ? r.raw(32) : undefined;
  return { _: 'client.runQueryEx', model_name, query, max_coefficient, max_tokens, timeout, request_id, min_config_version, flags, enable_debug, public_key };
}

// client.requestRefund = client.Refund
export interface ClientRequestRefund {
  _: 'client.requestRefund';
}
export function storeClientRequestRefund(w: TlWriter, o: ClientRequestRefund): void {
  void w;
  void o;
}
export function loadClientRequestRefund(r: TlReader): ClientRequestRefund {
  void r;
  return { _: 'client.requestRefund' };
}

// client.updatePaymentStatus = client.PaymentStatus
export interface ClientUpdatePaymentStatus {
  _: 'client.updatePaymentStatus';
}
export function storeClientUpdatePaymentStatus(w: TlWriter, o: ClientUpdatePaymentStatus): void {
  void w;
  void o;
}
export function loadClientUpdatePaymentStatus(r: TlReader): ClientUpdatePaymentStatus {
  void r;
  return { _: 'client.updatePaymentStatus' };
}

// client.getWorkerTypes = client.WorkerTypes
export interface ClientGetWorkerTypes {
  _: 'client.getWorkerTypes';
}
export function storeClientGetWorkerTypes(w: TlWriter, o: ClientGetWorkerTypes): void {
  void w;
  void o;
}
export function loadClientGetWorkerTypes(r: TlReader): ClientGetWorkerTypes {
  void r;
  return { _: 'client.getWorkerTypes' };
}

// client.getWorkerTypesV2 = client.WorkerTypesV2
export interface ClientGetWorkerTypesV2 {
  _: 'client.getWorkerTypesV2';
}
export function storeClientGetWorkerTypesV2(w: TlWriter, o: ClientGetWorkerTypesV2): void {
  void w;
  void o;
}
export function loadClientGetWorkerTypesV2(r: TlReader): ClientGetWorkerTypesV2 {
  void r;
  return { _: 'client.getWorkerTypesV2' };
}

// proxy.signedPayment data:bytes = proxy.SignedPayment
export interface ProxySignedPayment {
  _: 'proxy.signedPayment';
  data: Buffer;
}
export function storeProxySignedPayment(w: TlWriter, o: ProxySignedPayment): void {
  w.bytes(o.data);
}
export function loadProxySignedPayment(r: TlReader): ProxySignedPayment {
  const data = r.bytes();
  return { _: 'proxy.signedPayment', data };
}

// proxy.signedPaymentEmpty = proxy.SignedPayment
export interface ProxySignedPaymentEmpty {
  _: 'proxy.signedPaymentEmpty';
}
export function storeProxySignedPaymentEmpty(w: TlWriter, o: ProxySignedPaymentEmpty): void {
  void w;
  void o;
}
export function loadProxySignedPaymentEmpty(r: TlReader): ProxySignedPaymentEmpty {
  void r;
  return { _: 'proxy.signedPaymentEmpty' };
}

// proxy.queryAnswer answer:bytes is_completed:Bool request_id:int256 tokens_used:tokensUsed = proxy.QueryAnswer
export interface ProxyQueryAnswer {
  _: 'proxy.queryAnswer';
  answer: Buffer;
  is_completed: boolean;
  request_id: Buffer;
  tokens_used: TokensUsed;
}
export function storeProxyQueryAnswer(w: TlWriter, o: ProxyQueryAnswer): void {
  w.bytes(o.answer);
  w.bool(o.is_completed);
  w.raw(o.request_id, 32);
  storeTokensUsed(w, o.tokens_used);
}
export function loadProxyQueryAnswer(r: TlReader): ProxyQueryAnswer {
  const answer = r.bytes();
  const is_completed = r.bool();
  const request_id = r.raw(32);
  const tokens_used = loadTokensUsed(r);
  return { _: 'proxy.queryAnswer', answer, is_completed, request_id, tokens_used };
}

// proxy.queryAnswerError error_code:int error:string request_id:int256 tokens_used:tokensUsed = proxy.QueryAnswer
export interface ProxyQueryAnswerError {
  _: 'proxy.queryAnswerError';
  error_code: number;
  error: string;
  request_id: Buffer;
  tokens_used: TokensUsed;
}
export function storeProxyQueryAnswerError(w: TlWriter, o: ProxyQueryAnswerError): void {
  w.int(o.error_code);
  w.string(o.error);
  w.raw(o.request_id, 32);
  storeTokensUsed(w, o.tokens_used);
}
export function loadProxyQueryAnswerError(r: TlReader): ProxyQueryAnswerError {
  const error_code = r.int();
  const error = r.string();
  const request_id = r.raw(32);
  const tokens_used = loadTokensUsed(r);
  return { _: 'proxy.queryAnswerError', error_code, error, request_id, tokens_used };
}

// proxy.queryAnswerPart answer:bytes is_completed:Bool request_id:int256 tokens_used:tokensUsed = proxy.QueryAnswerPart
export interface ProxyQueryAnswerPart {
  _: 'proxy.queryAnswerPart';
  answer: Buffer;
  is_completed: boolean;
  request_id: Buffer;
  tokens_used: TokensUsed;
}
export function storeProxyQueryAnswerPart(w: TlWriter, o: ProxyQueryAnswerPart): void {
  w.bytes(o.answer);
  w.bool(o.is_completed);
  w.raw(o.request_id, 32);
  storeTokensUsed(w, o.tokens_used);
}
export function loadProxyQueryAnswerPart(r: TlReader): ProxyQueryAnswerPart {
  const answer = r.bytes();
  const is_completed = r.bool();
  const request_id = r.raw(32);
  const tokens_used = loadTokensUsed(r);
  return { _: 'proxy.queryAnswerPart', answer, is_completed, request_id, tokens_used };
}

// proxy.queryAnswerPartError error_code:int error:string request_id:int256 tokens_used:tokensUsed = proxy.QueryAnswerPart
export interface ProxyQueryAnswerPartError {
  _: 'proxy.queryAnswerPartError';
  error_code: number;
  error: string;
  request_id: Buffer;
  tokens_used: TokensUsed;
}
export function storeProxyQueryAnswerPartError(w: TlWriter, o: ProxyQueryAnswerPartError): void {
  w.int(o.error_code);
  w.string(o.error);
  w.raw(o.request_id, 32);
  storeTokensUsed(w, o.tokens_used);
}
export function loadProxyQueryAnswerPartError(r: TlReader): ProxyQueryAnswerPartError {
  const error_code = r.int();
  const error = r.string();
  const request_id = r.raw(32);
  const tokens_used = loadTokensUsed(r);
  return { _: 'proxy.queryAnswerPartError', error_code, error, request_id, tokens_used };
}

// proxy.queryFinalInfo flags:# tokens_used:tokensUsed worker_debug:flags.0?string worker_start_time:flags.1?double worker_end_time:flags.1?double = proxy.QueryFinalInfo
export interface ProxyQueryFinalInfo {
  _: 'proxy.queryFinalInfo';
  flags: number;
  tokens_used: TokensUsed;
  worker_debug?: string;
  worker_start_time?: number;
  worker_end_time?: number;
}
export function storeProxyQueryFinalInfo(w: TlWriter, o: ProxyQueryFinalInfo): void {
  w.nat(o.flags);
  storeTokensUsed(w, o.tokens_used);
  const flagged_worker_debug = w.flagged(o.flags, 0, o.worker_debug, 'proxy.queryFinalInfo.worker_debug');
  if (flagged_worker_debug !== undefined) w.string(flagged_worker_debug);
  const flagged_worker_start_time = w.flagged(o.flags, 1, o.worker_start_time, 'proxy.queryFinalInfo.worker_start_time');
  if (flagged_worker_start_time !== undefined) w.double(flagged_worker_start_time);
  const flagged_worker_end_time = w.flagged(o.flags, 1, o.worker_end_time, 'proxy.queryFinalInfo.worker_end_time');
  if (flagged_worker_end_time !== undefined) w.double(flagged_worker_end_time);
}
export function loadProxyQueryFinalInfo(r: TlReader): ProxyQueryFinalInfo {
  const flags = r.nat();
  const tokens_used = loadTokensUsed(r);
  const worker_debug = ((flags >>> 0) & 1) === 1 ? r.string() : undefined;
  const worker_start_time = ((flags >>> 1) & 1) === 1 ? r.double() : undefined;
  const worker_end_time = ((flags >>> 1) & 1) === 1 ? r.double() : undefined;
  return { _: 'proxy.queryFinalInfo', flags, tokens_used, worker_debug, worker_start_time, worker_end_time };
}

// proxy.queryAnswerEx request_id:int256 answer:bytes flags:# final_info:flags.0?proxy.queryFinalInfo = proxy.QueryAnswerEx
export interface ProxyQueryAnswerEx {
  _: 'proxy.queryAnswerEx';
  request_id: Buffer;
  answer: Buffer;
  flags: number;
  final_info?: ProxyQueryFinalInfo;
}
export function storeProxyQueryAnswerEx(w: TlWriter, o: ProxyQueryAnswerEx): void {
  w.raw(o.request_id, 32);
  w.bytes(o.answer);
  w.nat(o.flags);
  const flagged_final_info = w.flagged(o.flags, 0, o.final_info, 'proxy.queryAnswerEx.final_info');
  if (flagged_final_info !== undefined) storeProxyQueryFinalInfo(w, flagged_final_info);
}
export function loadProxyQueryAnswerEx(r: TlReader): ProxyQueryAnswerEx {
  const request_id = r.raw(32);
  const answer = r.bytes();
  const flags = r.nat();
  const final_info = ((flags >>> 0) & 1) === 1 ? loadProxyQueryFinalInfo(r) : undefined;
  return { _: 'proxy.queryAnswerEx', request_id, answer, flags, final_info };
}

// proxy.queryAnswerErrorEx request_id:int256 error_code:int error:string flags:# final_info:flags.0?proxy.queryFinalInfo = proxy.QueryAnswerEx
export interface ProxyQueryAnswerErrorEx {
  _: 'proxy.queryAnswerErrorEx';
  request_id: Buffer;
  error_code: number;
  error: string;
  flags: number;
  final_info?: ProxyQueryFinalInfo;
}
export function storeProxyQueryAnswerErrorEx(w: TlWriter, o: ProxyQueryAnswerErrorEx): void {
  w.raw(o.request_id, 32);
  w.int(o.error_code);
  w.string(o.error);
  w.nat(o.flags);
  const flagged_final_info = w.flagged(o.flags, 0, o.final_info, 'proxy.queryAnswerErrorEx.final_info');
  if (flagged_final_info !== undefined) storeProxyQueryFinalInfo(w, flagged_final_info);
}
export function loadProxyQueryAnswerErrorEx(r: TlReader): ProxyQueryAnswerErrorEx {
  const request_id = r.raw(32);
  const error_code = r.int();
  const error = r.string();
  const flags = r.nat();
  const final_info = ((flags >>> 0) & 1) === 1 ? loadProxyQueryFinalInfo(r) : undefined;
  return { _: 'proxy.queryAnswerErrorEx', request_id, error_code, error, flags, final_info };
}

// proxy.queryAnswerPartEx request_id:int256 answer:bytes flags:# final_info:flags.0?proxy.queryFinalInfo = proxy.QueryAnswerEx
export interface ProxyQueryAnswerPartEx {
  _: 'proxy.queryAnswerPartEx';
  request_id: Buffer;
  answer: Buffer;
  flags: number;
  final_info?: ProxyQueryFinalInfo;
}
export function storeProxyQueryAnswerPartEx(w: TlWriter, o: ProxyQueryAnswerPartEx): void {
  w.raw(o.request_id, 32);
  w.bytes(o.answer);
  w.nat(o.flags);
  const flagged_final_info = w.flagged(o.flags, 0, o.final_info, 'proxy.queryAnswerPartEx.final_info');
  if (flagged_final_info !== undefined) storeProxyQueryFinalInfo(w, flagged_final_info);
}
export function loadProxyQueryAnswerPartEx(r: TlReader): ProxyQueryAnswerPartEx {
  const request_id = r.raw(32);
  const answer = r.bytes();
  const flags = r.nat();
  const final_info = ((flags >>> 0) & 1) === 1 ? loadProxyQueryFinalInfo(r) : undefined;
  return { _: 'proxy.queryAnswerPartEx', request_id, answer, flags, final_info };
}

// proxy.workerRequestPayment request_id:int256 signed_payment:proxy.SignedPayment db_tokens:long max_tokens:long request_tokens:long request_client_owner:string = proxy.WorkerRequestPayment
export interface ProxyWorkerRequestPayment {
  _: 'proxy.workerRequestPayment';
  request_id: Buffer;
  signed_payment: TlTypes['proxy.SignedPayment'];
  db_tokens: bigint;
  max_tokens: bigint;
  request_tokens: bigint;
  request_client_owner: string;
}
export function storeProxyWorkerRequestPayment(w: TlWriter, o: ProxyWorkerRequestPayment): void {
  w.raw(o.request_id, 32);
  storeBoxedProxySignedPayment(w, o.signed_payment);
  w.long(o.db_tokens);
  w.long(o.max_tokens);
  w.long(o.request_tokens);
  w.string(o.request_client_owner);
}
export function loadProxyWorkerRequestPayment(r: TlReader): ProxyWorkerRequestPayment {
  const request_id = r.raw(32);
  const signed_payment = loadBoxedProxySignedPayment(r);
  const db_tokens = r.long();
  const max_tokens = r.long();
  const request_tokens = r.long();
  const request_client_owner = r.string();
  return { _: 'proxy.workerRequestPayment', request_id, signed_payment, db_tokens, max_tokens, request_tokens, request_client_owner };
}

// proxy.runQuery query:bytes signed_payment:proxy.SignedPayment coefficient:long timeout:double request_id:int256 = proxy.QueryAnswer
export interface ProxyRunQuery {
  _: 'proxy.runQuery';
  query: Buffer;
  signed_payment: TlTypes['proxy.SignedPayment'];
  coefficient: bigint;
  timeout: number;
  request_id: Buffer;
}
export function storeProxyRunQuery(w: TlWriter, o: ProxyRunQuery): void {
  w.bytes(o.query);
  storeBoxedProxySignedPayment(w, o.signed_payment);
  w.long(o.coefficient);
  w.double(o.timeout);
  w.raw(o.request_id, 32);
}
export function loadProxyRunQuery(r: TlReader): ProxyRunQuery {
  const query = r.bytes();
  const signed_payment = loadBoxedProxySignedPayment(r);
  const coefficient = r.long();
  const timeout = r.double();
  const request_id = r.raw(32);
  return { _: 'proxy.runQuery', query, signed_payment, coefficient, timeout, request_id };
}

// proxy.runQueryEx query:bytes signed_payment:proxy.SignedPayment coefficient:long timeout:double request_id:int256 flags:# enable_debug:flags.0?Bool private_key:flags.1?int256 = proxy.QueryAnswer (explicit id 0xc805e7e2)
export interface ProxyRunQueryEx {
  _: 'proxy.runQueryEx';
  query: Buffer;
  signed_payment: TlTypes['proxy.SignedPayment'];
  coefficient: bigint;
  timeout: number;
  request_id: Buffer;
  flags: number;
  enable_debug?: boolean;
  private_key?: Buffer;
}
export function storeProxyRunQueryEx(w: TlWriter, o: ProxyRunQueryEx): void {
  w.bytes(o.query);
  storeBoxedProxySignedPayment(w, o.signed_payment);
  w.long(o.coefficient);
  w.double(o.timeout);
  w.raw(o.request_id, 32);
  w.nat(o.flags);
  const flagged_enable_debug = w.flagged(o.flags, 0, o.enable_debug, 'proxy.runQueryEx.enable_debug');
  if (flagged_enable_debug !== undefined) w.bool(flagged_enable_debug);
  const flagged_private_key = w.flagged(o.flags, 1, o.private_key, 'proxy.runQueryEx.private_key');
  if (flagged_private_key !== undefined) w.raw(flagged_private_key, 32);
}
export function loadProxyRunQueryEx(r: TlReader): ProxyRunQueryEx {
  const query = r.bytes();
  const signed_payment = loadBoxedProxySignedPayment(r);
  const coefficient = r.long();
  const timeout = r.double();
  const request_id = r.raw(32);
  const flags = r.nat();
  const enable_debug = ((flags >>> 0) & 1) === 1 ? r.bool() : undefined;
  const private_key = ((flags >>> 1) & 1) === 1 ? r.raw(32) : undefined;
  return { _: 'proxy.runQueryEx', query, signed_payment, coefficient, timeout, request_id, flags, enable_debug, private_key };
}

// worker.enabledDisabled disabled:int = worker.EnabledDisabled
export interface WorkerEnabledDisabled {
  _: 'worker.enabledDisabled';
  disabled: number;
}
export function storeWorkerEnabledDisabled(w: TlWriter, o: WorkerEnabledDisabled): void {
  w.int(o.disabled);
}
export function loadWorkerEnabledDisabled(r: TlReader): WorkerEnabledDisabled {
  const disabled = r.int();
  return { _: 'worker.enabledDisabled', disabled };
}

// worker.newCoefficient new_coefficient:int = worker.NewCoefficient
export interface WorkerNewCoefficient {
  _: 'worker.newCoefficient';
  new_coefficient: number;
}
export function storeWorkerNewCoefficient(w: TlWriter, o: WorkerNewCoefficient): void {
  w.int(o.new_coefficient);
}
export function loadWorkerNewCoefficient(r: TlReader): WorkerNewCoefficient {
  const new_coefficient = r.int();
  return { _: 'worker.newCoefficient', new_coefficient };
}

// worker.connectedToProxy params:proxy.params worker_sc_address:string = worker.ConnectedToProxy
export interface WorkerConnectedToProxy {
  _: 'worker.connectedToProxy';
  params: ProxyParams;
  worker_sc_address: string;
}
export function storeWorkerConnectedToProxy(w: TlWriter, o: WorkerConnectedToProxy): void {
  storeProxyParams(w, o.params);
  w.string(o.worker_sc_address);
}
export function loadWorkerConnectedToProxy(r: TlReader): WorkerConnectedToProxy {
  const params = loadProxyParams(r);
  const worker_sc_address = r.string();
  return { _: 'worker.connectedToProxy', params, worker_sc_address };
}

// worker.compareBalanceWithProxyResult signed_payment:proxy.SignedPayment tokens_committed_to_db:long max_tokens:long error_code:int = worker.CompareBalanceWithProxyResult
export interface WorkerCompareBalanceWithProxyResult {
  _: 'worker.compareBalanceWithProxyResult';
  signed_payment: TlTypes['proxy.SignedPayment'];
  tokens_committed_to_db: bigint;
  max_tokens: bigint;
  error_code: number;
}
export function storeWorkerCompareBalanceWithProxyResult(w: TlWriter, o: WorkerCompareBalanceWithProxyResult): void {
  storeBoxedProxySignedPayment(w, o.signed_payment);
  w.long(o.tokens_committed_to_db);
  w.long(o.max_tokens);
  w.int(o.error_code);
}
export function loadWorkerCompareBalanceWithProxyResult(r: TlReader): WorkerCompareBalanceWithProxyResult {
  const signed_payment = loadBoxedProxySignedPayment(r);
  const tokens_committed_to_db = r.long();
  const max_tokens = r.long();
  const error_code = r.int();
  return { _: 'worker.compareBalanceWithProxyResult', signed_payment, tokens_committed_to_db, max_tokens, error_code };
}

// worker.extendedCompareBalanceWithProxyResult error_code:int = worker.ExtendedCompareBalanceWithProxyResult
export interface WorkerExtendedCompareBalanceWithProxyResult {
  _: 'worker.extendedCompareBalanceWithProxyResult';
  error_code: number;
}
export function storeWorkerExtendedCompareBalanceWithProxyResult(w: TlWriter, o: WorkerExtendedCompareBalanceWithProxyResult): void {
  w.int(o.error_code);
}
export function loadWorkerExtendedCompareBalanceWithProxyResult(r: TlReader): WorkerExtendedCompareBalanceWithProxyResult {
  const error_code = r.int();
  return { _: 'worker.extendedCompareBalanceWithProxyResult', error_code };
}

// worker.proxyHandshakeCompleted = worker.HandshakeCompleted
export interface WorkerProxyHandshakeCompleted {
  _: 'worker.proxyHandshakeCompleted';
}
export function storeWorkerProxyHandshakeCompleted(w: TlWriter, o: WorkerProxyHandshakeCompleted): void {
  void w;
  void o;
}
export function loadWorkerProxyHandshakeCompleted(r: TlReader): WorkerProxyHandshakeCompleted {
  void r;
  return { _: 'worker.proxyHandshakeCompleted' };
}

// worker.paymentStatus signed_payment:proxy.SignedPayment db_tokens:long max_tokens:long = worker.PaymentStatus
export interface WorkerPaymentStatus {
  _: 'worker.paymentStatus';
  signed_payment: TlTypes['proxy.SignedPayment'];
  db_tokens: bigint;
  max_tokens: bigint;
}
export function storeWorkerPaymentStatus(w: TlWriter, o: WorkerPaymentStatus): void {
  storeBoxedProxySignedPayment(w, o.signed_payment);
  w.long(o.db_tokens);
  w.long(o.max_tokens);
}
export function loadWorkerPaymentStatus(r: TlReader): WorkerPaymentStatus {
  const signed_payment = loadBoxedProxySignedPayment(r);
  const db_tokens = r.long();
  const max_tokens = r.long();
  return { _: 'worker.paymentStatus', signed_payment, db_tokens, max_tokens };
}

// worker.changedModel = worker.ChangedModel
export interface WorkerChangedModel {
  _: 'worker.changedModel';
}
export function storeWorkerChangedModel(w: TlWriter, o: WorkerChangedModel): void {
  void w;
  void o;
}
export function loadWorkerChangedModel(r: TlReader): WorkerChangedModel {
  void r;
  return { _: 'worker.changedModel' };
}

// worker.connectToProxy params:worker.params = worker.ConnectedToProxy
export interface WorkerConnectToProxy {
  _: 'worker.connectToProxy';
  params: WorkerParams;
}
export function storeWorkerConnectToProxy(w: TlWriter, o: WorkerConnectToProxy): void {
  storeWorkerParams(w, o.params);
}
export function loadWorkerConnectToProxy(r: TlReader): WorkerConnectToProxy {
  const params = loadWorkerParams(r);
  return { _: 'worker.connectToProxy', params };
}

// worker.compareBalanceWithProxy tokens_committed_to_blockchain:long tokens_committed_to_db:long max_tokens:long = worker.CompareBalanceWithProxyResult
export interface WorkerCompareBalanceWithProxy {
  _: 'worker.compareBalanceWithProxy';
  tokens_committed_to_blockchain: bigint;
  tokens_committed_to_db: bigint;
  max_tokens: bigint;
}
export function storeWorkerCompareBalanceWithProxy(w: TlWriter, o: WorkerCompareBalanceWithProxy): void {
  w.long(o.tokens_committed_to_blockchain);
  w.long(o.tokens_committed_to_db);
  w.long(o.max_tokens);
}
export function loadWorkerCompareBalanceWithProxy(r: TlReader): WorkerCompareBalanceWithProxy {
  const tokens_committed_to_blockchain = r.long();
  const tokens_committed_to_db = r.long();
  const max_tokens = r.long();
  return { _: 'worker.compareBalanceWithProxy', tokens_committed_to_blockchain, tokens_committed_to_db, max_tokens };
}

// worker.extendedCompareBalanceWithProxy tokens_committed_to_db:long other:bytes = worker.ExtendedCompareBalanceWithProxyResult
export interface WorkerExtendedCompareBalanceWithProxy {
  _: 'worker.extendedCompareBalanceWithProxy';
  tokens_committed_to_db: bigint;
  other: Buffer;
}
export function storeWorkerExtendedCompareBalanceWithProxy(w: TlWriter, o: WorkerExtendedCompareBalanceWithProxy): void {
  w.long(o.tokens_committed_to_db);
  w.bytes(o.other);
}
export function loadWorkerExtendedCompareBalanceWithProxy(r: TlReader): WorkerExtendedCompareBalanceWithProxy {
  const tokens_committed_to_db = r.long();
  const other = r.bytes();
  return { _: 'worker.extendedCompareBalanceWithProxy', tokens_committed_to_db, other };
}

// worker.proxyHandshakeComplete is_disabled:Bool = worker.HandshakeCompleted
export interface WorkerProxyHandshakeComplete {
  _: 'worker.proxyHandshakeComplete';
  is_disabled: boolean;
}
export function storeWorkerProxyHandshakeComplete(w: TlWriter, o: WorkerProxyHandshakeComplete): void {
  w.bool(o.is_disabled);
}
export function loadWorkerProxyHandshakeComplete(r: TlReader): WorkerProxyHandshakeComplete {
  const is_disabled = r.bool();
  return { _: 'worker.proxyHandshakeComplete', is_disabled };
}

// worker.updatePaymentStatus = worker.PaymentStatus
export interface WorkerUpdatePaymentStatus {
  _: 'worker.updatePaymentStatus';
}
export function storeWorkerUpdatePaymentStatus(w: TlWriter, o: WorkerUpdatePaymentStatus): void {
  void w;
  void o;
}
export function loadWorkerUpdatePaymentStatus(r: TlReader): WorkerUpdatePaymentStatus {
  void r;
  return { _: 'worker.updatePaymentStatus' };
}

// worker.changeModel new_model:string = worker.ChangedModel
export interface WorkerChangeModel {
  _: 'worker.changeModel';
  new_model: string;
}
export function storeWorkerChangeModel(w: TlWriter, o: WorkerChangeModel): void {
  w.string(o.new_model);
}
export function loadWorkerChangeModel(r: TlReader): WorkerChangeModel {
  const new_model = r.string();
  return { _: 'worker.changeModel', new_model };
}

// keyManager.privateKey valid_until_utime:int private_key:int256 = keyManager.PrivateKey
export interface KeyManagerPrivateKey {
  _: 'keyManager.privateKey';
  valid_until_utime: number;
  private_key: Buffer;
}
export function storeKeyManagerPrivateKey(w: TlWriter, o: KeyManagerPrivateKey): void {
  w.int(o.valid_until_utime);
  w.raw(o.private_key, 32);
}
export function loadKeyManagerPrivateKey(r: TlReader): KeyManagerPrivateKey {
  const valid_until_utime = r.int();
  const private_key = r.raw(32);
  return { _: 'keyManager.privateKey', valid_until_utime, private_key };
}

// keyManager.privateKeys keys:vector keyManager.privateKey = keyManager.PrivateKeys
export interface KeyManagerPrivateKeys {
  _: 'keyManager.privateKeys';
  keys: KeyManagerPrivateKey[];
}
export function storeKeyManagerPrivateKeys(w: TlWriter, o: KeyManagerPrivateKeys): void {
  w.vector(o.keys, (w, x) => storeKeyManagerPrivateKey(w, x));
}
export function loadKeyManagerPrivateKeys(r: TlReader): KeyManagerPrivateKeys {
  const keys = r.vector(36, (r) => loadKeyManagerPrivateKey(r));
  return { _: 'keyManager.privateKeys', keys };
}

// keyManager.getWorkerPrivateKeys proto_version:int = keyManager.PrivateKeys
export interface KeyManagerGetWorkerPrivateKeys {
  _: 'keyManager.getWorkerPrivateKeys';
  proto_version: number;
}
export function storeKeyManagerGetWorkerPrivateKeys(w: TlWriter, o: KeyManagerGetWorkerPrivateKeys): void {
  w.int(o.proto_version);
}
export function loadKeyManagerGetWorkerPrivateKeys(r: TlReader): KeyManagerGetWorkerPrivateKeys {
  const proto_version = r.int();
  return { _: 'keyManager.getWorkerPrivateKeys', proto_version };
}

// keyManager.getProxyPrivateKeys proto_version:int = keyManager.PrivateKeys
export interface KeyManagerGetProxyPrivateKeys {
  _: 'keyManager.getProxyPrivateKeys';
  proto_version: number;
}
export function storeKeyManagerGetProxyPrivateKeys(w: TlWriter, o: KeyManagerGetProxyPrivateKeys): void {
  w.int(o.proto_version);
}
export function loadKeyManagerGetProxyPrivateKeys(r: TlReader): KeyManagerGetProxyPrivateKeys {
  const proto_version = r.int();
  return { _: 'keyManager.getProxyPrivateKeys', proto_version };
}

// http.header name:string value:string = http.Header
export interface HttpHeader {
  _: 'http.header';
  name: string;
  value: string;
}
export function storeHttpHeader(w: TlWriter, o: HttpHeader): void {
  w.string(o.name);
  w.string(o.value);
}
export function loadHttpHeader(r: TlReader): HttpHeader {
  const name = r.string();
  const value = r.string();
  return { _: 'http.header', name, value };
}

// http.response http_version:string status_code:int reason:string headers:vector http.header payload:bytes = http.Response
export interface HttpResponse {
  _: 'http.response';
  http_version: string;
  status_code: number;
  reason: string;
  headers: HttpHeader[];
  payload: Buffer;
}
export function storeHttpResponse(w: TlWriter, o: HttpResponse): void {
  w.string(o.http_version);
  w.int(o.status_code);
  w.string(o.reason);
  w.vector(o.headers, (w, x) => storeHttpHeader(w, x));
  w.bytes(o.payload);
}
export function loadHttpResponse(r: TlReader): HttpResponse {
  const http_version = r.string();
  const status_code = r.int();
  const reason = r.string();
  const headers = r.vector(8, (r) => loadHttpHeader(r));
  const payload = r.bytes();
  return { _: 'http.response', http_version, status_code, reason, headers, payload };
}

// http.request method:string url:string http_version:string headers:vector http.header payload:bytes = http.Response
export interface HttpRequest {
  _: 'http.request';
  method: string;
  url: string;
  http_version: string;
  headers: HttpHeader[];
  payload: Buffer;
}
export function storeHttpRequest(w: TlWriter, o: HttpRequest): void {
  w.string(o.method);
  w.string(o.url);
  w.string(o.http_version);
  w.vector(o.headers, (w, x) => storeHttpHeader(w, x));
  w.bytes(o.payload);
}
export function loadHttpRequest(r: TlReader): HttpRequest {
  const method = r.string();
  const url = r.string();
  const http_version = r.string();
  const headers = r.vector(8, (r) => loadHttpHeader(r));
  const payload = r.bytes();
  return { _: 'http.request', method, url, http_version, headers, payload };
}

/** Every object type by constructor or function name. */
export interface TlConstructors {
  'true': True;
  'tcp.ping': TcpPing;
  'tcp.pong': TcpPong;
  'tcp.packet': TcpPacket;
  'tcp.queryAnswer': TcpQueryAnswer;
  'tcp.queryError': TcpQueryError;
  'tcp.query': TcpQuery;
  'tcp.connected': TcpConnected;
  'tcp.connect': TcpConnect;
  'ton.blockIdExt': TonBlockIdExt;
  'test.answer': TestAnswer;
  'test.query': TestQuery;
  'proxyRunner.config': ProxyRunnerConfig;
  'workerRunner.config': WorkerRunnerConfig;
  'clientRunner.config': ClientRunnerConfig;
  'keyStorageRunner.config': KeyStorageRunnerConfig;
  'rootConfig.registeredProxy': RootConfigRegisteredProxy;
  'rootConfig.registeredPublicKey': RootConfigRegisteredPublicKey;
  'rootConfig.pseudo': RootConfigPseudo;
  'rootConfig.configV7': RootConfigConfigV7;
  'proxyDb.clientInfo': ProxyDbClientInfo;
  'proxyDb.clientInfoV2': ProxyDbClientInfoV2;
  'proxyDb.workerInfo': ProxyDbWorkerInfo;
  'proxyDb.pendingBlockchainSeqnoCommit': ProxyDbPendingBlockchainSeqnoCommit;
  'proxyDb.configEmpty': ProxyDbConfigEmpty;
  'proxyDb.configV4': ProxyDbConfigV4;
  'proxyDb.configV4Disabled': ProxyDbConfigV4Disabled;
  'proxyDb.oldClient': ProxyDbOldClient;
  'proxyDb.oldWorker': ProxyDbOldWorker;
  'proxyDb.oldInstance': ProxyDbOldInstance;
  'keyManagerDb.configEmpty': KeyManagerDbConfigEmpty;
  'keyManagerDb.configV1': KeyManagerDbConfigV1;
  'keyManagerDb.key': KeyManagerDbKey;
  'tokensUsed': TokensUsed;
  'worker.params': WorkerParams;
  'proxy.params': ProxyParams;
  'client.params': ClientParams;
  'client.proxyConnectionAuthShort': ClientProxyConnectionAuthShort;
  'client.proxyConnectionAuthLong': ClientProxyConnectionAuthLong;
  'client.authorizationWithProxySuccess': ClientAuthorizationWithProxySuccess;
  'client.authorizationWithProxyFailed': ClientAuthorizationWithProxyFailed;
  'client.connectedToProxy': ClientConnectedToProxy;
  'client.queryAnswer': ClientQueryAnswer;
  'client.queryAnswerError': ClientQueryAnswerError;
  'client.queryAnswerPart': ClientQueryAnswerPart;
  'client.queryAnswerPartError': ClientQueryAnswerPartError;
  'client.queryFinalInfo': ClientQueryFinalInfo;
  'client.queryAnswerEx': ClientQueryAnswerEx;
  'client.queryAnswerErrorEx': ClientQueryAnswerErrorEx;
  'client.queryAnswerPartEx': ClientQueryAnswerPartEx;
  'client.refund': ClientRefund;
  'client.refundRejected': ClientRefundRejected;
  'client.workerType': ClientWorkerType;
  'client.workerTypes': ClientWorkerTypes;
  'client.workerInstanceV2': ClientWorkerInstanceV2;
  'client.workerTypeV2': ClientWorkerTypeV2;
  'client.workerTypesV2': ClientWorkerTypesV2;
  'client.paymentStatus': ClientPaymentStatus;
  'proxy.clientRequestPayment': ProxyClientRequestPayment;
  'client.connectToProxy': ClientConnectToProxy;
  'client.authorizeWithProxyShort': ClientAuthorizeWithProxyShort;
  'client.authorizeWithProxyLong': ClientAuthorizeWithProxyLong;
  'client.runQuery': ClientRunQuery;
  'client.runQueryEx': ClientRunQueryEx;
  'client.requestRefund': ClientRequestRefund;
  'client.updatePaymentStatus': ClientUpdatePaymentStatus;
  'client.getWorkerTypes': ClientGetWorkerTypes;
  'client.getWorkerTypesV2': ClientGetWorkerTypesV2;
  'proxy.signedPayment': ProxySignedPayment;
  'proxy.signedPaymentEmpty': ProxySignedPaymentEmpty;
  'proxy.queryAnswer': ProxyQueryAnswer;
  'proxy.queryAnswerError': ProxyQueryAnswerError;
  'proxy.queryAnswerPart': ProxyQueryAnswerPart;
  'proxy.queryAnswerPartError': ProxyQueryAnswerPartError;
  'proxy.queryFinalInfo': ProxyQueryFinalInfo;
  'proxy.queryAnswerEx': ProxyQueryAnswerEx;
  'proxy.queryAnswerErrorEx': ProxyQueryAnswerErrorEx;
  'proxy.queryAnswerPartEx': ProxyQueryAnswerPartEx;
  'proxy.workerRequestPayment': ProxyWorkerRequestPayment;
  'proxy.runQuery': ProxyRunQuery;
  'proxy.runQueryEx': ProxyRunQueryEx;
  'worker.enabledDisabled': WorkerEnabledDisabled;
  'worker.newCoefficient': WorkerNewCoefficient;
  'worker.connectedToProxy': WorkerConnectedToProxy;
  'worker.compareBalanceWithProxyResult': WorkerCompareBalanceWithProxyResult;
  'worker.extendedCompareBalanceWithProxyResult': WorkerExtendedCompareBalanceWithProxyResult;
  'worker.proxyHandshakeCompleted': WorkerProxyHandshakeCompleted;
  'worker.paymentStatus': WorkerPaymentStatus;
  'worker.changedModel': WorkerChangedModel;
  'worker.connectToProxy': WorkerConnectToProxy;
  'worker.compareBalanceWithProxy': WorkerCompareBalanceWithProxy;
  'worker.extendedCompareBalanceWithProxy': WorkerExtendedCompareBalanceWithProxy;
  'worker.proxyHandshakeComplete': WorkerProxyHandshakeComplete;
  'worker.updatePaymentStatus': WorkerUpdatePaymentStatus;
  'worker.changeModel': WorkerChangeModel;
  'keyManager.privateKey': KeyManagerPrivateKey;
  'keyManager.privateKeys': KeyManagerPrivateKeys;
  'keyManager.getWorkerPrivateKeys': KeyManagerGetWorkerPrivateKeys;
  'keyManager.getProxyPrivateKeys': KeyManagerGetProxyPrivateKeys;
  'http.header': HttpHeader;
  'http.response': HttpResponse;
  'http.request': HttpRequest;
}

/** Every boxed type and the constructors that belong to it. */
export interface TlTypes {
  'True': True;
  'tcp.Packet': TcpPing | TcpPong | TcpPacket | TcpQueryAnswer | TcpQueryError | TcpQuery | TcpConnected | TcpConnect;
  'ton.BlockIdExt': TonBlockIdExt;
  'test.Answer': TestAnswer | TestQuery;
  'proxyRunner.Config': ProxyRunnerConfig;
  'workerRunner.Config': WorkerRunnerConfig;
  'clientRunner.Config': ClientRunnerConfig;
  'keyStorageRunner.Config': KeyStorageRunnerConfig;
  'rootConfig.RegisteredProxy': RootConfigRegisteredProxy;
  'rootConfig.RegisteredPublicKey': RootConfigRegisteredPublicKey;
  'rootConfig.Config': RootConfigPseudo | RootConfigConfigV7;
  'proxyDb.ClientInfo': ProxyDbClientInfo | ProxyDbClientInfoV2;
  'proxyDb.WorkerInfo': ProxyDbWorkerInfo;
  'proxyDb.PendingBlockchainSeqnoCommit': ProxyDbPendingBlockchainSeqnoCommit;
  'proxyDb.Config': ProxyDbConfigEmpty | ProxyDbConfigV4 | ProxyDbConfigV4Disabled;
  'proxyDb.OldClient': ProxyDbOldClient;
  'proxyDb.OldWorker': ProxyDbOldWorker;
  'proxyDb.OldInstance': ProxyDbOldInstance;
  'keyManagerDb.Config': KeyManagerDbConfigEmpty | KeyManagerDbConfigV1;
  'keyManagerDb.Key': KeyManagerDbKey;
  'TokensUsed': TokensUsed;
  'worker.Params': WorkerParams;
  'proxy.Params': ProxyParams;
  'client.Params': ClientParams;
  'client.ProxyConnectionAuth': ClientProxyConnectionAuthShort | ClientProxyConnectionAuthLong;
  'client.AuthorizationWithProxy': ClientAuthorizationWithProxySuccess | ClientAuthorizationWithProxyFailed | ClientAuthorizeWithProxyShort | ClientAuthorizeWithProxyLong;
  'client.ConnectedToProxy': ClientConnectedToProxy | ClientConnectToProxy;
  'client.QueryAnswer': ClientQueryAnswer | ClientQueryAnswerError | ClientRunQuery;
  'client.QueryAnswerPart': ClientQueryAnswerPart | ClientQueryAnswerPartError;
  'client.QueryFinalInfo': ClientQueryFinalInfo;
  'client.QueryAnswerEx': ClientQueryAnswerEx | ClientQueryAnswerErrorEx | ClientQueryAnswerPartEx | ClientRunQueryEx;
  'client.Refund': ClientRefund | ClientRefundRejected | ClientRequestRefund;
  'client.WorkerType': ClientWorkerType;
  'client.WorkerTypes': ClientWorkerTypes | ClientGetWorkerTypes;
  'client.WorkerInstanceV2': ClientWorkerInstanceV2;
  'client.WorkerTypeV2': ClientWorkerTypeV2;
  'client.WorkerTypesV2': ClientWorkerTypesV2 | ClientGetWorkerTypesV2;
  'client.PaymentStatus': ClientPaymentStatus | ClientUpdatePaymentStatus;
  'proxy.WorkerRequestPayment': ProxyClientRequestPayment | ProxyWorkerRequestPayment;
  'proxy.SignedPayment': ProxySignedPayment | ProxySignedPaymentEmpty;
  'proxy.QueryAnswer': ProxyQueryAnswer | ProxyQueryAnswerError | ProxyRunQuery | ProxyRunQueryEx;
  'proxy.QueryAnswerPart': ProxyQueryAnswerPart | ProxyQueryAnswerPartError;
  'proxy.QueryFinalInfo': ProxyQueryFinalInfo;
  'proxy.QueryAnswerEx': ProxyQueryAnswerEx | ProxyQueryAnswerErrorEx | ProxyQueryAnswerPartEx;
  'worker.EnabledDisabled': WorkerEnabledDisabled;
  'worker.NewCoefficient': WorkerNewCoefficient;
  'worker.ConnectedToProxy': WorkerConnectedToProxy | WorkerConnectToProxy;
  'worker.CompareBalanceWithProxyResult': WorkerCompareBalanceWithProxyResult | WorkerCompareBalanceWithProxy;
  'worker.ExtendedCompareBalanceWithProxyResult': WorkerExtendedCompareBalanceWithProxyResult | WorkerExtendedCompareBalanceWithProxy;
  'worker.HandshakeCompleted': WorkerProxyHandshakeCompleted | WorkerProxyHandshakeComplete;
  'worker.PaymentStatus': WorkerPaymentStatus | WorkerUpdatePaymentStatus;
  'worker.ChangedModel': WorkerChangedModel | WorkerChangeModel;
  'keyManager.PrivateKey': KeyManagerPrivateKey;
  'keyManager.PrivateKeys': KeyManagerPrivateKeys | KeyManagerGetWorkerPrivateKeys | KeyManagerGetProxyPrivateKeys;
  'http.Header': HttpHeader;
  'http.Response': HttpResponse | HttpRequest;
}

/** The result type of each function. */
export interface TlFunctionResults {
  'test.query': 'test.Answer';
  'client.connectToProxy': 'client.ConnectedToProxy';
  'client.authorizeWithProxyShort': 'client.AuthorizationWithProxy';
  'client.authorizeWithProxyLong': 'client.AuthorizationWithProxy';
  'client.runQuery': 'client.QueryAnswer';
  'client.runQueryEx': 'client.QueryAnswerEx';
  'client.requestRefund': 'client.Refund';
  'client.updatePaymentStatus': 'client.PaymentStatus';
  'client.getWorkerTypes': 'client.WorkerTypes';
  'client.getWorkerTypesV2': 'client.WorkerTypesV2';
  'proxy.runQuery': 'proxy.QueryAnswer';
  'proxy.runQueryEx': 'proxy.QueryAnswer';
  'worker.connectToProxy': 'worker.ConnectedToProxy';
  'worker.compareBalanceWithProxy': 'worker.CompareBalanceWithProxyResult';
  'worker.extendedCompareBalanceWithProxy': 'worker.ExtendedCompareBalanceWithProxyResult';
  'worker.proxyHandshakeComplete': 'worker.HandshakeCompleted';
  'worker.updatePaymentStatus': 'worker.PaymentStatus';
  'worker.changeModel': 'worker.ChangedModel';
  'keyManager.getWorkerPrivateKeys': 'keyManager.PrivateKeys';
  'keyManager.getProxyPrivateKeys': 'keyManager.PrivateKeys';
  'http.request': 'http.Response';
}

export type TlName = keyof TlConstructors;
export type TlObject = TlConstructors[TlName];
export type TlTypeName = keyof TlTypes;
export type TlFunctionName = keyof TlFunctionResults;
export type TlFunction = TlConstructors[TlFunctionName];

export function loadBoxedTrue(r: TlReader): TlTypes['True'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x3fedd339:
      return loadTrue(r);
    default:
      return badId(r, id, at, 'True');
  }
}
export function storeBoxedTrue(w: TlWriter, o: TlTypes['True']): void {
  switch (o._) {
    case 'true':
      w.nat(0x3fedd339);
      storeTrue(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a True`);
  }
}

export function loadBoxedTcpPacket(r: TlReader): TlTypes['tcp.Packet'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xbbe9627c:
      return loadTcpPing(r);
    case 0x0bd4302c:
      return loadTcpPong(r);
    case 0x9c17baf8:
      return loadTcpPacket(r);
    case 0xc048c311:
      return loadTcpQueryAnswer(r);
    case 0x4cd2f602:
      return loadTcpQueryError(r);
    case 0x3af51908:
      return loadTcpQuery(r);
    case 0x636d41d6:
      return loadTcpConnected(r);
    case 0xa57c4261:
      return loadTcpConnect(r);
    default:
      return badId(r, id, at, 'tcp.Packet');
  }
}
export function storeBoxedTcpPacket(w: TlWriter, o: TlTypes['tcp.Packet']): void {
  switch (o._) {
    case 'tcp.ping':
      w.nat(0xbbe9627c);
      storeTcpPing(w, o);
      return;
    case 'tcp.pong':
      w.nat(0x0bd4302c);
      storeTcpPong(w, o);
      return;
    case 'tcp.packet':
      w.nat(0x9c17baf8);
      storeTcpPacket(w, o);
      return;
    case 'tcp.queryAnswer':
      w.nat(0xc048c311);
      storeTcpQueryAnswer(w, o);
      return;
    case 'tcp.queryError':
      w.nat(0x4cd2f602);
      storeTcpQueryError(w, o);
      return;
    case 'tcp.query':
      w.nat(0x3af51908);
      storeTcpQuery(w, o);
      return;
    case 'tcp.connected':
      w.nat(0x636d41d6);
      storeTcpConnected(w, o);
      return;
    case 'tcp.connect':
      w.nat(0xa57c4261);
      storeTcpConnect(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a tcp.Packet`);
  }
}

export function loadBoxedTonBlockIdExt(r: TlReader): TlTypes['ton.BlockIdExt'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xbc3f6da5:
      return loadTonBlockIdExt(r);
    default:
      return badId(r, id, at, 'ton.BlockIdExt');
  }
}
export function storeBoxedTonBlockIdExt(w: TlWriter, o: TlTypes['ton.BlockIdExt']): void {
  switch (o._) {
    case 'ton.blockIdExt':
      w.nat(0xbc3f6da5);
      storeTonBlockIdExt(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a ton.BlockIdExt`);
  }
}

export function loadBoxedTestAnswer(r: TlReader): TlTypes['test.Answer'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x0d4fcdb6:
      return loadTestAnswer(r);
    case 0x394e9143:
      return loadTestQuery(r);
    default:
      return badId(r, id, at, 'test.Answer');
  }
}
export function storeBoxedTestAnswer(w: TlWriter, o: TlTypes['test.Answer']): void {
  switch (o._) {
    case 'test.answer':
      w.nat(0x0d4fcdb6);
      storeTestAnswer(w, o);
      return;
    case 'test.query':
      w.nat(0x394e9143);
      storeTestQuery(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a test.Answer`);
  }
}

export function loadBoxedProxyRunnerConfig(r: TlReader): TlTypes['proxyRunner.Config'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x9a8f2045:
      return loadProxyRunnerConfig(r);
    default:
      return badId(r, id, at, 'proxyRunner.Config');
  }
}
export function storeBoxedProxyRunnerConfig(w: TlWriter, o: TlTypes['proxyRunner.Config']): void {
  switch (o._) {
    case 'proxyRunner.config':
      w.nat(0x9a8f2045);
      storeProxyRunnerConfig(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a proxyRunner.Config`);
  }
}

export function loadBoxedWorkerRunnerConfig(r: TlReader): TlTypes['workerRunner.Config'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x41af605f:
      return loadWorkerRunnerConfig(r);
    default:
      return badId(r, id, at, 'workerRunner.Config');
  }
}
export function storeBoxedWorkerRunnerConfig(w: TlWriter, o: TlTypes['workerRunner.Config']): void {
  switch (o._) {
    case 'workerRunner.config':
      w.nat(0x41af605f);
      storeWorkerRunnerConfig(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a workerRunner.Config`);
  }
}

export function loadBoxedClientRunnerConfig(r: TlReader): TlTypes['clientRunner.Config'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xaf0bd51f:
      return loadClientRunnerConfig(r);
    default:
      return badId(r, id, at, 'clientRunner.Config');
  }
}
export function storeBoxedClientRunnerConfig(w: TlWriter, o: TlTypes['clientRunner.Config']): void {
  switch (o._) {
    case 'clientRunner.config':
      w.nat(0xaf0bd51f);
      storeClientRunnerConfig(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a clientRunner.Config`);
  }
}

export function loadBoxedKeyStorageRunnerConfig(r: TlReader): TlTypes['keyStorageRunner.Config'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xec650826:
      return loadKeyStorageRunnerConfig(r);
    default:
      return badId(r, id, at, 'keyStorageRunner.Config');
  }
}
export function storeBoxedKeyStorageRunnerConfig(w: TlWriter, o: TlTypes['keyStorageRunner.Config']): void {
  switch (o._) {
    case 'keyStorageRunner.config':
      w.nat(0xec650826);
      storeKeyStorageRunnerConfig(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a keyStorageRunner.Config`);
  }
}

export function loadBoxedRootConfigRegisteredProxy(r: TlReader): TlTypes['rootConfig.RegisteredProxy'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x9f4e446a:
      return loadRootConfigRegisteredProxy(r);
    default:
      return badId(r, id, at, 'rootConfig.RegisteredProxy');
  }
}
export function storeBoxedRootConfigRegisteredProxy(w: TlWriter, o: TlTypes['rootConfig.RegisteredProxy']): void {
  switch (o._) {
    case 'rootConfig.registeredProxy':
      w.nat(0x9f4e446a);
      storeRootConfigRegisteredProxy(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a rootConfig.RegisteredProxy`);
  }
}

export function loadBoxedRootConfigRegisteredPublicKey(r: TlReader): TlTypes['rootConfig.RegisteredPublicKey'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x37312ecd:
      return loadRootConfigRegisteredPublicKey(r);
    default:
      return badId(r, id, at, 'rootConfig.RegisteredPublicKey');
  }
}
export function storeBoxedRootConfigRegisteredPublicKey(w: TlWriter, o: TlTypes['rootConfig.RegisteredPublicKey']): void {
  switch (o._) {
    case 'rootConfig.registeredPublicKey':
      w.nat(0x37312ecd);
      storeRootConfigRegisteredPublicKey(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a rootConfig.RegisteredPublicKey`);
  }
}

export function loadBoxedRootConfigConfig(r: TlReader): TlTypes['rootConfig.Config'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xd0035db6:
      return loadRootConfigPseudo(r);
    case 0xc51207cb:
      return loadRootConfigConfigV7(r);
    default:
      return badId(r, id, at, 'rootConfig.Config');
  }
}
export function storeBoxedRootConfigConfig(w: TlWriter, o: TlTypes['rootConfig.Config']): void {
  switch (o._) {
    case 'rootConfig.pseudo':
      w.nat(0xd0035db6);
      storeRootConfigPseudo(w, o);
      return;
    case 'rootConfig.configV7':
      w.nat(0xc51207cb);
      storeRootConfigConfigV7(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a rootConfig.Config`);
  }
}

export function loadBoxedProxyDbClientInfo(r: TlReader): TlTypes['proxyDb.ClientInfo'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x6cfeaa21:
      return loadProxyDbClientInfo(r);
    case 0x3078c9bf:
      return loadProxyDbClientInfoV2(r);
    default:
      return badId(r, id, at, 'proxyDb.ClientInfo');
  }
}
export function storeBoxedProxyDbClientInfo(w: TlWriter, o: TlTypes['proxyDb.ClientInfo']): void {
  switch (o._) {
    case 'proxyDb.clientInfo':
      w.nat(0x6cfeaa21);
      storeProxyDbClientInfo(w, o);
      return;
    case 'proxyDb.clientInfoV2':
      w.nat(0x3078c9bf);
      storeProxyDbClientInfoV2(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a proxyDb.ClientInfo`);
  }
}

export function loadBoxedProxyDbWorkerInfo(r: TlReader): TlTypes['proxyDb.WorkerInfo'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x2517b38f:
      return loadProxyDbWorkerInfo(r);
    default:
      return badId(r, id, at, 'proxyDb.WorkerInfo');
  }
}
export function storeBoxedProxyDbWorkerInfo(w: TlWriter, o: TlTypes['proxyDb.WorkerInfo']): void {
  switch (o._) {
    case 'proxyDb.workerInfo':
      w.nat(0x2517b38f);
      storeProxyDbWorkerInfo(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a proxyDb.WorkerInfo`);
  }
}

export function loadBoxedProxyDbPendingBlockchainSeqnoCommit(r: TlReader): TlTypes['proxyDb.PendingBlockchainSeqnoCommit'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x525b14a9:
      return loadProxyDbPendingBlockchainSeqnoCommit(r);
    default:
      return badId(r, id, at, 'proxyDb.PendingBlockchainSeqnoCommit');
  }
}
export function storeBoxedProxyDbPendingBlockchainSeqnoCommit(w: TlWriter, o: TlTypes['proxyDb.PendingBlockchainSeqnoCommit']): void {
  switch (o._) {
    case 'proxyDb.pendingBlockchainSeqnoCommit':
      w.nat(0x525b14a9);
      storeProxyDbPendingBlockchainSeqnoCommit(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a proxyDb.PendingBlockchainSeqnoCommit`);
  }
}

export function loadBoxedProxyDbConfig(r: TlReader): TlTypes['proxyDb.Config'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x43dc40b4:
      return loadProxyDbConfigEmpty(r);
    case 0xbde43703:
      return loadProxyDbConfigV4(r);
    case 0xad2cfb4a:
      return loadProxyDbConfigV4Disabled(r);
    default:
      return badId(r, id, at, 'proxyDb.Config');
  }
}
export function storeBoxedProxyDbConfig(w: TlWriter, o: TlTypes['proxyDb.Config']): void {
  switch (o._) {
    case 'proxyDb.configEmpty':
      w.nat(0x43dc40b4);
      storeProxyDbConfigEmpty(w, o);
      return;
    case 'proxyDb.configV4':
      w.nat(0xbde43703);
      storeProxyDbConfigV4(w, o);
      return;
    case 'proxyDb.configV4Disabled':
      w.nat(0xad2cfb4a);
      storeProxyDbConfigV4Disabled(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a proxyDb.Config`);
  }
}

export function loadBoxedProxyDbOldClient(r: TlReader): TlTypes['proxyDb.OldClient'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x2fae7b42:
      return loadProxyDbOldClient(r);
    default:
      return badId(r, id, at, 'proxyDb.OldClient');
  }
}
export function storeBoxedProxyDbOldClient(w: TlWriter, o: TlTypes['proxyDb.OldClient']): void {
  switch (o._) {
    case 'proxyDb.oldClient':
      w.nat(0x2fae7b42);
      storeProxyDbOldClient(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a proxyDb.OldClient`);
  }
}

export function loadBoxedProxyDbOldWorker(r: TlReader): TlTypes['proxyDb.OldWorker'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xf04156a0:
      return loadProxyDbOldWorker(r);
    default:
      return badId(r, id, at, 'proxyDb.OldWorker');
  }
}
export function storeBoxedProxyDbOldWorker(w: TlWriter, o: TlTypes['proxyDb.OldWorker']): void {
  switch (o._) {
    case 'proxyDb.oldWorker':
      w.nat(0xf04156a0);
      storeProxyDbOldWorker(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a proxyDb.OldWorker`);
  }
}

export function loadBoxedProxyDbOldInstance(r: TlReader): TlTypes['proxyDb.OldInstance'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xa8c9e178:
      return loadProxyDbOldInstance(r);
    default:
      return badId(r, id, at, 'proxyDb.OldInstance');
  }
}
export function storeBoxedProxyDbOldInstance(w: TlWriter, o: TlTypes['proxyDb.OldInstance']): void {
  switch (o._) {
    case 'proxyDb.oldInstance':
      w.nat(0xa8c9e178);
      storeProxyDbOldInstance(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a proxyDb.OldInstance`);
  }
}

export function loadBoxedKeyManagerDbConfig(r: TlReader): TlTypes['keyManagerDb.Config'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xd3fc2385:
      return loadKeyManagerDbConfigEmpty(r);
    case 0x6d2817ac:
      return loadKeyManagerDbConfigV1(r);
    default:
      return badId(r, id, at, 'keyManagerDb.Config');
  }
}
export function storeBoxedKeyManagerDbConfig(w: TlWriter, o: TlTypes['keyManagerDb.Config']): void {
  switch (o._) {
    case 'keyManagerDb.configEmpty':
      w.nat(0xd3fc2385);
      storeKeyManagerDbConfigEmpty(w, o);
      return;
    case 'keyManagerDb.configV1':
      w.nat(0x6d2817ac);
      storeKeyManagerDbConfigV1(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a keyManagerDb.Config`);
  }
}

export function loadBoxedKeyManagerDbKey(r: TlReader): TlTypes['keyManagerDb.Key'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x35c91007:
      return loadKeyManagerDbKey(r);
    default:
      return badId(r, id, at, 'keyManagerDb.Key');
  }
}
export function storeBoxedKeyManagerDbKey(w: TlWriter, o: TlTypes['keyManagerDb.Key']): void {
  switch (o._) {
    case 'keyManagerDb.key':
      w.nat(0x35c91007);
      storeKeyManagerDbKey(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a keyManagerDb.Key`);
  }
}

export function loadBoxedTokensUsed(r: TlReader): TlTypes['TokensUsed'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x70c5b15c:
      return loadTokensUsed(r);
    default:
      return badId(r, id, at, 'TokensUsed');
  }
}
export function storeBoxedTokensUsed(w: TlWriter, o: TlTypes['TokensUsed']): void {
  switch (o._) {
    case 'tokensUsed':
      w.nat(0x70c5b15c);
      storeTokensUsed(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a TokensUsed`);
  }
}

export function loadBoxedWorkerParams(r: TlReader): TlTypes['worker.Params'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x869c73ed:
      return loadWorkerParams(r);
    default:
      return badId(r, id, at, 'worker.Params');
  }
}
export function storeBoxedWorkerParams(w: TlWriter, o: TlTypes['worker.Params']): void {
  switch (o._) {
    case 'worker.params':
      w.nat(0x869c73ed);
      storeWorkerParams(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a worker.Params`);
  }
}

export function loadBoxedProxyParams(r: TlReader): TlTypes['proxy.Params'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xd5c5609f:
      return loadProxyParams(r);
    default:
      return badId(r, id, at, 'proxy.Params');
  }
}
export function storeBoxedProxyParams(w: TlWriter, o: TlTypes['proxy.Params']): void {
  switch (o._) {
    case 'proxy.params':
      w.nat(0xd5c5609f);
      storeProxyParams(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a proxy.Params`);
  }
}

export function loadBoxedClientParams(r: TlReader): TlTypes['client.Params'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x40fdca64:
      return loadClientParams(r);
    default:
      return badId(r, id, at, 'client.Params');
  }
}
export function storeBoxedClientParams(w: TlWriter, o: TlTypes['client.Params']): void {
  switch (o._) {
    case 'client.params':
      w.nat(0x40fdca64);
      storeClientParams(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a client.Params`);
  }
}

export function loadBoxedClientProxyConnectionAuth(r: TlReader): TlTypes['client.ProxyConnectionAuth'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xd6ffc5af:
      return loadClientProxyConnectionAuthShort(r);
    case 0x417bf016:
      return loadClientProxyConnectionAuthLong(r);
    default:
      return badId(r, id, at, 'client.ProxyConnectionAuth');
  }
}
export function storeBoxedClientProxyConnectionAuth(w: TlWriter, o: TlTypes['client.ProxyConnectionAuth']): void {
  switch (o._) {
    case 'client.proxyConnectionAuthShort':
      w.nat(0xd6ffc5af);
      storeClientProxyConnectionAuthShort(w, o);
      return;
    case 'client.proxyConnectionAuthLong':
      w.nat(0x417bf016);
      storeClientProxyConnectionAuthLong(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a client.ProxyConnectionAuth`);
  }
}

export function loadBoxedClientAuthorizationWithProxy(r: TlReader): TlTypes['client.AuthorizationWithProxy'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x75d5ac34:
      return loadClientAuthorizationWithProxySuccess(r);
    case 0x60551c96:
      return loadClientAuthorizationWithProxyFailed(r);
    case 0x6c276723:
      return loadClientAuthorizeWithProxyShort(r);
    case 0xd3474303:
      return loadClientAuthorizeWithProxyLong(r);
    default:
      return badId(r, id, at, 'client.AuthorizationWithProxy');
  }
}
export function storeBoxedClientAuthorizationWithProxy(w: TlWriter, o: TlTypes['client.AuthorizationWithProxy']): void {
  switch (o._) {
    case 'client.authorizationWithProxySuccess':
      w.nat(0x75d5ac34);
      storeClientAuthorizationWithProxySuccess(w, o);
      return;
    case 'client.authorizationWithProxyFailed':
      w.nat(0x60551c96);
      storeClientAuthorizationWithProxyFailed(w, o);
      return;
    case 'client.authorizeWithProxyShort':
      w.nat(0x6c276723);
      storeClientAuthorizeWithProxyShort(w, o);
      return;
    case 'client.authorizeWithProxyLong':
      w.nat(0xd3474303);
      storeClientAuthorizeWithProxyLong(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a client.AuthorizationWithProxy`);
  }
}

export function loadBoxedClientConnectedToProxy(r: TlReader): TlTypes['client.ConnectedToProxy'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x95317ad1:
      return loadClientConnectedToProxy(r);
    case 0xff5fa0f4:
      return loadClientConnectToProxy(r);
    default:
      return badId(r, id, at, 'client.ConnectedToProxy');
  }
}
export function storeBoxedClientConnectedToProxy(w: TlWriter, o: TlTypes['client.ConnectedToProxy']): void {
  switch (o._) {
    case 'client.connectedToProxy':
      w.nat(0x95317ad1);
      storeClientConnectedToProxy(w, o);
      return;
    case 'client.connectToProxy':
      w.nat(0xff5fa0f4);
      storeClientConnectToProxy(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a client.ConnectedToProxy`);
  }
}

export function loadBoxedClientQueryAnswer(r: TlReader): TlTypes['client.QueryAnswer'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x9b943922:
      return loadClientQueryAnswer(r);
    case 0x6d60569a:
      return loadClientQueryAnswerError(r);
    case 0xbc748f32:
      return loadClientRunQuery(r);
    default:
      return badId(r, id, at, 'client.QueryAnswer');
  }
}
export function storeBoxedClientQueryAnswer(w: TlWriter, o: TlTypes['client.QueryAnswer']): void {
  switch (o._) {
    case 'client.queryAnswer':
      w.nat(0x9b943922);
      storeClientQueryAnswer(w, o);
      return;
    case 'client.queryAnswerError':
      w.nat(0x6d60569a);
      storeClientQueryAnswerError(w, o);
      return;
    case 'client.runQuery':
      w.nat(0xbc748f32);
      storeClientRunQuery(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a client.QueryAnswer`);
  }
}

export function loadBoxedClientQueryAnswerPart(r: TlReader): TlTypes['client.QueryAnswerPart'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xb765de4c:
      return loadClientQueryAnswerPart(r);
    case 0xd790a022:
      return loadClientQueryAnswerPartError(r);
    default:
      return badId(r, id, at, 'client.QueryAnswerPart');
  }
}
export function storeBoxedClientQueryAnswerPart(w: TlWriter, o: TlTypes['client.QueryAnswerPart']): void {
  switch (o._) {
    case 'client.queryAnswerPart':
      w.nat(0xb765de4c);
      storeClientQueryAnswerPart(w, o);
      return;
    case 'client.queryAnswerPartError':
      w.nat(0xd790a022);
      storeClientQueryAnswerPartError(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a client.QueryAnswerPart`);
  }
}

export function loadBoxedClientQueryFinalInfo(r: TlReader): TlTypes['client.QueryFinalInfo'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x69a452f0:
      return loadClientQueryFinalInfo(r);
    default:
      return badId(r, id, at, 'client.QueryFinalInfo');
  }
}
export function storeBoxedClientQueryFinalInfo(w: TlWriter, o: TlTypes['client.QueryFinalInfo']): void {
  switch (o._) {
    case 'client.queryFinalInfo':
      w.nat(0x69a452f0);
      storeClientQueryFinalInfo(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a client.QueryFinalInfo`);
  }
}

export function loadBoxedClientQueryAnswerEx(r: TlReader): TlTypes['client.QueryAnswerEx'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xcd524720:
      return loadClientQueryAnswerEx(r);
    case 0x072562a8:
      return loadClientQueryAnswerErrorEx(r);
    case 0xc07bfaec:
      return loadClientQueryAnswerPartEx(r);
    case 0xf54cb74b:
      return loadClientRunQueryEx(r);
    default:
      return badId(r, id, at, 'client.QueryAnswerEx');
  }
}
export function storeBoxedClientQueryAnswerEx(w: TlWriter, o: TlTypes['client.QueryAnswerEx']): void {
  switch (o._) {
    case 'client.queryAnswerEx':
      w.nat(0xcd524720);
      storeClientQueryAnswerEx(w, o);
      return;
    case 'client.queryAnswerErrorEx':
      w.nat(0x072562a8);
      storeClientQueryAnswerErrorEx(w, o);
      return;
    case 'client.queryAnswerPartEx':
      w.nat(0xc07bfaec);
      storeClientQueryAnswerPartEx(w, o);
      return;
    case 'client.runQueryEx':
      w.nat(0xf54cb74b);
      storeClientRunQueryEx(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a client.QueryAnswerEx`);
  }
}

export function loadBoxedClientRefund(r: TlReader): TlTypes['client.Refund'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x83aabead:
      return loadClientRefund(r);
    case 0xcf9d9957:
      return loadClientRefundRejected(r);
    case 0x238d863d:
      return loadClientRequestRefund(r);
    default:
      return badId(r, id, at, 'client.Refund');
  }
}
export function storeBoxedClientRefund(w: TlWriter, o: TlTypes['client.Refund']): void {
  switch (o._) {
    case 'client.refund':
      w.nat(0x83aabead);
      storeClientRefund(w, o);
      return;
    case 'client.refundRejected':
      w.nat(0xcf9d9957);
      storeClientRefundRejected(w, o);
      return;
    case 'client.requestRefund':
      w.nat(0x238d863d);
      storeClientRequestRefund(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a client.Refund`);
  }
}

export function loadBoxedClientWorkerType(r: TlReader): TlTypes['client.WorkerType'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x8210e21c:
      return loadClientWorkerType(r);
    default:
      return badId(r, id, at, 'client.WorkerType');
  }
}
export function storeBoxedClientWorkerType(w: TlWriter, o: TlTypes['client.WorkerType']): void {
  switch (o._) {
    case 'client.workerType':
      w.nat(0x8210e21c);
      storeClientWorkerType(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a client.WorkerType`);
  }
}

export function loadBoxedClientWorkerTypes(r: TlReader): TlTypes['client.WorkerTypes'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xf64e0e01:
      return loadClientWorkerTypes(r);
    case 0x7f062bdb:
      return loadClientGetWorkerTypes(r);
    default:
      return badId(r, id, at, 'client.WorkerTypes');
  }
}
export function storeBoxedClientWorkerTypes(w: TlWriter, o: TlTypes['client.WorkerTypes']): void {
  switch (o._) {
    case 'client.workerTypes':
      w.nat(0xf64e0e01);
      storeClientWorkerTypes(w, o);
      return;
    case 'client.getWorkerTypes':
      w.nat(0x7f062bdb);
      storeClientGetWorkerTypes(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a client.WorkerTypes`);
  }
}

export function loadBoxedClientWorkerInstanceV2(r: TlReader): TlTypes['client.WorkerInstanceV2'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x3ea93d00:
      return loadClientWorkerInstanceV2(r);
    default:
      return badId(r, id, at, 'client.WorkerInstanceV2');
  }
}
export function storeBoxedClientWorkerInstanceV2(w: TlWriter, o: TlTypes['client.WorkerInstanceV2']): void {
  switch (o._) {
    case 'client.workerInstanceV2':
      w.nat(0x3ea93d00);
      storeClientWorkerInstanceV2(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a client.WorkerInstanceV2`);
  }
}

export function loadBoxedClientWorkerTypeV2(r: TlReader): TlTypes['client.WorkerTypeV2'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xb27d8197:
      return loadClientWorkerTypeV2(r);
    default:
      return badId(r, id, at, 'client.WorkerTypeV2');
  }
}
export function storeBoxedClientWorkerTypeV2(w: TlWriter, o: TlTypes['client.WorkerTypeV2']): void {
  switch (o._) {
    case 'client.workerTypeV2':
      w.nat(0xb27d8197);
      storeClientWorkerTypeV2(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a client.WorkerTypeV2`);
  }
}

export function loadBoxedClientWorkerTypesV2(r: TlReader): TlTypes['client.WorkerTypesV2'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x0cf0dc67:
      return loadClientWorkerTypesV2(r);
    case 0xb2133d72:
      return loadClientGetWorkerTypesV2(r);
    default:
      return badId(r, id, at, 'client.WorkerTypesV2');
  }
}
export function storeBoxedClientWorkerTypesV2(w: TlWriter, o: TlTypes['client.WorkerTypesV2']): void {
  switch (o._) {
    case 'client.workerTypesV2':
      w.nat(0x0cf0dc67);
      storeClientWorkerTypesV2(w, o);
      return;
    case 'client.getWorkerTypesV2':
      w.nat(0xb2133d72);
      storeClientGetWorkerTypesV2(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a client.WorkerTypesV2`);
  }
}

export function loadBoxedClientPaymentStatus(r: TlReader): TlTypes['client.PaymentStatus'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xaa8a0ecc:
      return loadClientPaymentStatus(r);
    case 0x9ed1c697:
      return loadClientUpdatePaymentStatus(r);
    default:
      return badId(r, id, at, 'client.PaymentStatus');
  }
}
export function storeBoxedClientPaymentStatus(w: TlWriter, o: TlTypes['client.PaymentStatus']): void {
  switch (o._) {
    case 'client.paymentStatus':
      w.nat(0xaa8a0ecc);
      storeClientPaymentStatus(w, o);
      return;
    case 'client.updatePaymentStatus':
      w.nat(0x9ed1c697);
      storeClientUpdatePaymentStatus(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a client.PaymentStatus`);
  }
}

export function loadBoxedProxyWorkerRequestPayment(r: TlReader): TlTypes['proxy.WorkerRequestPayment'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xc6bcf127:
      return loadProxyClientRequestPayment(r);
    case 0x1436c0d5:
      return loadProxyWorkerRequestPayment(r);
    default:
      return badId(r, id, at, 'proxy.WorkerRequestPayment');
  }
}
export function storeBoxedProxyWorkerRequestPayment(w: TlWriter, o: TlTypes['proxy.WorkerRequestPayment']): void {
  switch (o._) {
    case 'proxy.clientRequestPayment':
      w.nat(0xc6bcf127);
      storeProxyClientRequestPayment(w, o);
      return;
    case 'proxy.workerRequestPayment':
      w.nat(0x1436c0d5);
      storeProxyWorkerRequestPayment(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a proxy.WorkerRequestPayment`);
  }
}

export function loadBoxedProxySignedPayment(r: TlReader): TlTypes['proxy.SignedPayment'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x02998182:
      return loadProxySignedPayment(r);
    case 0xb347ce64:
      return loadProxySignedPaymentEmpty(r);
    default:
      return badId(r, id, at, 'proxy.SignedPayment');
  }
}
export function storeBoxedProxySignedPayment(w: TlWriter, o: TlTypes['proxy.SignedPayment']): void {
  switch (o._) {
    case 'proxy.signedPayment':
      w.nat(0x02998182);
      storeProxySignedPayment(w, o);
      return;
    case 'proxy.signedPaymentEmpty':
      w.nat(0xb347ce64);
      storeProxySignedPaymentEmpty(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a proxy.SignedPayment`);
  }
}

export function loadBoxedProxyQueryAnswer(r: TlReader): TlTypes['proxy.QueryAnswer'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x37e5f725:
      return loadProxyQueryAnswer(r);
    case 0x669d014e:
      return loadProxyQueryAnswerError(r);
    case 0x47182416:
      return loadProxyRunQuery(r);
    case 0xc805e7e2:
      return loadProxyRunQueryEx(r);
    default:
      return badId(r, id, at, 'proxy.QueryAnswer');
  }
}
export function storeBoxedProxyQueryAnswer(w: TlWriter, o: TlTypes['proxy.QueryAnswer']): void {
  switch (o._) {
    case 'proxy.queryAnswer':
      w.nat(0x37e5f725);
      storeProxyQueryAnswer(w, o);
      return;
    case 'proxy.queryAnswerError':
      w.nat(0x669d014e);
      storeProxyQueryAnswerError(w, o);
      return;
    case 'proxy.runQuery':
      w.nat(0x47182416);
      storeProxyRunQuery(w, o);
      return;
    case 'proxy.runQueryEx':
      w.nat(0xc805e7e2);
      storeProxyRunQueryEx(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a proxy.QueryAnswer`);
  }
}

export function loadBoxedProxyQueryAnswerPart(r: TlReader): TlTypes['proxy.QueryAnswerPart'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x72eb00ee:
      return loadProxyQueryAnswerPart(r);
    case 0x940e1168:
      return loadProxyQueryAnswerPartError(r);
    default:
      return badId(r, id, at, 'proxy.QueryAnswerPart');
  }
}
export function storeBoxedProxyQueryAnswerPart(w: TlWriter, o: TlTypes['proxy.QueryAnswerPart']): void {
  switch (o._) {
    case 'proxy.queryAnswerPart':
      w.nat(0x72eb00ee);
      storeProxyQueryAnswerPart(w, o);
      return;
    case 'proxy.queryAnswerPartError':
      w.nat(0x940e1168);
      storeProxyQueryAnswerPartError(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a proxy.QueryAnswerPart`);
  }
}

export function loadBoxedProxyQueryFinalInfo(r: TlReader): TlTypes['proxy.QueryFinalInfo'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xe794e6fc:
      return loadProxyQueryFinalInfo(r);
    default:
      return badId(r, id, at, 'proxy.QueryFinalInfo');
  }
}
export function storeBoxedProxyQueryFinalInfo(w: TlWriter, o: TlTypes['proxy.QueryFinalInfo']): void {
  switch (o._) {
    case 'proxy.queryFinalInfo':
      w.nat(0xe794e6fc);
      storeProxyQueryFinalInfo(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a proxy.QueryFinalInfo`);
  }
}

export function loadBoxedProxyQueryAnswerEx(r: TlReader): TlTypes['proxy.QueryAnswerEx'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x1ce574e8:
      return loadProxyQueryAnswerEx(r);
    case 0x8f7fb0a7:
      return loadProxyQueryAnswerErrorEx(r);
    case 0x6d85b50f:
      return loadProxyQueryAnswerPartEx(r);
    default:
      return badId(r, id, at, 'proxy.QueryAnswerEx');
  }
}
export function storeBoxedProxyQueryAnswerEx(w: TlWriter, o: TlTypes['proxy.QueryAnswerEx']): void {
  switch (o._) {
    case 'proxy.queryAnswerEx':
      w.nat(0x1ce574e8);
      storeProxyQueryAnswerEx(w, o);
      return;
    case 'proxy.queryAnswerErrorEx':
      w.nat(0x8f7fb0a7);
      storeProxyQueryAnswerErrorEx(w, o);
      return;
    case 'proxy.queryAnswerPartEx':
      w.nat(0x6d85b50f);
      storeProxyQueryAnswerPartEx(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a proxy.QueryAnswerEx`);
  }
}

export function loadBoxedWorkerEnabledDisabled(r: TlReader): TlTypes['worker.EnabledDisabled'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xb3b71039:
      return loadWorkerEnabledDisabled(r);
    default:
      return badId(r, id, at, 'worker.EnabledDisabled');
  }
}
export function storeBoxedWorkerEnabledDisabled(w: TlWriter, o: TlTypes['worker.EnabledDisabled']): void {
  switch (o._) {
    case 'worker.enabledDisabled':
      w.nat(0xb3b71039);
      storeWorkerEnabledDisabled(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a worker.EnabledDisabled`);
  }
}

export function loadBoxedWorkerNewCoefficient(r: TlReader): TlTypes['worker.NewCoefficient'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x6af092b0:
      return loadWorkerNewCoefficient(r);
    default:
      return badId(r, id, at, 'worker.NewCoefficient');
  }
}
export function storeBoxedWorkerNewCoefficient(w: TlWriter, o: TlTypes['worker.NewCoefficient']): void {
  switch (o._) {
    case 'worker.newCoefficient':
      w.nat(0x6af092b0);
      storeWorkerNewCoefficient(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a worker.NewCoefficient`);
  }
}

export function loadBoxedWorkerConnectedToProxy(r: TlReader): TlTypes['worker.ConnectedToProxy'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x66bc82ee:
      return loadWorkerConnectedToProxy(r);
    case 0xcc484c5d:
      return loadWorkerConnectToProxy(r);
    default:
      return badId(r, id, at, 'worker.ConnectedToProxy');
  }
}
export function storeBoxedWorkerConnectedToProxy(w: TlWriter, o: TlTypes['worker.ConnectedToProxy']): void {
  switch (o._) {
    case 'worker.connectedToProxy':
      w.nat(0x66bc82ee);
      storeWorkerConnectedToProxy(w, o);
      return;
    case 'worker.connectToProxy':
      w.nat(0xcc484c5d);
      storeWorkerConnectToProxy(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a worker.ConnectedToProxy`);
  }
}

export function loadBoxedWorkerCompareBalanceWithProxyResult(r: TlReader): TlTypes['worker.CompareBalanceWithProxyResult'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x9054c411:
      return loadWorkerCompareBalanceWithProxyResult(r);
    case 0xdb386501:
      return loadWorkerCompareBalanceWithProxy(r);
    default:
      return badId(r, id, at, 'worker.CompareBalanceWithProxyResult');
  }
}
export function storeBoxedWorkerCompareBalanceWithProxyResult(w: TlWriter, o: TlTypes['worker.CompareBalanceWithProxyResult']): void {
  switch (o._) {
    case 'worker.compareBalanceWithProxyResult':
      w.nat(0x9054c411);
      storeWorkerCompareBalanceWithProxyResult(w, o);
      return;
    case 'worker.compareBalanceWithProxy':
      w.nat(0xdb386501);
      storeWorkerCompareBalanceWithProxy(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a worker.CompareBalanceWithProxyResult`);
  }
}

export function loadBoxedWorkerExtendedCompareBalanceWithProxyResult(r: TlReader): TlTypes['worker.ExtendedCompareBalanceWithProxyResult'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x0c10973e:
      return loadWorkerExtendedCompareBalanceWithProxyResult(r);
    case 0xf8dd9914:
      return loadWorkerExtendedCompareBalanceWithProxy(r);
    default:
      return badId(r, id, at, 'worker.ExtendedCompareBalanceWithProxyResult');
  }
}
export function storeBoxedWorkerExtendedCompareBalanceWithProxyResult(w: TlWriter, o: TlTypes['worker.ExtendedCompareBalanceWithProxyResult']): void {
  switch (o._) {
    case 'worker.extendedCompareBalanceWithProxyResult':
      w.nat(0x0c10973e);
      storeWorkerExtendedCompareBalanceWithProxyResult(w, o);
      return;
    case 'worker.extendedCompareBalanceWithProxy':
      w.nat(0xf8dd9914);
      storeWorkerExtendedCompareBalanceWithProxy(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a worker.ExtendedCompareBalanceWithProxyResult`);
  }
}

export function loadBoxedWorkerHandshakeCompleted(r: TlReader): TlTypes['worker.HandshakeCompleted'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x3ad9b886:
      return loadWorkerProxyHandshakeCompleted(r);
    case 0xf843b066:
      return loadWorkerProxyHandshakeComplete(r);
    default:
      return badId(r, id, at, 'worker.HandshakeCompleted');
  }
}
export function storeBoxedWorkerHandshakeCompleted(w: TlWriter, o: TlTypes['worker.HandshakeCompleted']): void {
  switch (o._) {
    case 'worker.proxyHandshakeCompleted':
      w.nat(0x3ad9b886);
      storeWorkerProxyHandshakeCompleted(w, o);
      return;
    case 'worker.proxyHandshakeComplete':
      w.nat(0xf843b066);
      storeWorkerProxyHandshakeComplete(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a worker.HandshakeCompleted`);
  }
}

export function loadBoxedWorkerPaymentStatus(r: TlReader): TlTypes['worker.PaymentStatus'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0xa88bd701:
      return loadWorkerPaymentStatus(r);
    case 0xdc70a524:
      return loadWorkerUpdatePaymentStatus(r);
    default:
      return badId(r, id, at, 'worker.PaymentStatus');
  }
}
export function storeBoxedWorkerPaymentStatus(w: TlWriter, o: TlTypes['worker.PaymentStatus']): void {
  switch (o._) {
    case 'worker.paymentStatus':
      w.nat(0xa88bd701);
      storeWorkerPaymentStatus(w, o);
      return;
    case 'worker.updatePaymentStatus':
      w.nat(0xdc70a524);
      storeWorkerUpdatePaymentStatus(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a worker.PaymentStatus`);
  }
}

export function loadBoxedWorkerChangedModel(r: TlReader): TlTypes['worker.ChangedModel'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x34029366:
      return loadWorkerChangedModel(r);
    case 0x72662cee:
      return loadWorkerChangeModel(r);
    default:
      return badId(r, id, at, 'worker.ChangedModel');
  }
}
export function storeBoxedWorkerChangedModel(w: TlWriter, o: TlTypes['worker.ChangedModel']): void {
  switch (o._) {
    case 'worker.changedModel':
      w.nat(0x34029366);
      storeWorkerChangedModel(w, o);
      return;
    case 'worker.changeModel':
      w.nat(0x72662cee);
      storeWorkerChangeModel(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a worker.ChangedModel`);
  }
}

export function loadBoxedKeyManagerPrivateKey(r: TlReader): TlTypes['keyManager.PrivateKey'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x60f4f8e7:
      return loadKeyManagerPrivateKey(r);
    default:
      return badId(r, id, at, 'keyManager.PrivateKey');
  }
}
export function storeBoxedKeyManagerPrivateKey(w: TlWriter, o: TlTypes['keyManager.PrivateKey']): void {
  switch (o._) {
    case 'keyManager.privateKey':
      w.nat(0x60f4f8e7);
      storeKeyManagerPrivateKey(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a keyManager.PrivateKey`);
  }
}

export function loadBoxedKeyManagerPrivateKeys(r: TlReader): TlTypes['keyManager.PrivateKeys'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x0ed66ce5:
      return loadKeyManagerPrivateKeys(r);
    case 0x4b90e9b1:
      return loadKeyManagerGetWorkerPrivateKeys(r);
    case 0x4135d0bd:
      return loadKeyManagerGetProxyPrivateKeys(r);
    default:
      return badId(r, id, at, 'keyManager.PrivateKeys');
  }
}
export function storeBoxedKeyManagerPrivateKeys(w: TlWriter, o: TlTypes['keyManager.PrivateKeys']): void {
  switch (o._) {
    case 'keyManager.privateKeys':
      w.nat(0x0ed66ce5);
      storeKeyManagerPrivateKeys(w, o);
      return;
    case 'keyManager.getWorkerPrivateKeys':
      w.nat(0x4b90e9b1);
      storeKeyManagerGetWorkerPrivateKeys(w, o);
      return;
    case 'keyManager.getProxyPrivateKeys':
      w.nat(0x4135d0bd);
      storeKeyManagerGetProxyPrivateKeys(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a keyManager.PrivateKeys`);
  }
}

export function loadBoxedHttpHeader(r: TlReader): TlTypes['http.Header'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x8e9be511:
      return loadHttpHeader(r);
    default:
      return badId(r, id, at, 'http.Header');
  }
}
export function storeBoxedHttpHeader(w: TlWriter, o: TlTypes['http.Header']): void {
  switch (o._) {
    case 'http.header':
      w.nat(0x8e9be511);
      storeHttpHeader(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a http.Header`);
  }
}

export function loadBoxedHttpResponse(r: TlReader): TlTypes['http.Response'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x1cd0c42b:
      return loadHttpResponse(r);
    case 0x47492de5:
      return loadHttpRequest(r);
    default:
      return badId(r, id, at, 'http.Response');
  }
}
export function storeBoxedHttpResponse(w: TlWriter, o: TlTypes['http.Response']): void {
  switch (o._) {
    case 'http.response':
      w.nat(0x1cd0c42b);
      storeHttpResponse(w, o);
      return;
    case 'http.request':
      w.nat(0x47492de5);
      storeHttpRequest(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a http.Response`);
  }
}

export function loadBoxedObject(r: TlReader): TlObject {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x3fedd339:
      return loadTrue(r);
    case 0xbbe9627c:
      return loadTcpPing(r);
    case 0x0bd4302c:
      return loadTcpPong(r);
    case 0x9c17baf8:
      return loadTcpPacket(r);
    case 0xc048c311:
      return loadTcpQueryAnswer(r);
    case 0x4cd2f602:
      return loadTcpQueryError(r);
    case 0x3af51908:
      return loadTcpQuery(r);
    case 0x636d41d6:
      return loadTcpConnected(r);
    case 0xa57c4261:
      return loadTcpConnect(r);
    case 0xbc3f6da5:
      return loadTonBlockIdExt(r);
    case 0x0d4fcdb6:
      return loadTestAnswer(r);
    case 0x394e9143:
      return loadTestQuery(r);
    case 0x9a8f2045:
      return loadProxyRunnerConfig(r);
    case 0x41af605f:
      return loadWorkerRunnerConfig(r);
    case 0xaf0bd51f:
      return loadClientRunnerConfig(r);
    case 0xec650826:
      return loadKeyStorageRunnerConfig(r);
    case 0x9f4e446a:
      return loadRootConfigRegisteredProxy(r);
    case 0x37312ecd:
      return loadRootConfigRegisteredPublicKey(r);
    case 0xd0035db6:
      return loadRootConfigPseudo(r);
    case 0xc51207cb:
      return loadRootConfigConfigV7(r);
    case 0x6cfeaa21:
      return loadProxyDbClientInfo(r);
    case 0x3078c9bf:
      return loadProxyDbClientInfoV2(r);
    case 0x2517b38f:
      return loadProxyDbWorkerInfo(r);
    case 0x525b14a9:
      return loadProxyDbPendingBlockchainSeqnoCommit(r);
    case 0x43dc40b4:
      return loadProxyDbConfigEmpty(r);
    case 0xbde43703:
      return loadProxyDbConfigV4(r);
    case 0xad2cfb4a:
      return loadProxyDbConfigV4Disabled(r);
    case 0x2fae7b42:
      return loadProxyDbOldClient(r);
    case 0xf04156a0:
      return loadProxyDbOldWorker(r);
    case 0xa8c9e178:
      return loadProxyDbOldInstance(r);
    case 0xd3fc2385:
      return loadKeyManagerDbConfigEmpty(r);
    case 0x6d2817ac:
      return loadKeyManagerDbConfigV1(r);
    case 0x35c91007:
      return loadKeyManagerDbKey(r);
    case 0x70c5b15c:
      return loadTokensUsed(r);
    case 0x869c73ed:
      return loadWorkerParams(r);
    case 0xd5c5609f:
      return loadProxyParams(r);
    case 0x40fdca64:
      return loadClientParams(r);
    case 0xd6ffc5af:
      return loadClientProxyConnectionAuthShort(r);
    case 0x417bf016:
      return loadClientProxyConnectionAuthLong(r);
    case 0x75d5ac34:
      return loadClientAuthorizationWithProxySuccess(r);
    case 0x60551c96:
      return loadClientAuthorizationWithProxyFailed(r);
    case 0x95317ad1:
      return loadClientConnectedToProxy(r);
    case 0x9b943922:
      return loadClientQueryAnswer(r);
    case 0x6d60569a:
      return loadClientQueryAnswerError(r);
    case 0xb765de4c:
      return loadClientQueryAnswerPart(r);
    case 0xd790a022:
      return loadClientQueryAnswerPartError(r);
    case 0x69a452f0:
      return loadClientQueryFinalInfo(r);
    case 0xcd524720:
      return loadClientQueryAnswerEx(r);
    case 0x072562a8:
      return loadClientQueryAnswerErrorEx(r);
    case 0xc07bfaec:
      return loadClientQueryAnswerPartEx(r);
    case 0x83aabead:
      return loadClientRefund(r);
    case 0xcf9d9957:
      return loadClientRefundRejected(r);
    case 0x8210e21c:
      return loadClientWorkerType(r);
    case 0xf64e0e01:
      return loadClientWorkerTypes(r);
    case 0x3ea93d00:
      return loadClientWorkerInstanceV2(r);
    case 0xb27d8197:
      return loadClientWorkerTypeV2(r);
    case 0x0cf0dc67:
      return loadClientWorkerTypesV2(r);
    case 0xaa8a0ecc:
      return loadClientPaymentStatus(r);
    case 0xc6bcf127:
      return loadProxyClientRequestPayment(r);
    case 0xff5fa0f4:
      return loadClientConnectToProxy(r);
    case 0x6c276723:
      return loadClientAuthorizeWithProxyShort(r);
    case 0xd3474303:
      return loadClientAuthorizeWithProxyLong(r);
    case 0xbc748f32:
      return loadClientRunQuery(r);
    case 0xf54cb74b:
      return loadClientRunQueryEx(r);
    case 0x238d863d:
      return loadClientRequestRefund(r);
    case 0x9ed1c697:
      return loadClientUpdatePaymentStatus(r);
    case 0x7f062bdb:
      return loadClientGetWorkerTypes(r);
    case 0xb2133d72:
      return loadClientGetWorkerTypesV2(r);
    case 0x02998182:
      return loadProxySignedPayment(r);
    case 0xb347ce64:
      return loadProxySignedPaymentEmpty(r);
    case 0x37e5f725:
      return loadProxyQueryAnswer(r);
    case 0x669d014e:
      return loadProxyQueryAnswerError(r);
    case 0x72eb00ee:
      return loadProxyQueryAnswerPart(r);
    case 0x940e1168:
      return loadProxyQueryAnswerPartError(r);
    case 0xe794e6fc:
      return loadProxyQueryFinalInfo(r);
    case 0x1ce574e8:
      return loadProxyQueryAnswerEx(r);
    case 0x8f7fb0a7:
      return loadProxyQueryAnswerErrorEx(r);
    case 0x6d85b50f:
      return loadProxyQueryAnswerPartEx(r);
    case 0x1436c0d5:
      return loadProxyWorkerRequestPayment(r);
    case 0x47182416:
      return loadProxyRunQuery(r);
    case 0xc805e7e2:
      return loadProxyRunQueryEx(r);
    case 0xb3b71039:
      return loadWorkerEnabledDisabled(r);
    case 0x6af092b0:
      return loadWorkerNewCoefficient(r);
    case 0x66bc82ee:
      return loadWorkerConnectedToProxy(r);
    case 0x9054c411:
      return loadWorkerCompareBalanceWithProxyResult(r);
    case 0x0c10973e:
      return loadWorkerExtendedCompareBalanceWithProxyResult(r);
    case 0x3ad9b886:
      return loadWorkerProxyHandshakeCompleted(r);
    case 0xa88bd701:
      return loadWorkerPaymentStatus(r);
    case 0x34029366:
      return loadWorkerChangedModel(r);
    case 0xcc484c5d:
      return loadWorkerConnectToProxy(r);
    case 0xdb386501:
      return loadWorkerCompareBalanceWithProxy(r);
    case 0xf8dd9914:
      return loadWorkerExtendedCompareBalanceWithProxy(r);
    case 0xf843b066:
      return loadWorkerProxyHandshakeComplete(r);
    case 0xdc70a524:
      return loadWorkerUpdatePaymentStatus(r);
    case 0x72662cee:
      return loadWorkerChangeModel(r);
    case 0x60f4f8e7:
      return loadKeyManagerPrivateKey(r);
    case 0x0ed66ce5:
      return loadKeyManagerPrivateKeys(r);
    case 0x4b90e9b1:
      return loadKeyManagerGetWorkerPrivateKeys(r);
    case 0x4135d0bd:
      return loadKeyManagerGetProxyPrivateKeys(r);
    case 0x8e9be511:
      return loadHttpHeader(r);
    case 0x1cd0c42b:
      return loadHttpResponse(r);
    case 0x47492de5:
      return loadHttpRequest(r);
    default:
      return badId(r, id, at, 'TL object');
  }
}
export function storeBoxedObject(w: TlWriter, o: TlObject): void {
  switch (o._) {
    case 'true':
      w.nat(0x3fedd339);
      storeTrue(w, o);
      return;
    case 'tcp.ping':
      w.nat(0xbbe9627c);
      storeTcpPing(w, o);
      return;
    case 'tcp.pong':
      w.nat(0x0bd4302c);
      storeTcpPong(w, o);
      return;
    case 'tcp.packet':
      w.nat(0x9c17baf8);
      storeTcpPacket(w, o);
      return;
    case 'tcp.queryAnswer':
      w.nat(0xc048c311);
      storeTcpQueryAnswer(w, o);
      return;
    case 'tcp.queryError':
      w.nat(0x4cd2f602);
      storeTcpQueryError(w, o);
      return;
    case 'tcp.query':
      w.nat(0x3af51908);
      storeTcpQuery(w, o);
      return;
    case 'tcp.connected':
      w.nat(0x636d41d6);
      storeTcpConnected(w, o);
      return;
    case 'tcp.connect':
      w.nat(0xa57c4261);
      storeTcpConnect(w, o);
      return;
    case 'ton.blockIdExt':
      w.nat(0xbc3f6da5);
      storeTonBlockIdExt(w, o);
      return;
    case 'test.answer':
      w.nat(0x0d4fcdb6);
      storeTestAnswer(w, o);
      return;
    case 'test.query':
      w.nat(0x394e9143);
      storeTestQuery(w, o);
      return;
    case 'proxyRunner.config':
      w.nat(0x9a8f2045);
      storeProxyRunnerConfig(w, o);
      return;
    case 'workerRunner.config':
      w.nat(0x41af605f);
      storeWorkerRunnerConfig(w, o);
      return;
    case 'clientRunner.config':
      w.nat(0xaf0bd51f);
      storeClientRunnerConfig(w, o);
      return;
    case 'keyStorageRunner.config':
      w.nat(0xec650826);
      storeKeyStorageRunnerConfig(w, o);
      return;
    case 'rootConfig.registeredProxy':
      w.nat(0x9f4e446a);
      storeRootConfigRegisteredProxy(w, o);
      return;
    case 'rootConfig.registeredPublicKey':
      w.nat(0x37312ecd);
      storeRootConfigRegisteredPublicKey(w, o);
      return;
    case 'rootConfig.pseudo':
      w.nat(0xd0035db6);
      storeRootConfigPseudo(w, o);
      return;
    case 'rootConfig.configV7':
      w.nat(0xc51207cb);
      storeRootConfigConfigV7(w, o);
      return;
    case 'proxyDb.clientInfo':
      w.nat(0x6cfeaa21);
      storeProxyDbClientInfo(w, o);
      return;
    case 'proxyDb.clientInfoV2':
      w.nat(0x3078c9bf);
      storeProxyDbClientInfoV2(w, o);
      return;
    case 'proxyDb.workerInfo':
      w.nat(0x2517b38f);
      storeProxyDbWorkerInfo(w, o);
      return;
    case 'proxyDb.pendingBlockchainSeqnoCommit':
      w.nat(0x525b14a9);
      storeProxyDbPendingBlockchainSeqnoCommit(w, o);
      return;
    case 'proxyDb.configEmpty':
      w.nat(0x43dc40b4);
      storeProxyDbConfigEmpty(w, o);
      return;
    case 'proxyDb.configV4':
      w.nat(0xbde43703);
      storeProxyDbConfigV4(w, o);
      return;
    case 'proxyDb.configV4Disabled':
      w.nat(0xad2cfb4a);
      storeProxyDbConfigV4Disabled(w, o);
      return;
    case 'proxyDb.oldClient':
      w.nat(0x2fae7b42);
      storeProxyDbOldClient(w, o);
      return;
    case 'proxyDb.oldWorker':
      w.nat(0xf04156a0);
      storeProxyDbOldWorker(w, o);
      return;
    case 'proxyDb.oldInstance':
      w.nat(0xa8c9e178);
      storeProxyDbOldInstance(w, o);
      return;
    case 'keyManagerDb.configEmpty':
      w.nat(0xd3fc2385);
      storeKeyManagerDbConfigEmpty(w, o);
      return;
    case 'keyManagerDb.configV1':
      w.nat(0x6d2817ac);
      storeKeyManagerDbConfigV1(w, o);
      return;
    case 'keyManagerDb.key':
      w.nat(0x35c91007);
      storeKeyManagerDbKey(w, o);
      return;
    case 'tokensUsed':
      w.nat(0x70c5b15c);
      storeTokensUsed(w, o);
      return;
    case 'worker.params':
      w.nat(0x869c73ed);
      storeWorkerParams(w, o);
      return;
    case 'proxy.params':
      w.nat(0xd5c5609f);
      storeProxyParams(w, o);
      return;
    case 'client.params':
      w.nat(0x40fdca64);
      storeClientParams(w, o);
      return;
    case 'client.proxyConnectionAuthShort':
      w.nat(0xd6ffc5af);
      storeClientProxyConnectionAuthShort(w, o);
      return;
    case 'client.proxyConnectionAuthLong':
      w.nat(0x417bf016);
      storeClientProxyConnectionAuthLong(w, o);
      return;
    case 'client.authorizationWithProxySuccess':
      w.nat(0x75d5ac34);
      storeClientAuthorizationWithProxySuccess(w, o);
      return;
    case 'client.authorizationWithProxyFailed':
      w.nat(0x60551c96);
      storeClientAuthorizationWithProxyFailed(w, o);
      return;
    case 'client.connectedToProxy':
      w.nat(0x95317ad1);
      storeClientConnectedToProxy(w, o);
      return;
    case 'client.queryAnswer':
      w.nat(0x9b943922);
      storeClientQueryAnswer(w, o);
      return;
    case 'client.queryAnswerError':
      w.nat(0x6d60569a);
      storeClientQueryAnswerError(w, o);
      return;
    case 'client.queryAnswerPart':
      w.nat(0xb765de4c);
      storeClientQueryAnswerPart(w, o);
      return;
    case 'client.queryAnswerPartError':
      w.nat(0xd790a022);
      storeClientQueryAnswerPartError(w, o);
      return;
    case 'client.queryFinalInfo':
      w.nat(0x69a452f0);
      storeClientQueryFinalInfo(w, o);
      return;
    case 'client.queryAnswerEx':
      w.nat(0xcd524720);
      storeClientQueryAnswerEx(w, o);
      return;
    case 'client.queryAnswerErrorEx':
      w.nat(0x072562a8);
      storeClientQueryAnswerErrorEx(w, o);
      return;
    case 'client.queryAnswerPartEx':
      w.nat(0xc07bfaec);
      storeClientQueryAnswerPartEx(w, o);
      return;
    case 'client.refund':
      w.nat(0x83aabead);
      storeClientRefund(w, o);
      return;
    case 'client.refundRejected':
      w.nat(0xcf9d9957);
      storeClientRefundRejected(w, o);
      return;
    case 'client.workerType':
      w.nat(0x8210e21c);
      storeClientWorkerType(w, o);
      return;
    case 'client.workerTypes':
      w.nat(0xf64e0e01);
      storeClientWorkerTypes(w, o);
      return;
    case 'client.workerInstanceV2':
      w.nat(0x3ea93d00);
      storeClientWorkerInstanceV2(w, o);
      return;
    case 'client.workerTypeV2':
      w.nat(0xb27d8197);
      storeClientWorkerTypeV2(w, o);
      return;
    case 'client.workerTypesV2':
      w.nat(0x0cf0dc67);
      storeClientWorkerTypesV2(w, o);
      return;
    case 'client.paymentStatus':
      w.nat(0xaa8a0ecc);
      storeClientPaymentStatus(w, o);
      return;
    case 'proxy.clientRequestPayment':
      w.nat(0xc6bcf127);
      storeProxyClientRequestPayment(w, o);
      return;
    case 'client.connectToProxy':
      w.nat(0xff5fa0f4);
      storeClientConnectToProxy(w, o);
      return;
    case 'client.authorizeWithProxyShort':
      w.nat(0x6c276723);
      storeClientAuthorizeWithProxyShort(w, o);
      return;
    case 'client.authorizeWithProxyLong':
      w.nat(0xd3474303);
      storeClientAuthorizeWithProxyLong(w, o);
      return;
    case 'client.runQuery':
      w.nat(0xbc748f32);
      storeClientRunQuery(w, o);
      return;
    case 'client.runQueryEx':
      w.nat(0xf54cb74b);
      storeClientRunQueryEx(w, o);
      return;
    case 'client.requestRefund':
      w.nat(0x238d863d);
      storeClientRequestRefund(w, o);
      return;
    case 'client.updatePaymentStatus':
      w.nat(0x9ed1c697);
      storeClientUpdatePaymentStatus(w, o);
      return;
    case 'client.getWorkerTypes':
      w.nat(0x7f062bdb);
      storeClientGetWorkerTypes(w, o);
      return;
    case 'client.getWorkerTypesV2':
      w.nat(0xb2133d72);
      storeClientGetWorkerTypesV2(w, o);
      return;
    case 'proxy.signedPayment':
      w.nat(0x02998182);
      storeProxySignedPayment(w, o);
      return;
    case 'proxy.signedPaymentEmpty':
      w.nat(0xb347ce64);
      storeProxySignedPaymentEmpty(w, o);
      return;
    case 'proxy.queryAnswer':
      w.nat(0x37e5f725);
      storeProxyQueryAnswer(w, o);
      return;
    case 'proxy.queryAnswerError':
      w.nat(0x669d014e);
      storeProxyQueryAnswerError(w, o);
      return;
    case 'proxy.queryAnswerPart':
      w.nat(0x72eb00ee);
      storeProxyQueryAnswerPart(w, o);
      return;
    case 'proxy.queryAnswerPartError':
      w.nat(0x940e1168);
      storeProxyQueryAnswerPartError(w, o);
      return;
    case 'proxy.queryFinalInfo':
      w.nat(0xe794e6fc);
      storeProxyQueryFinalInfo(w, o);
      return;
    case 'proxy.queryAnswerEx':
      w.nat(0x1ce574e8);
      storeProxyQueryAnswerEx(w, o);
      return;
    case 'proxy.queryAnswerErrorEx':
      w.nat(0x8f7fb0a7);
      storeProxyQueryAnswerErrorEx(w, o);
      return;
    case 'proxy.queryAnswerPartEx':
      w.nat(0x6d85b50f);
      storeProxyQueryAnswerPartEx(w, o);
      return;
    case 'proxy.workerRequestPayment':
      w.nat(0x1436c0d5);
      storeProxyWorkerRequestPayment(w, o);
      return;
    case 'proxy.runQuery':
      w.nat(0x47182416);
      storeProxyRunQuery(w, o);
      return;
    case 'proxy.runQueryEx':
      w.nat(0xc805e7e2);
      storeProxyRunQueryEx(w, o);
      return;
    case 'worker.enabledDisabled':
      w.nat(0xb3b71039);
      storeWorkerEnabledDisabled(w, o);
      return;
    case 'worker.newCoefficient':
      w.nat(0x6af092b0);
      storeWorkerNewCoefficient(w, o);
      return;
    case 'worker.connectedToProxy':
      w.nat(0x66bc82ee);
      storeWorkerConnectedToProxy(w, o);
      return;
    case 'worker.compareBalanceWithProxyResult':
      w.nat(0x9054c411);
      storeWorkerCompareBalanceWithProxyResult(w, o);
      return;
    case 'worker.extendedCompareBalanceWithProxyResult':
      w.nat(0x0c10973e);
      storeWorkerExtendedCompareBalanceWithProxyResult(w, o);
      return;
    case 'worker.proxyHandshakeCompleted':
      w.nat(0x3ad9b886);
      storeWorkerProxyHandshakeCompleted(w, o);
      return;
    case 'worker.paymentStatus':
      w.nat(0xa88bd701);
      storeWorkerPaymentStatus(w, o);
      return;
    case 'worker.changedModel':
      w.nat(0x34029366);
      storeWorkerChangedModel(w, o);
      return;
    case 'worker.connectToProxy':
      w.nat(0xcc484c5d);
      storeWorkerConnectToProxy(w, o);
      return;
    case 'worker.compareBalanceWithProxy':
      w.nat(0xdb386501);
      storeWorkerCompareBalanceWithProxy(w, o);
      return;
    case 'worker.extendedCompareBalanceWithProxy':
      w.nat(0xf8dd9914);
      storeWorkerExtendedCompareBalanceWithProxy(w, o);
      return;
    case 'worker.proxyHandshakeComplete':
      w.nat(0xf843b066);
      storeWorkerProxyHandshakeComplete(w, o);
      return;
    case 'worker.updatePaymentStatus':
      w.nat(0xdc70a524);
      storeWorkerUpdatePaymentStatus(w, o);
      return;
    case 'worker.changeModel':
      w.nat(0x72662cee);
      storeWorkerChangeModel(w, o);
      return;
    case 'keyManager.privateKey':
      w.nat(0x60f4f8e7);
      storeKeyManagerPrivateKey(w, o);
      return;
    case 'keyManager.privateKeys':
      w.nat(0x0ed66ce5);
      storeKeyManagerPrivateKeys(w, o);
      return;
    case 'keyManager.getWorkerPrivateKeys':
      w.nat(0x4b90e9b1);
      storeKeyManagerGetWorkerPrivateKeys(w, o);
      return;
    case 'keyManager.getProxyPrivateKeys':
      w.nat(0x4135d0bd);
      storeKeyManagerGetProxyPrivateKeys(w, o);
      return;
    case 'http.header':
      w.nat(0x8e9be511);
      storeHttpHeader(w, o);
      return;
    case 'http.response':
      w.nat(0x1cd0c42b);
      storeHttpResponse(w, o);
      return;
    case 'http.request':
      w.nat(0x47492de5);
      storeHttpRequest(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a TL object`);
  }
}

/** Boxed loaders by type name, for decoding an answer of a known type. */
export const tlTypeLoaders: { readonly [T in TlTypeName]: (r: TlReader) => TlTypes[T] } = {
  'True': loadBoxedTrue,
  'tcp.Packet': loadBoxedTcpPacket,
  'ton.BlockIdExt': loadBoxedTonBlockIdExt,
  'test.Answer': loadBoxedTestAnswer,
  'proxyRunner.Config': loadBoxedProxyRunnerConfig,
  'workerRunner.Config': loadBoxedWorkerRunnerConfig,
  'clientRunner.Config': loadBoxedClientRunnerConfig,
  'keyStorageRunner.Config': loadBoxedKeyStorageRunnerConfig,
  'rootConfig.RegisteredProxy': loadBoxedRootConfigRegisteredProxy,
  'rootConfig.RegisteredPublicKey': loadBoxedRootConfigRegisteredPublicKey,
  'rootConfig.Config': loadBoxedRootConfigConfig,
  'proxyDb.ClientInfo': loadBoxedProxyDbClientInfo,
  'proxyDb.WorkerInfo': loadBoxedProxyDbWorkerInfo,
  'proxyDb.PendingBlockchainSeqnoCommit': loadBoxedProxyDbPendingBlockchainSeqnoCommit,
  'proxyDb.Config': loadBoxedProxyDbConfig,
  'proxyDb.OldClient': loadBoxedProxyDbOldClient,
  'proxyDb.OldWorker': loadBoxedProxyDbOldWorker,
  'proxyDb.OldInstance': loadBoxedProxyDbOldInstance,
  'keyManagerDb.Config': loadBoxedKeyManagerDbConfig,
  'keyManagerDb.Key': loadBoxedKeyManagerDbKey,
  'TokensUsed': loadBoxedTokensUsed,
  'worker.Params': loadBoxedWorkerParams,
  'proxy.Params': loadBoxedProxyParams,
  'client.Params': loadBoxedClientParams,
  'client.ProxyConnectionAuth': loadBoxedClientProxyConnectionAuth,
  'client.AuthorizationWithProxy': loadBoxedClientAuthorizationWithProxy,
  'client.ConnectedToProxy': loadBoxedClientConnectedToProxy,
  'client.QueryAnswer': loadBoxedClientQueryAnswer,
  'client.QueryAnswerPart': loadBoxedClientQueryAnswerPart,
  'client.QueryFinalInfo': loadBoxedClientQueryFinalInfo,
  'client.QueryAnswerEx': loadBoxedClientQueryAnswerEx,
  'client.Refund': loadBoxedClientRefund,
  'client.WorkerType': loadBoxedClientWorkerType,
  'client.WorkerTypes': loadBoxedClientWorkerTypes,
  'client.WorkerInstanceV2': loadBoxedClientWorkerInstanceV2,
  'client.WorkerTypeV2': loadBoxedClientWorkerTypeV2,
  'client.WorkerTypesV2': loadBoxedClientWorkerTypesV2,
  'client.PaymentStatus': loadBoxedClientPaymentStatus,
  'proxy.WorkerRequestPayment': loadBoxedProxyWorkerRequestPayment,
  'proxy.SignedPayment': loadBoxedProxySignedPayment,
  'proxy.QueryAnswer': loadBoxedProxyQueryAnswer,
  'proxy.QueryAnswerPart': loadBoxedProxyQueryAnswerPart,
  'proxy.QueryFinalInfo': loadBoxedProxyQueryFinalInfo,
  'proxy.QueryAnswerEx': loadBoxedProxyQueryAnswerEx,
  'worker.EnabledDisabled': loadBoxedWorkerEnabledDisabled,
  'worker.NewCoefficient': loadBoxedWorkerNewCoefficient,
  'worker.ConnectedToProxy': loadBoxedWorkerConnectedToProxy,
  'worker.CompareBalanceWithProxyResult': loadBoxedWorkerCompareBalanceWithProxyResult,
  'worker.ExtendedCompareBalanceWithProxyResult': loadBoxedWorkerExtendedCompareBalanceWithProxyResult,
  'worker.HandshakeCompleted': loadBoxedWorkerHandshakeCompleted,
  'worker.PaymentStatus': loadBoxedWorkerPaymentStatus,
  'worker.ChangedModel': loadBoxedWorkerChangedModel,
  'keyManager.PrivateKey': loadBoxedKeyManagerPrivateKey,
  'keyManager.PrivateKeys': loadBoxedKeyManagerPrivateKeys,
  'http.Header': loadBoxedHttpHeader,
  'http.Response': loadBoxedHttpResponse,
};

export const tlFunctionResults: { readonly [F in TlFunctionName]: TlFunctionResults[F] } = {
  'test.query': 'test.Answer',
  'client.connectToProxy': 'client.ConnectedToProxy',
  'client.authorizeWithProxyShort': 'client.AuthorizationWithProxy',
  'client.authorizeWithProxyLong': 'client.AuthorizationWithProxy',
  'client.runQuery': 'client.QueryAnswer',
  'client.runQueryEx': 'client.QueryAnswerEx',
  'client.requestRefund': 'client.Refund',
  'client.updatePaymentStatus': 'client.PaymentStatus',
  'client.getWorkerTypes': 'client.WorkerTypes',
  'client.getWorkerTypesV2': 'client.WorkerTypesV2',
  'proxy.runQuery': 'proxy.QueryAnswer',
  'proxy.runQueryEx': 'proxy.QueryAnswer',
  'worker.connectToProxy': 'worker.ConnectedToProxy',
  'worker.compareBalanceWithProxy': 'worker.CompareBalanceWithProxyResult',
  'worker.extendedCompareBalanceWithProxy': 'worker.ExtendedCompareBalanceWithProxyResult',
  'worker.proxyHandshakeComplete': 'worker.HandshakeCompleted',
  'worker.updatePaymentStatus': 'worker.PaymentStatus',
  'worker.changeModel': 'worker.ChangedModel',
  'keyManager.getWorkerPrivateKeys': 'keyManager.PrivateKeys',
  'keyManager.getProxyPrivateKeys': 'keyManager.PrivateKeys',
  'http.request': 'http.Response',
};

export interface TlCombinatorInfo {
  readonly id: number;
  readonly kind: 'constructor' | 'function';
  readonly type: TlTypeName;
  readonly fields: readonly TlField[];
}

/** Field layouts, for generic tools (JSON form, tests); the codecs above do not use it. */
export const tlSchema: { readonly [N in TlName]: TlCombinatorInfo } = {
  'true': {
    id: 0x3fedd339,
    kind: 'constructor',
    type: 'True',
    fields: [],
  },
  'tcp.ping': {
    id: 0xbbe9627c,
    kind: 'constructor',
    type: 'tcp.Packet',
    fields: [
      { name: 'id', type: { k: 'long' } },
    ],
  },
  'tcp.pong': {
    id: 0x0bd4302c,
    kind: 'constructor',
    type: 'tcp.Packet',
    fields: [
      { name: 'id', type: { k: 'long' } },
    ],
  },
  'tcp.packet': {
    id: 0x9c17baf8,
    kind: 'constructor',
    type: 'tcp.Packet',
    fields: [
      { name: 'data', type: { k: 'bytes' } },
    ],
  },
  'tcp.queryAnswer': {
    id: 0xc048c311,
    kind: 'constructor',
    type: 'tcp.Packet',
    fields: [
      { name: 'id', type: { k: 'long' } },
      { name: 'data', type: { k: 'bytes' } },
    ],
  },
  'tcp.queryError': {
    id: 0x4cd2f602,
    kind: 'constructor',
    type: 'tcp.Packet',
    fields: [
      { name: 'id', type: { k: 'long' } },
      { name: 'code', type: { k: 'int' } },
      { name: 'message', type: { k: 'string' } },
    ],
  },
  'tcp.query': {
    id: 0x3af51908,
    kind: 'constructor',
    type: 'tcp.Packet',
    fields: [
      { name: 'id', type: { k: 'long' } },
      { name: 'data', type: { k: 'bytes' } },
    ],
  },
  'tcp.connected': {
    id: 0x636d41d6,
    kind: 'constructor',
    type: 'tcp.Packet',
    fields: [
      { name: 'id', type: { k: 'long' } },
    ],
  },
  'tcp.connect': {
    id: 0xa57c4261,
    kind: 'constructor',
    type: 'tcp.Packet',
    fields: [
      { name: 'id', type: { k: 'long' } },
    ],
  },
  'ton.blockIdExt': {
    id: 0xbc3f6da5,
    kind: 'constructor',
    type: 'ton.BlockIdExt',
    fields: [
      { name: 'workchain', type: { k: 'int' } },
      { name: 'shard', type: { k: 'long' } },
      { name: 'seqno', type: { k: 'int' } },
      { name: 'root_hash', type: { k: 'bytes' } },
      { name: 'file_hash', type: { k: 'bytes' } },
    ],
  },
  'test.answer': {
    id: 0x0d4fcdb6,
    kind: 'constructor',
    type: 'test.Answer',
    fields: [
      { name: 'id', type: { k: 'long' } },
    ],
  },
  'test.query': {
    id: 0x394e9143,
    kind: 'function',
    type: 'test.Answer',
    fields: [
      { name: 'id', type: { k: 'long' } },
    ],
  },
  'proxyRunner.config': {
    id: 0x9a8f2045,
    kind: 'constructor',
    type: 'proxyRunner.Config',
    fields: [
      { name: 'is_test', type: { k: 'bool' } },
      { name: 'is_testnet', type: { k: 'bool' } },
      { name: 'workers_rpc_port', type: { k: 'int' } },
      { name: 'client_rpc_port', type: { k: 'int' } },
      { name: 'http_port', type: { k: 'int' } },
      { name: 'owner_address', type: { k: 'string' } },
      { name: 'connect_to_proxy_via', type: { k: 'string' } },
      { name: 'root_contract_address', type: { k: 'string' } },
      { name: 'machine_specific_private_key', type: { k: 'int256' } },
      { name: 'node_wallet_key', type: { k: 'int256' } },
      { name: 'ton_config_filename', type: { k: 'string' } },
      { name: 'db_path', type: { k: 'string' } },
      { name: 'check_worker_hashes', type: { k: 'bool' } },
      { name: 'image_hash', type: { k: 'int256' } },
      { name: 'http_access_hash', type: { k: 'string' } },
    ],
  },
  'workerRunner.config': {
    id: 0x41af605f,
    kind: 'constructor',
    type: 'workerRunner.Config',
    fields: [
      { name: 'is_test', type: { k: 'bool' } },
      { name: 'is_testnet', type: { k: 'bool' } },
      { name: 'http_port', type: { k: 'int' } },
      { name: 'owner_address', type: { k: 'string' } },
      { name: 'proxy_connections', type: { k: 'int' } },
      { name: 'connect_to_proxy_via', type: { k: 'string' } },
      { name: 'model_name', type: { k: 'string' } },
      { name: 'coefficient', type: { k: 'int' } },
      { name: 'root_contract_address', type: { k: 'string' } },
      { name: 'node_wallet_key', type: { k: 'int256' } },
      { name: 'forward_requests_to', type: { k: 'string' } },
      { name: 'ton_config_filename', type: { k: 'string' } },
      { name: 'check_proxy_hashes', type: { k: 'bool' } },
      { name: 'max_active_requests', type: { k: 'int' } },
      { name: 'image_hash', type: { k: 'int256' } },
      { name: 'http_access_hash', type: { k: 'string' } },
      { name: 'change_model_script', type: { k: 'string' } },
      { name: 'machine_description_json', type: { k: 'string' } },
    ],
  },
  'clientRunner.config': {
    id: 0xaf0bd51f,
    kind: 'constructor',
    type: 'clientRunner.Config',
    fields: [
      { name: 'is_test', type: { k: 'bool' } },
      { name: 'is_testnet', type: { k: 'bool' } },
      { name: 'http_port', type: { k: 'int' } },
      { name: 'owner_address', type: { k: 'string' } },
      { name: 'proxy_connections', type: { k: 'int' } },
      { name: 'connect_to_proxy_via', type: { k: 'string' } },
      { name: 'root_contract_address', type: { k: 'string' } },
      { name: 'node_wallet_key', type: { k: 'int256' } },
      { name: 'check_proxy_hashes', type: { k: 'bool' } },
      { name: 'secret_string', type: { k: 'string' } },
      { name: 'ton_config_filename', type: { k: 'string' } },
      { name: 'http_access_hash', type: { k: 'string' } },
    ],
  },
  'keyStorageRunner.config': {
    id: 0xec650826,
    kind: 'constructor',
    type: 'keyStorageRunner.Config',
    fields: [
      { name: 'is_test', type: { k: 'bool' } },
      { name: 'is_testnet', type: { k: 'bool' } },
      { name: 'add_default_key', type: { k: 'bool' } },
      { name: 'rpc_port', type: { k: 'int' } },
      { name: 'http_port', type: { k: 'int' } },
      { name: 'owner_address', type: { k: 'string' } },
      { name: 'root_contract_address', type: { k: 'string' } },
      { name: 'machine_specific_private_key', type: { k: 'int256' } },
      { name: 'node_wallet_key', type: { k: 'int256' } },
      { name: 'ton_config_filename', type: { k: 'string' } },
      { name: 'db_path', type: { k: 'string' } },
      { name: 'check_hashes', type: { k: 'bool' } },
      { name: 'image_hash', type: { k: 'int256' } },
      { name: 'http_access_hash', type: { k: 'string' } },
    ],
  },
  'rootConfig.registeredProxy': {
    id: 0x9f4e446a,
    kind: 'constructor',
    type: 'rootConfig.RegisteredProxy',
    fields: [
      { name: 'seqno', type: { k: 'int' } },
      { name: 'address', type: { k: 'string' } },
    ],
  },
  'rootConfig.registeredPublicKey': {
    id: 0x37312ecd,
    kind: 'constructor',
    type: 'rootConfig.RegisteredPublicKey',
    fields: [
      { name: 'public_key', type: { k: 'int256' } },
      { name: 'key_type', type: { k: 'int' } },
      { name: 'expire_at', type: { k: 'int' } },
    ],
  },
  'rootConfig.pseudo': {
    id: 0xd0035db6,
    kind: 'constructor',
    type: 'rootConfig.Config',
    fields: [
      { name: 'proxy_hashes', type: { k: 'vector', boxed: false, of: { k: 'int256' } } },
      { name: 'worker_hashes', type: { k: 'vector', boxed: false, of: { k: 'int256' } } },
      { name: 'model_hashes', type: { k: 'vector', boxed: false, of: { k: 'int256' } } },
      { name: 'model_types', type: { k: 'vector', boxed: false, of: { k: 'string' } } },
      { name: 'registered_proxies', type: { k: 'vector', boxed: false, of: { k: 'bare', ctor: 'rootConfig.registeredProxy' } } },
      { name: 'price_per_token', type: { k: 'int' } },
      { name: 'worker_fee_per_token', type: { k: 'int' } },
      { name: 'last_proxy_seqno', type: { k: 'int' } },
      { name: 'version', type: { k: 'int' } },
      { name: 'params_version', type: { k: 'int' } },
      { name: 'registered_public_keys', type: { k: 'vector', boxed: false, of: { k: 'bare', ctor: 'rootConfig.registeredPublicKey' } } },
      { name: 'key_manager_address', type: { k: 'string' } },
      { name: 'proxy_sc_code', type: { k: 'string' } },
      { name: 'worker_sc_code', type: { k: 'string' } },
      { name: 'client_sc_code', type: { k: 'string' } },
      { name: 'root_owner_address', type: { k: 'string' } },
    ],
  },
  'rootConfig.configV7': {
    id: 0xc51207cb,
    kind: 'constructor',
    type: 'rootConfig.Config',
    fields: [
      { name: 'root_owner_address', type: { k: 'string' } },
      { name: 'proxy_hashes', type: { k: 'vector', boxed: false, of: { k: 'int256' } } },
      { name: 'registered_proxies', type: { k: 'vector', boxed: false, of: { k: 'bare', ctor: 'rootConfig.registeredProxy' } } },
      { name: 'last_proxy_seqno', type: { k: 'int' } },
      { name: 'worker_hashes', type: { k: 'vector', boxed: false, of: { k: 'int256' } } },
      { name: 'model_hashes', type: { k: 'vector', boxed: false, of: { k: 'int256' } } },
      { name: 'version', type: { k: 'int' } },
      { name: 'struct_version', type: { k: 'int' } },
      { name: 'params_version', type: { k: 'int' } },
      { name: 'unique_id', type: { k: 'int' } },
      { name: 'is_test', type: { k: 'int' } },
      { name: 'price_per_token', type: { k: 'long' } },
      { name: 'worker_fee_per_token', type: { k: 'long' } },
      { name: 'prompt_tokens_price_multiplier', type: { k: 'int' } },
      { name: 'cached_tokens_price_multiplier', type: { k: 'int' } },
      { name: 'completion_tokens_price_multiplier', type: { k: 'int' } },
      { name: 'reasoning_tokens_price_multiplier', type: { k: 'int' } },
      { name: 'proxy_delay_before_close', type: { k: 'int' } },
      { name: 'client_delay_before_close', type: { k: 'int' } },
      { name: 'min_proxy_stake', type: { k: 'long' } },
      { name: 'min_client_stake', type: { k: 'long' } },
      { name: 'registered_public_keys', type: { k: 'vector', boxed: false, of: { k: 'bare', ctor: 'rootConfig.registeredPublicKey' } } },
      { name: 'key_manager_public_key', type: { k: 'int256' } },
      { name: 'key_manager_image_hash', type: { k: 'int256' } },
      { name: 'key_manager_address', type: { k: 'string' } },
      { name: 'verified_proxy_keys', type: { k: 'vector', boxed: false, of: { k: 'int256' } } },
      { name: 'verified_worker_keys', type: { k: 'vector', boxed: false, of: { k: 'int256' } } },
      { name: 'verified_key_manager_keys', type: { k: 'vector', boxed: false, of: { k: 'int256' } } },
      { name: 'proxy_sc_code', type: { k: 'string' } },
      { name: 'worker_sc_code', type: { k: 'string' } },
      { name: 'client_sc_code', type: { k: 'string' } },
    ],
  },
  'proxyDb.clientInfo': {
    id: 0x6cfeaa21,
    kind: 'constructor',
    type: 'proxyDb.ClientInfo',
    fields: [
      { name: 'owner_address', type: { k: 'string' } },
      { name: 'sc_address', type: { k: 'string' } },
      { name: 'status', type: { k: 'int' } },
      { name: 'balance', type: { k: 'long' } },
      { name: 'sc_tokens_used', type: { k: 'long' } },
      { name: 'tokens_used', type: { k: 'long' } },
      { name: 'secret_hash', type: { k: 'int256' } },
      { name: 'last_request_at', type: { k: 'int' } },
    ],
  },
  'proxyDb.clientInfoV2': {
    id: 0x3078c9bf,
    kind: 'constructor',
    type: 'proxyDb.ClientInfo',
    fields: [
      { name: 'owner_address', type: { k: 'string' } },
      { name: 'sc_address', type: { k: 'string' } },
      { name: 'status', type: { k: 'int' } },
      { name: 'balance', type: { k: 'long' } },
      { name: 'stake', type: { k: 'long' } },
      { name: 'sc_tokens_used', type: { k: 'long' } },
      { name: 'tokens_used', type: { k: 'long' } },
      { name: 'secret_hash', type: { k: 'int256' } },
      { name: 'last_request_at', type: { k: 'int' } },
    ],
  },
  'proxyDb.workerInfo': {
    id: 0x2517b38f,
    kind: 'constructor',
    type: 'proxyDb.WorkerInfo',
    fields: [
      { name: 'owner_address', type: { k: 'string' } },
      { name: 'sc_address', type: { k: 'string' } },
      { name: 'sc_tokens', type: { k: 'long' } },
      { name: 'tokens', type: { k: 'long' } },
      { name: 'last_request_at', type: { k: 'int' } },
    ],
  },
  'proxyDb.pendingBlockchainSeqnoCommit': {
    id: 0x525b14a9,
    kind: 'constructor',
    type: 'proxyDb.PendingBlockchainSeqnoCommit',
    fields: [
      { name: 'seqno', type: { k: 'int' } },
      { name: 'session_hash', type: { k: 'int256' } },
    ],
  },
  'proxyDb.configEmpty': {
    id: 0x43dc40b4,
    kind: 'constructor',
    type: 'proxyDb.Config',
    fields: [],
  },
  'proxyDb.configV4': {
    id: 0xbde43703,
    kind: 'constructor',
    type: 'proxyDb.Config',
    fields: [
      { name: 'root_contract_address', type: { k: 'string' } },
      { name: 'is_testnet', type: { k: 'int' } },
      { name: 'root_contract_state', type: { k: 'boxed', type: 'rootConfig.Config' } },
      { name: 'root_contract_state_block_ts', type: { k: 'int' } },
      { name: 'sc_block_id', type: { k: 'bare', ctor: 'ton.blockIdExt' } },
      { name: 'last_seqno_committed_to_blockchain', type: { k: 'int' } },
      { name: 'pending_blockchain_seqno_commits', type: { k: 'vector', boxed: false, of: { k: 'bare', ctor: 'proxyDb.pendingBlockchainSeqnoCommit' } } },
    ],
  },
  'proxyDb.configV4Disabled': {
    id: 0xad2cfb4a,
    kind: 'constructor',
    type: 'proxyDb.Config',
    fields: [
      { name: 'root_contract_address', type: { k: 'string' } },
      { name: 'is_testnet', type: { k: 'int' } },
      { name: 'root_contract_state', type: { k: 'boxed', type: 'rootConfig.Config' } },
      { name: 'root_contract_state_block_ts', type: { k: 'int' } },
      { name: 'disabled_until_version', type: { k: 'long' } },
    ],
  },
  'proxyDb.oldClient': {
    id: 0x2fae7b42,
    kind: 'constructor',
    type: 'proxyDb.OldClient',
    fields: [
      { name: 'owner_address', type: { k: 'string' } },
      { name: 'tokens', type: { k: 'long' } },
      { name: 'next_client', type: { k: 'string' } },
    ],
  },
  'proxyDb.oldWorker': {
    id: 0xf04156a0,
    kind: 'constructor',
    type: 'proxyDb.OldWorker',
    fields: [
      { name: 'owner_address', type: { k: 'string' } },
      { name: 'tokens', type: { k: 'long' } },
      { name: 'next_worker', type: { k: 'string' } },
    ],
  },
  'proxyDb.oldInstance': {
    id: 0xa8c9e178,
    kind: 'constructor',
    type: 'proxyDb.OldInstance',
    fields: [
      { name: 'contract_address', type: { k: 'string' } },
      { name: 'closing_state', type: { k: 'int' } },
      { name: 'close_at', type: { k: 'int' } },
      { name: 'next_client', type: { k: 'string' } },
      { name: 'next_worker', type: { k: 'string' } },
      { name: 'root_contract_state', type: { k: 'boxed', type: 'rootConfig.Config' } },
    ],
  },
  'keyManagerDb.configEmpty': {
    id: 0xd3fc2385,
    kind: 'constructor',
    type: 'keyManagerDb.Config',
    fields: [],
  },
  'keyManagerDb.configV1': {
    id: 0x6d2817ac,
    kind: 'constructor',
    type: 'keyManagerDb.Config',
    fields: [
      { name: 'root_contract_version', type: { k: 'int' } },
    ],
  },
  'keyManagerDb.key': {
    id: 0x35c91007,
    kind: 'constructor',
    type: 'keyManagerDb.Key',
    fields: [
      { name: 'private_key', type: { k: 'int256' } },
      { name: 'key_type', type: { k: 'int' } },
      { name: 'valid_since_config_version', type: { k: 'int' } },
      { name: 'valid_since_utime', type: { k: 'int' } },
      { name: 'valid_until_utime', type: { k: 'int' } },
    ],
  },
  'tokensUsed': {
    id: 0x70c5b15c,
    kind: 'constructor',
    type: 'TokensUsed',
    fields: [
      { name: 'prompt_tokens_used', type: { k: 'long' } },
      { name: 'cached_tokens_used', type: { k: 'long' } },
      { name: 'completion_tokens_used', type: { k: 'long' } },
      { name: 'reasoning_tokens_used', type: { k: 'long' } },
      { name: 'total_tokens_used', type: { k: 'long' } },
    ],
  },
  'worker.params': {
    id: 0x869c73ed,
    kind: 'constructor',
    type: 'worker.Params',
    fields: [
      { name: 'flags', type: { k: 'nat' } },
      { name: 'worker_owner_address', type: { k: 'string' } },
      { name: 'model', type: { k: 'string' } },
      { name: 'coefficient', type: { k: 'int' } },
      { name: 'is_test', type: { k: 'bool' }, cond: { field: 'flags', bit: 0 } },
      { name: 'proxy_cnt', type: { k: 'int' }, cond: { field: 'flags', bit: 0 } },
      { name: 'max_active_requests', type: { k: 'int' }, cond: { field: 'flags', bit: 0 } },
      { name: 'min_proto_version', type: { k: 'int' }, cond: { field: 'flags', bit: 1 } },
      { name: 'max_proto_version', type: { k: 'int' }, cond: { field: 'flags', bit: 1 } },
      { name: 'machine_description_json', type: { k: 'string' }, cond: { field: 'flags', bit: 2 } },
    ],
  },
  'proxy.params': {
    id: 0xd5c5609f,
    kind: 'constructor',
    type: 'proxy.Params',
    fields: [
      { name: 'flags', type: { k: 'nat' } },
      { name: 'proxy_public_key', type: { k: 'int256' } },
      { name: 'proxy_owner_address', type: { k: 'string' } },
      { name: 'proxy_sc_address', type: { k: 'string' } },
      { name: 'is_test', type: { k: 'bool' }, cond: { field: 'flags', bit: 0 } },
      { name: 'proto_version', type: { k: 'int' }, cond: { field: 'flags', bit: 1 } },
    ],
  },
  'client.params': {
    id: 0x40fdca64,
    kind: 'constructor',
    type: 'client.Params',
    fields: [
      { name: 'flags', type: { k: 'nat' } },
      { name: 'client_owner_address', type: { k: 'string' } },
      { name: 'is_test', type: { k: 'bool' }, cond: { field: 'flags', bit: 0 } },
      { name: 'min_proto_version', type: { k: 'int' }, cond: { field: 'flags', bit: 1 } },
      { name: 'max_proto_version', type: { k: 'int' }, cond: { field: 'flags', bit: 1 } },
    ],
  },
  'client.proxyConnectionAuthShort': {
    id: 0xd6ffc5af,
    kind: 'constructor',
    type: 'client.ProxyConnectionAuth',
    fields: [
      { name: 'secret_hash', type: { k: 'int256' } },
      { name: 'nonce', type: { k: 'long' } },
    ],
  },
  'client.proxyConnectionAuthLong': {
    id: 0x417bf016,
    kind: 'constructor',
    type: 'client.ProxyConnectionAuth',
    fields: [
      { name: 'nonce', type: { k: 'long' } },
    ],
  },
  'client.authorizationWithProxySuccess': {
    id: 0x75d5ac34,
    kind: 'constructor',
    type: 'client.AuthorizationWithProxy',
    fields: [
      { name: 'signed_payment', type: { k: 'boxed', type: 'proxy.SignedPayment' } },
      { name: 'tokens_committed_to_db', type: { k: 'long' } },
      { name: 'max_tokens', type: { k: 'long' } },
    ],
  },
  'client.authorizationWithProxyFailed': {
    id: 0x60551c96,
    kind: 'constructor',
    type: 'client.AuthorizationWithProxy',
    fields: [
      { name: 'error_code', type: { k: 'int' } },
      { name: 'error', type: { k: 'string' } },
    ],
  },
  'client.connectedToProxy': {
    id: 0x95317ad1,
    kind: 'constructor',
    type: 'client.ConnectedToProxy',
    fields: [
      { name: 'params', type: { k: 'bare', ctor: 'proxy.params' } },
      { name: 'client_sc_address', type: { k: 'string' } },
      { name: 'auth', type: { k: 'boxed', type: 'client.ProxyConnectionAuth' } },
      { name: 'signed_payment', type: { k: 'boxed', type: 'proxy.SignedPayment' } },
    ],
  },
  'client.queryAnswer': {
    id: 0x9b943922,
    kind: 'constructor',
    type: 'client.QueryAnswer',
    fields: [
      { name: 'answer', type: { k: 'bytes' } },
      { name: 'is_completed', type: { k: 'bool' } },
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'request_tokens_used', type: { k: 'bare', ctor: 'tokensUsed' } },
    ],
  },
  'client.queryAnswerError': {
    id: 0x6d60569a,
    kind: 'constructor',
    type: 'client.QueryAnswer',
    fields: [
      { name: 'error_code', type: { k: 'int' } },
      { name: 'error', type: { k: 'string' } },
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'request_tokens_used', type: { k: 'bare', ctor: 'tokensUsed' } },
    ],
  },
  'client.queryAnswerPart': {
    id: 0xb765de4c,
    kind: 'constructor',
    type: 'client.QueryAnswerPart',
    fields: [
      { name: 'answer', type: { k: 'bytes' } },
      { name: 'is_completed', type: { k: 'bool' } },
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'request_tokens_used', type: { k: 'bare', ctor: 'tokensUsed' } },
    ],
  },
  'client.queryAnswerPartError': {
    id: 0xd790a022,
    kind: 'constructor',
    type: 'client.QueryAnswerPart',
    fields: [
      { name: 'error_code', type: { k: 'int' } },
      { name: 'error', type: { k: 'string' } },
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'request_tokens_used', type: { k: 'bare', ctor: 'tokensUsed' } },
    ],
  },
  'client.queryFinalInfo': {
    id: 0x69a452f0,
    kind: 'constructor',
    type: 'client.QueryFinalInfo',
    fields: [
      { name: 'flags', type: { k: 'nat' } },
      { name: 'tokens_used', type: { k: 'bare', ctor: 'tokensUsed' } },
      { name: 'worker_debug', type: { k: 'string' }, cond: { field: 'flags', bit: 0 } },
      { name: 'proxy_debug', type: { k: 'string' }, cond: { field: 'flags', bit: 0 } },
      { name: 'proxy_start_time', type: { k: 'double' }, cond: { field: 'flags', bit: 1 } },
      { name: 'proxy_end_time', type: { k: 'double' }, cond: { field: 'flags', bit: 1 } },
      { name: 'worker_start_time', type: { k: 'double' }, cond: { field: 'flags', bit: 1 } },
      { name: 'worker_end_time', type: { k: 'double' }, cond: { field: 'flags', bit: 1 } },
    ],
  },
  'client.queryAnswerEx': {
    id: 0xcd524720,
    kind: 'constructor',
    type: 'client.QueryAnswerEx',
    fields: [
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'answer', type: { k: 'bytes' } },
      { name: 'flags', type: { k: 'nat' } },
      { name: 'final_info', type: { k: 'bare', ctor: 'client.queryFinalInfo' }, cond: { field: 'flags', bit: 0 } },
    ],
  },
  'client.queryAnswerErrorEx': {
    id: 0x072562a8,
    kind: 'constructor',
    type: 'client.QueryAnswerEx',
    fields: [
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'error_code', type: { k: 'int' } },
      { name: 'error', type: { k: 'string' } },
      { name: 'flags', type: { k: 'nat' } },
      { name: 'final_info', type: { k: 'bare', ctor: 'client.queryFinalInfo' }, cond: { field: 'flags', bit: 0 } },
    ],
  },
  'client.queryAnswerPartEx': {
    id: 0xc07bfaec,
    kind: 'constructor',
    type: 'client.QueryAnswerEx',
    fields: [
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'answer', type: { k: 'bytes' } },
      { name: 'flags', type: { k: 'nat' } },
      { name: 'final_info', type: { k: 'bare', ctor: 'client.queryFinalInfo' }, cond: { field: 'flags', bit: 0 } },
    ],
  },
  'client.refund': {
    id: 0x83aabead,
    kind: 'constructor',
    type: 'client.Refund',
    fields: [
      { name: 'data', type: { k: 'bytes' } },
    ],
  },
  'client.refundRejected': {
    id: 0xcf9d9957,
    kind: 'constructor',
    type: 'client.Refund',
    fields: [
      { name: 'active_queries', type: { k: 'long' } },
    ],
  },
  'client.workerType': {
    id: 0x8210e21c,
    kind: 'constructor',
    type: 'client.WorkerType',
    fields: [
      { name: 'name', type: { k: 'string' } },
      { name: 'active_workers', type: { k: 'int' } },
      { name: 'coefficient_min', type: { k: 'int' } },
      { name: 'coefficient_bucket50', type: { k: 'int' } },
      { name: 'coefficient_max', type: { k: 'int' } },
    ],
  },
  'client.workerTypes': {
    id: 0xf64e0e01,
    kind: 'constructor',
    type: 'client.WorkerTypes',
    fields: [
      { name: 'types', type: { k: 'vector', boxed: false, of: { k: 'bare', ctor: 'client.workerType' } } },
    ],
  },
  'client.workerInstanceV2': {
    id: 0x3ea93d00,
    kind: 'constructor',
    type: 'client.WorkerInstanceV2',
    fields: [
      { name: 'flags', type: { k: 'nat' } },
      { name: 'coefficient', type: { k: 'int' } },
      { name: 'active_requests', type: { k: 'int' } },
      { name: 'max_active_requests', type: { k: 'int' } },
    ],
  },
  'client.workerTypeV2': {
    id: 0xb27d8197,
    kind: 'constructor',
    type: 'client.WorkerTypeV2',
    fields: [
      { name: 'name', type: { k: 'string' } },
      { name: 'workers', type: { k: 'vector', boxed: false, of: { k: 'bare', ctor: 'client.workerInstanceV2' } } },
    ],
  },
  'client.workerTypesV2': {
    id: 0x0cf0dc67,
    kind: 'constructor',
    type: 'client.WorkerTypesV2',
    fields: [
      { name: 'types', type: { k: 'vector', boxed: false, of: { k: 'bare', ctor: 'client.workerTypeV2' } } },
    ],
  },
  'client.paymentStatus': {
    id: 0xaa8a0ecc,
    kind: 'constructor',
    type: 'client.PaymentStatus',
    fields: [
      { name: 'signed_payment', type: { k: 'boxed', type: 'proxy.SignedPayment' } },
      { name: 'db_tokens', type: { k: 'long' } },
      { name: 'max_tokens', type: { k: 'long' } },
    ],
  },
  'proxy.clientRequestPayment': {
    id: 0xc6bcf127,
    kind: 'constructor',
    type: 'proxy.WorkerRequestPayment',
    fields: [
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'signed_payment', type: { k: 'boxed', type: 'proxy.SignedPayment' } },
      { name: 'db_tokens', type: { k: 'long' } },
      { name: 'max_tokens', type: { k: 'long' } },
      { name: 'request_tokens', type: { k: 'long' } },
    ],
  },
  'client.connectToProxy': {
    id: 0xff5fa0f4,
    kind: 'function',
    type: 'client.ConnectedToProxy',
    fields: [
      { name: 'params', type: { k: 'bare', ctor: 'client.params' } },
      { name: 'min_config_version', type: { k: 'int' } },
    ],
  },
  'client.authorizeWithProxyShort': {
    id: 0x6c276723,
    kind: 'function',
    type: 'client.AuthorizationWithProxy',
    fields: [
      { name: 'data', type: { k: 'bytes' } },
    ],
  },
  'client.authorizeWithProxyLong': {
    id: 0xd3474303,
    kind: 'function',
    type: 'client.AuthorizationWithProxy',
    fields: [],
  },
  'client.runQuery': {
    id: 0xbc748f32,
    kind: 'function',
    type: 'client.QueryAnswer',
    fields: [
      { name: 'model_name', type: { k: 'string' } },
      { name: 'query', type: { k: 'bytes' } },
      { name: 'max_coefficient', type: { k: 'int' } },
      { name: 'max_tokens', type: { k: 'int' } },
      { name: 'timeout', type: { k: 'double' } },
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'min_config_version', type: { k: 'int' } },
    ],
  },
  'client.runQueryEx': {
    id: 0xf54cb74b,
    kind: 'function',
    type: 'client.QueryAnswerEx',
    fields: [
      { name: 'model_name', type: { k: 'string' } },
      { name: 'query', type: { k: 'bytes' } },
      { name: 'max_coefficient', type: { k: 'int' } },
      { name: 'max_tokens', type: { k: 'int' } },
      { name: 'timeout', type: { k: 'double' } },
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'min_config_version', type: { k: 'int' } },
      { name: 'flags', type: { k: 'nat' } },
      { name: 'enable_debug', type: { k: 'bool' }, cond: { field: 'flags', bit: 0 } },
      { name: 'public_key', type: { k: 'int256' }, cond: { field: 'flags', bit: 1 } },
    ],
  },
  'client.requestRefund': {
    id: 0x238d863d,
    kind: 'function',
    type: 'client.Refund',
    fields: [],
  },
  'client.updatePaymentStatus': {
    id: 0x9ed1c697,
    kind: 'function',
    type: 'client.PaymentStatus',
    fields: [],
  },
  'client.getWorkerTypes': {
    id: 0x7f062bdb,
    kind: 'function',
    type: 'client.WorkerTypes',
    fields: [],
  },
  'client.getWorkerTypesV2': {
    id: 0xb2133d72,
    kind: 'function',
    type: 'client.WorkerTypesV2',
    fields: [],
  },
  'proxy.signedPayment': {
    id: 0x02998182,
    kind: 'constructor',
    type: 'proxy.SignedPayment',
    fields: [
      { name: 'data', type: { k: 'bytes' } },
    ],
  },
  'proxy.signedPaymentEmpty': {
    id: 0xb347ce64,
    kind: 'constructor',
    type: 'proxy.SignedPayment',
    fields: [],
  },
  'proxy.queryAnswer': {
    id: 0x37e5f725,
    kind: 'constructor',
    type: 'proxy.QueryAnswer',
    fields: [
      { name: 'answer', type: { k: 'bytes' } },
      { name: 'is_completed', type: { k: 'bool' } },
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'tokens_used', type: { k: 'bare', ctor: 'tokensUsed' } },
    ],
  },
  'proxy.queryAnswerError': {
    id: 0x669d014e,
    kind: 'constructor',
    type: 'proxy.QueryAnswer',
    fields: [
      { name: 'error_code', type: { k: 'int' } },
      { name: 'error', type: { k: 'string' } },
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'tokens_used', type: { k: 'bare', ctor: 'tokensUsed' } },
    ],
  },
  'proxy.queryAnswerPart': {
    id: 0x72eb00ee,
    kind: 'constructor',
    type: 'proxy.QueryAnswerPart',
    fields: [
      { name: 'answer', type: { k: 'bytes' } },
      { name: 'is_completed', type: { k: 'bool' } },
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'tokens_used', type: { k: 'bare', ctor: 'tokensUsed' } },
    ],
  },
  'proxy.queryAnswerPartError': {
    id: 0x940e1168,
    kind: 'constructor',
    type: 'proxy.QueryAnswerPart',
    fields: [
      { name: 'error_code', type: { k: 'int' } },
      { name: 'error', type: { k: 'string' } },
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'tokens_used', type: { k: 'bare', ctor: 'tokensUsed' } },
    ],
  },
  'proxy.queryFinalInfo': {
    id: 0xe794e6fc,
    kind: 'constructor',
    type: 'proxy.QueryFinalInfo',
    fields: [
      { name: 'flags', type: { k: 'nat' } },
      { name: 'tokens_used', type: { k: 'bare', ctor: 'tokensUsed' } },
      { name: 'worker_debug', type: { k: 'string' }, cond: { field: 'flags', bit: 0 } },
      { name: 'worker_start_time', type: { k: 'double' }, cond: { field: 'flags', bit: 1 } },
      { name: 'worker_end_time', type: { k: 'double' }, cond: { field: 'flags', bit: 1 } },
    ],
  },
  'proxy.queryAnswerEx': {
    id: 0x1ce574e8,
    kind: 'constructor',
    type: 'proxy.QueryAnswerEx',
    fields: [
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'answer', type: { k: 'bytes' } },
      { name: 'flags', type: { k: 'nat' } },
      { name: 'final_info', type: { k: 'bare', ctor: 'proxy.queryFinalInfo' }, cond: { field: 'flags', bit: 0 } },
    ],
  },
  'proxy.queryAnswerErrorEx': {
    id: 0x8f7fb0a7,
    kind: 'constructor',
    type: 'proxy.QueryAnswerEx',
    fields: [
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'error_code', type: { k: 'int' } },
      { name: 'error', type: { k: 'string' } },
      { name: 'flags', type: { k: 'nat' } },
      { name: 'final_info', type: { k: 'bare', ctor: 'proxy.queryFinalInfo' }, cond: { field: 'flags', bit: 0 } },
    ],
  },
  'proxy.queryAnswerPartEx': {
    id: 0x6d85b50f,
    kind: 'constructor',
    type: 'proxy.QueryAnswerEx',
    fields: [
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'answer', type: { k: 'bytes' } },
      { name: 'flags', type: { k: 'nat' } },
      { name: 'final_info', type: { k: 'bare', ctor: 'proxy.queryFinalInfo' }, cond: { field: 'flags', bit: 0 } },
    ],
  },
  'proxy.workerRequestPayment': {
    id: 0x1436c0d5,
    kind: 'constructor',
    type: 'proxy.WorkerRequestPayment',
    fields: [
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'signed_payment', type: { k: 'boxed', type: 'proxy.SignedPayment' } },
      { name: 'db_tokens', type: { k: 'long' } },
      { name: 'max_tokens', type: { k: 'long' } },
      { name: 'request_tokens', type: { k: 'long' } },
      { name: 'request_client_owner', type: { k: 'string' } },
    ],
  },
  'proxy.runQuery': {
    id: 0x47182416,
    kind: 'function',
    type: 'proxy.QueryAnswer',
    fields: [
      { name: 'query', type: { k: 'bytes' } },
      { name: 'signed_payment', type: { k: 'boxed', type: 'proxy.SignedPayment' } },
      { name: 'coefficient', type: { k: 'long' } },
      { name: 'timeout', type: { k: 'double' } },
      { name: 'request_id', type: { k: 'int256' } },
    ],
  },
  'proxy.runQueryEx': {
    id: 0xc805e7e2,
    kind: 'function',
    type: 'proxy.QueryAnswer',
    fields: [
      { name: 'query', type: { k: 'bytes' } },
      { name: 'signed_payment', type: { k: 'boxed', type: 'proxy.SignedPayment' } },
      { name: 'coefficient', type: { k: 'long' } },
      { name: 'timeout', type: { k: 'double' } },
      { name: 'request_id', type: { k: 'int256' } },
      { name: 'flags', type: { k: 'nat' } },
      { name: 'enable_debug', type: { k: 'bool' }, cond: { field: 'flags', bit: 0 } },
      { name: 'private_key', type: { k: 'int256' }, cond: { field: 'flags', bit: 1 } },
    ],
  },
  'worker.enabledDisabled': {
    id: 0xb3b71039,
    kind: 'constructor',
    type: 'worker.EnabledDisabled',
    fields: [
      { name: 'disabled', type: { k: 'int' } },
    ],
  },
  'worker.newCoefficient': {
    id: 0x6af092b0,
    kind: 'constructor',
    type: 'worker.NewCoefficient',
    fields: [
      { name: 'new_coefficient', type: { k: 'int' } },
    ],
  },
  'worker.connectedToProxy': {
    id: 0x66bc82ee,
    kind: 'constructor',
    type: 'worker.ConnectedToProxy',
    fields: [
      { name: 'params', type: { k: 'bare', ctor: 'proxy.params' } },
      { name: 'worker_sc_address', type: { k: 'string' } },
    ],
  },
  'worker.compareBalanceWithProxyResult': {
    id: 0x9054c411,
    kind: 'constructor',
    type: 'worker.CompareBalanceWithProxyResult',
    fields: [
      { name: 'signed_payment', type: { k: 'boxed', type: 'proxy.SignedPayment' } },
      { name: 'tokens_committed_to_db', type: { k: 'long' } },
      { name: 'max_tokens', type: { k: 'long' } },
      { name: 'error_code', type: { k: 'int' } },
    ],
  },
  'worker.extendedCompareBalanceWithProxyResult': {
    id: 0x0c10973e,
    kind: 'constructor',
    type: 'worker.ExtendedCompareBalanceWithProxyResult',
    fields: [
      { name: 'error_code', type: { k: 'int' } },
    ],
  },
  'worker.proxyHandshakeCompleted': {
    id: 0x3ad9b886,
    kind: 'constructor',
    type: 'worker.HandshakeCompleted',
    fields: [],
  },
  'worker.paymentStatus': {
    id: 0xa88bd701,
    kind: 'constructor',
    type: 'worker.PaymentStatus',
    fields: [
      { name: 'signed_payment', type: { k: 'boxed', type: 'proxy.SignedPayment' } },
      { name: 'db_tokens', type: { k: 'long' } },
      { name: 'max_tokens', type: { k: 'long' } },
    ],
  },
  'worker.changedModel': {
    id: 0x34029366,
    kind: 'constructor',
    type: 'worker.ChangedModel',
    fields: [],
  },
  'worker.connectToProxy': {
    id: 0xcc484c5d,
    kind: 'function',
    type: 'worker.ConnectedToProxy',
    fields: [
      { name: 'params', type: { k: 'bare', ctor: 'worker.params' } },
    ],
  },
  'worker.compareBalanceWithProxy': {
    id: 0xdb386501,
    kind: 'function',
    type: 'worker.CompareBalanceWithProxyResult',
    fields: [
      { name: 'tokens_committed_to_blockchain', type: { k: 'long' } },
      { name: 'tokens_committed_to_db', type: { k: 'long' } },
      { name: 'max_tokens', type: { k: 'long' } },
    ],
  },
  'worker.extendedCompareBalanceWithProxy': {
    id: 0xf8dd9914,
    kind: 'function',
    type: 'worker.ExtendedCompareBalanceWithProxyResult',
    fields: [
      { name: 'tokens_committed_to_db', type: { k: 'long' } },
      { name: 'other', type: { k: 'bytes' } },
    ],
  },
  'worker.proxyHandshakeComplete': {
    id: 0xf843b066,
    kind: 'function',
    type: 'worker.HandshakeCompleted',
    fields: [
      { name: 'is_disabled', type: { k: 'bool' } },
    ],
  },
  'worker.updatePaymentStatus': {
    id: 0xdc70a524,
    kind: 'function',
    type: 'worker.PaymentStatus',
    fields: [],
  },
  'worker.changeModel': {
    id: 0x72662cee,
    kind: 'function',
    type: 'worker.ChangedModel',
    fields: [
      { name: 'new_model', type: { k: 'string' } },
    ],
  },
  'keyManager.privateKey': {
    id: 0x60f4f8e7,
    kind: 'constructor',
    type: 'keyManager.PrivateKey',
    fields: [
      { name: 'valid_until_utime', type: { k: 'int' } },
      { name: 'private_key', type: { k: 'int256' } },
    ],
  },
  'keyManager.privateKeys': {
    id: 0x0ed66ce5,
    kind: 'constructor',
    type: 'keyManager.PrivateKeys',
    fields: [
      { name: 'keys', type: { k: 'vector', boxed: false, of: { k: 'bare', ctor: 'keyManager.privateKey' } } },
    ],
  },
  'keyManager.getWorkerPrivateKeys': {
    id: 0x4b90e9b1,
    kind: 'function',
    type: 'keyManager.PrivateKeys',
    fields: [
      { name: 'proto_version', type: { k: 'int' } },
    ],
  },
  'keyManager.getProxyPrivateKeys': {
    id: 0x4135d0bd,
    kind: 'function',
    type: 'keyManager.PrivateKeys',
    fields: [
      { name: 'proto_version', type: { k: 'int' } },
    ],
  },
  'http.header': {
    id: 0x8e9be511,
    kind: 'constructor',
    type: 'http.Header',
    fields: [
      { name: 'name', type: { k: 'string' } },
      { name: 'value', type: { k: 'string' } },
    ],
  },
  'http.response': {
    id: 0x1cd0c42b,
    kind: 'constructor',
    type: 'http.Response',
    fields: [
      { name: 'http_version', type: { k: 'string' } },
      { name: 'status_code', type: { k: 'int' } },
      { name: 'reason', type: { k: 'string' } },
      { name: 'headers', type: { k: 'vector', boxed: false, of: { k: 'bare', ctor: 'http.header' } } },
      { name: 'payload', type: { k: 'bytes' } },
    ],
  },
  'http.request': {
    id: 0x47492de5,
    kind: 'function',
    type: 'http.Response',
    fields: [
      { name: 'method', type: { k: 'string' } },
      { name: 'url', type: { k: 'string' } },
      { name: 'http_version', type: { k: 'string' } },
      { name: 'headers', type: { k: 'vector', boxed: false, of: { k: 'bare', ctor: 'http.header' } } },
      { name: 'payload', type: { k: 'bytes' } },
    ],
  },
};
