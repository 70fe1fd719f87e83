// Generated from src/protocol/schema/silkworm.tl by src/protocol/tl/codegen.ts (npm run gen:protocol). Do not edit:
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
  'bytes': 0x184614d1,
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
  'workerRunner.config': 0x870db56d,
  'rootConfig.registeredProxy': 0x9f4e446a,
  'rootConfig.pseudo': 0x87a976cc,
  'rootConfig.configV5': 0x5e84869b,
  'tokensUsed': 0x70c5b15c,
  'worker.params': 0x869c73ed,
  'proxy.params': 0xd5c5609f,
  'proxy.clientRequestPayment': 0xc6bcf127,
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
  'worker.connectToProxy': 0xcc484c5d,
  'worker.compareBalanceWithProxy': 0xdb386501,
  'worker.extendedCompareBalanceWithProxy': 0xf8dd9914,
  'worker.proxyHandshakeComplete': 0xf843b066,
  'worker.updatePaymentStatus': 0xdc70a524,
  'http.header': 0x8e9be511,
  'http.response': 0x1cd0c42b,
  'http.request': 0x47492de5,
} as const;

const knownIds = new Set<number>(Object.values(tlIds));

function badId(r: TlReader, id: number, at: number, expected: string): never {
  return knownIds.has(id) ? r.unexpected(id, at, expected) : r.unknown(id, at);
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

// workerRunner.config is_test:Bool is_testnet:Bool http_port:int owner_address:string proxy_connections:int connect_to_proxy_via:string model_name:string coefficient:int root_contract_address:string node_wallet_key:int256 forward_requests_to:string ton_config_filename:string check_proxy_hashes:Bool max_active_requests:int image_hash:int256 http_access_hash:string = workerRunner.Config
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
  return { _: 'workerRunner.config', is_test, is_testnet, http_port, owner_address, proxy_connections, connect_to_proxy_via, model_name, coefficient, root_contract_address, node_wallet_key, forward_requests_to, ton_config_filename, check_proxy_hashes, max_active_requests, image_hash, http_access_hash };
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

// rootConfig.pseudo proxy_hashes:vector int256 worker_hashes:vector int256 model_hashes:vector int256 model_types:vector string registered_proxies:vector rootConfig.registeredProxy price_per_token:int worker_fee_per_token:int last_proxy_seqno:int version:int params_version:int proxy_sc_code:string worker_sc_code:string client_sc_code:string root_owner_address:string = rootConfig.Config
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
  const proxy_sc_code = r.string();
  const worker_sc_code = r.string();
  const client_sc_code = r.string();
  const root_owner_address = r.string();
  return { _: 'rootConfig.pseudo', proxy_hashes, worker_hashes, model_hashes, model_types, registered_proxies, price_per_token, worker_fee_per_token, last_proxy_seqno, version, params_version, proxy_sc_code, worker_sc_code, client_sc_code, root_owner_address };
}

// rootConfig.configV5 root_owner_address:string proxy_hashes:vector int256 registered_proxies:vector rootConfig.registeredProxy last_proxy_seqno:int worker_hashes:vector int256 model_hashes:vector int256 version:int struct_version:int params_version:int unique_id:int is_test:int price_per_token:long worker_fee_per_token:long prompt_tokens_price_multiplier:int cached_tokens_price_multiplier:int completion_tokens_price_multiplier:int reasoning_tokens_price_multiplier:int proxy_delay_before_close:int client_delay_before_close:int min_proxy_stake:long min_client_stake:long proxy_sc_code:string worker_sc_code:string client_sc_code:string = rootConfig.Config
export interface RootConfigConfigV5 {
  _: 'rootConfig.configV5';
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
  proxy_sc_code: string;
  worker_sc_code: string;
  client_sc_code: string;
}
export function storeRootConfigConfigV5(w: TlWriter, o: RootConfigConfigV5): void {
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
  w.string(o.proxy_sc_code);
  w.string(o.worker_sc_code);
  w.string(o.client_sc_code);
}
export function loadRootConfigConfigV5(r: TlReader): RootConfigConfigV5 {
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
  const proxy_sc_code = r.string();
  const worker_sc_code = r.string();
  const client_sc_code = r.string();
  return { _: 'rootConfig.configV5', root_owner_address, proxy_hashes, registered_proxies, last_proxy_seqno, worker_hashes, model_hashes, version, struct_version, params_version, unique_id, is_test, price_per_token, worker_fee_per_token, prompt_tokens_price_multiplier, cached_tokens_price_multiplier, completion_tokens_price_multiplier, reasoning_tokens_price_multiplier, proxy_delay_before_close, client_delay_before_close, min_proxy_stake, min_client_stake, proxy_sc_code, worker_sc_code, client_sc_code };
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

// worker.params flags:# worker_owner_address:string model:string coefficient:int is_test:flags.0?Bool proxy_cnt:flags.0?int max_active_requests:flags.0?int min_proto_version:flags.1?int max_proto_version:flags.1?int = worker.Params (explicit id 0x869c73ed)
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
  return { _: 'worker.params', flags, worker_owner_address, model, coefficient, is_test, proxy_cnt, max_active_requests, min_proto_version, max_proto_version };
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

// proxy.runQueryEx query:bytes signed_payment:proxy.SignedPayment coefficient:long timeout:double request_id:int256 flags:# enable_debug:flags.0?Bool = proxy.QueryAnswer
export interface ProxyRunQueryEx {
  _: 'proxy.runQueryEx';
  query: Buffer;
  signed_payment: TlTypes['proxy.SignedPayment'];
  coefficient: bigint;
  timeout: number;
  request_id: Buffer;
  flags: number;
  enable_debug?: boolean;
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
}
export function loadProxyRunQueryEx(r: TlReader): ProxyRunQueryEx {
  const query = r.bytes();
  const signed_payment = loadBoxedProxySignedPayment(r);
  const coefficient = r.long();
  const timeout = r.double();
  const request_id = r.raw(32);
  const flags = r.nat();
  const enable_debug = ((flags >>> 0) & 1) === 1 ? r.bool() : undefined;
  return { _: 'proxy.runQueryEx', query, signed_payment, coefficient, timeout, request_id, flags, enable_debug };
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
  'tcp.ping': TcpPing;
  'tcp.pong': TcpPong;
  'tcp.packet': TcpPacket;
  'tcp.queryAnswer': TcpQueryAnswer;
  'tcp.queryError': TcpQueryError;
  'tcp.query': TcpQuery;
  'tcp.connected': TcpConnected;
  'tcp.connect': TcpConnect;
  'workerRunner.config': WorkerRunnerConfig;
  'rootConfig.registeredProxy': RootConfigRegisteredProxy;
  'rootConfig.pseudo': RootConfigPseudo;
  'rootConfig.configV5': RootConfigConfigV5;
  'tokensUsed': TokensUsed;
  'worker.params': WorkerParams;
  'proxy.params': ProxyParams;
  'proxy.clientRequestPayment': ProxyClientRequestPayment;
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
  'worker.connectToProxy': WorkerConnectToProxy;
  'worker.compareBalanceWithProxy': WorkerCompareBalanceWithProxy;
  'worker.extendedCompareBalanceWithProxy': WorkerExtendedCompareBalanceWithProxy;
  'worker.proxyHandshakeComplete': WorkerProxyHandshakeComplete;
  'worker.updatePaymentStatus': WorkerUpdatePaymentStatus;
  'http.header': HttpHeader;
  'http.response': HttpResponse;
  'http.request': HttpRequest;
}

/** Every boxed type and the constructors that belong to it. */
export interface TlTypes {
  'tcp.Packet': TcpPing | TcpPong | TcpPacket | TcpQueryAnswer | TcpQueryError | TcpQuery | TcpConnected | TcpConnect;
  'workerRunner.Config': WorkerRunnerConfig;
  'rootConfig.RegisteredProxy': RootConfigRegisteredProxy;
  'rootConfig.Config': RootConfigPseudo | RootConfigConfigV5;
  'TokensUsed': TokensUsed;
  'worker.Params': WorkerParams;
  'proxy.Params': ProxyParams;
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
  'http.Header': HttpHeader;
  'http.Response': HttpResponse | HttpRequest;
}

/** The result type of each function. */
export interface TlFunctionResults {
  'proxy.runQuery': 'proxy.QueryAnswer';
  'proxy.runQueryEx': 'proxy.QueryAnswer';
  'worker.connectToProxy': 'worker.ConnectedToProxy';
  'worker.compareBalanceWithProxy': 'worker.CompareBalanceWithProxyResult';
  'worker.extendedCompareBalanceWithProxy': 'worker.ExtendedCompareBalanceWithProxyResult';
  'worker.proxyHandshakeComplete': 'worker.HandshakeCompleted';
  'worker.updatePaymentStatus': 'worker.PaymentStatus';
  'http.request': 'http.Response';
}

export type TlName = keyof TlConstructors;
export type TlObject = TlConstructors[TlName];
export type TlTypeName = keyof TlTypes;
export type TlFunctionName = keyof TlFunctionResults;
export type TlFunction = TlConstructors[TlFunctionName];

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

export function loadBoxedWorkerRunnerConfig(r: TlReader): TlTypes['workerRunner.Config'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x870db56d:
      return loadWorkerRunnerConfig(r);
    default:
      return badId(r, id, at, 'workerRunner.Config');
  }
}
export function storeBoxedWorkerRunnerConfig(w: TlWriter, o: TlTypes['workerRunner.Config']): void {
  switch (o._) {
    case 'workerRunner.config':
      w.nat(0x870db56d);
      storeWorkerRunnerConfig(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a workerRunner.Config`);
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

export function loadBoxedRootConfigConfig(r: TlReader): TlTypes['rootConfig.Config'] {
  const at = r.offset;
  const id = r.nat();
  switch (id) {
    case 0x87a976cc:
      return loadRootConfigPseudo(r);
    case 0x5e84869b:
      return loadRootConfigConfigV5(r);
    default:
      return badId(r, id, at, 'rootConfig.Config');
  }
}
export function storeBoxedRootConfigConfig(w: TlWriter, o: TlTypes['rootConfig.Config']): void {
  switch (o._) {
    case 'rootConfig.pseudo':
      w.nat(0x87a976cc);
      storeRootConfigPseudo(w, o);
      return;
    case 'rootConfig.configV5':
      w.nat(0x5e84869b);
      storeRootConfigConfigV5(w, o);
      return;
    default:
      return w.invalid(`${String((o as { _: unknown })._)} is not a rootConfig.Config`);
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
    case 0x870db56d:
      return loadWorkerRunnerConfig(r);
    case 0x9f4e446a:
      return loadRootConfigRegisteredProxy(r);
    case 0x87a976cc:
      return loadRootConfigPseudo(r);
    case 0x5e84869b:
      return loadRootConfigConfigV5(r);
    case 0x70c5b15c:
      return loadTokensUsed(r);
    case 0x869c73ed:
      return loadWorkerParams(r);
    case 0xd5c5609f:
      return loadProxyParams(r);
    case 0xc6bcf127:
      return loadProxyClientRequestPayment(r);
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
    case 'workerRunner.config':
      w.nat(0x870db56d);
      storeWorkerRunnerConfig(w, o);
      return;
    case 'rootConfig.registeredProxy':
      w.nat(0x9f4e446a);
      storeRootConfigRegisteredProxy(w, o);
      return;
    case 'rootConfig.pseudo':
      w.nat(0x87a976cc);
      storeRootConfigPseudo(w, o);
      return;
    case 'rootConfig.configV5':
      w.nat(0x5e84869b);
      storeRootConfigConfigV5(w, o);
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
    case 'proxy.clientRequestPayment':
      w.nat(0xc6bcf127);
      storeProxyClientRequestPayment(w, o);
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
  'tcp.Packet': loadBoxedTcpPacket,
  'workerRunner.Config': loadBoxedWorkerRunnerConfig,
  'rootConfig.RegisteredProxy': loadBoxedRootConfigRegisteredProxy,
  'rootConfig.Config': loadBoxedRootConfigConfig,
  'TokensUsed': loadBoxedTokensUsed,
  'worker.Params': loadBoxedWorkerParams,
  'proxy.Params': loadBoxedProxyParams,
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
  'http.Header': loadBoxedHttpHeader,
  'http.Response': loadBoxedHttpResponse,
};

export const tlFunctionResults: { readonly [F in TlFunctionName]: TlFunctionResults[F] } = {
  'proxy.runQuery': 'proxy.QueryAnswer',
  'proxy.runQueryEx': 'proxy.QueryAnswer',
  'worker.connectToProxy': 'worker.ConnectedToProxy',
  'worker.compareBalanceWithProxy': 'worker.CompareBalanceWithProxyResult',
  'worker.extendedCompareBalanceWithProxy': 'worker.ExtendedCompareBalanceWithProxyResult',
  'worker.proxyHandshakeComplete': 'worker.HandshakeCompleted',
  'worker.updatePaymentStatus': 'worker.PaymentStatus',
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
  'workerRunner.config': {
    id: 0x870db56d,
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
  'rootConfig.pseudo': {
    id: 0x87a976cc,
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
      { name: 'proxy_sc_code', type: { k: 'string' } },
      { name: 'worker_sc_code', type: { k: 'string' } },
      { name: 'client_sc_code', type: { k: 'string' } },
      { name: 'root_owner_address', type: { k: 'string' } },
    ],
  },
  'rootConfig.configV5': {
    id: 0x5e84869b,
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
      { name: 'proxy_sc_code', type: { k: 'string' } },
      { name: 'worker_sc_code', type: { k: 'string' } },
      { name: 'client_sc_code', type: { k: 'string' } },
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
