// The devnet proxy: the proxy half of Cocoon's worker protocol on 127.0.0.1. Workers dial its worker port
// (TCP → proof of work → RA-TLS, policy `home` by default → framed TL), pass the handshake of docs/protocol.md §3.3 and are
// routed requests by model (waiting in a bounded queue while every worker is at its cap); every finished
// request is billed to the worker's owner with a freshly signed
// cumulative payment. Clients reach it in-process through `request()` (the HTTP endpoint is src/devnet/client).
// It speaks protocol 0–4 as Cocoon's proxy since 9060ce5: encrypted requests go only to protocol-3+ workers,
// with the private key of the client's public key; `changeWorkerModel` sends worker.changeModel. The
// optional `cocoon-test` tier admits a plain-certificate (Cocoon C++) worker, unattested and labelled so.
import { parseAttestationPolicy, type AttestationPolicy } from '../../protocol/ratls/verify.js';
import { createProtocolServer, type ProtocolServer } from '../../protocol/server.js';
import type { Logger } from '../../logging/logger.js';
import { AdmissionQueue, admissionFor } from './admission.js';
import { OwnerBooks, type OwnerBook } from './books.js';
import { BooksFile } from './books-file.js';
import { ProxyRequestError } from './errors.js';
import { httpQuery } from './http-query.js';
import type { ModelChangeAnswer } from './model-change.js';
import type { PaymentSigner } from './payment-signer.js';
import { routeWant, type DevnetProxyOptions, type ProxyRequest } from './proxy-options.js';
import { homeReportVerifier, proxyIdentity } from './proxy-tls.js';
import type { ProxyResponse } from './relay.js';
import { RequestKeys } from './request-keys.js';
import { Reputation, type ReputationView } from './reputation.js';
import { chooseConnection } from './router.js';
import { WorkerLink, type RequestEnd } from './worker-link.js';
import { tierOf, workerView, type WorkerView } from './worker-views.js';

export type { WorkerView } from './worker-views.js';

export class DevnetProxy {
  readonly #o: DevnetProxyOptions;
  readonly #log: Logger;
  readonly #books: OwnerBooks;
  /** The cocoon-test tier's books when it has its own signer (its worker contracts differ), else null. */
  readonly #cocoonBooks: OwnerBooks | null;
  readonly #reputation = new Reputation();
  readonly #links = new Map<number, WorkerLink>();
  readonly #server: ProtocolServer;
  readonly #queue: AdmissionQueue;
  readonly #keys: RequestKeys;
  readonly #policy: AttestationPolicy;
  readonly tlsPublicKey: Buffer;
  #nextId = 1;
  #port = 0;
  #stopped = false;

  private constructor(o: DevnetProxyOptions) {
    this.#o = o;
    this.#log = o.log;
    this.#books = new OwnerBooks(
      o.signer,
      o.booksFile ? new BooksFile(o.booksFile, o.booksRecovery ?? null) : null,
    );
    const cocoonSigner = o.cocoonTest?.signer;
    this.#cocoonBooks = cocoonSigner ? new OwnerBooks(cocoonSigner) : null;
    this.#queue = new AdmissionQueue(o.maxQueued);
    this.#keys = o.requestKeys ?? new RequestKeys();
    this.#policy = parseAttestationPolicy(o.policy ?? 'home');
    const { identity, rawPublicKey } = proxyIdentity(o.tls);
    this.tlsPublicKey = rawPublicKey;
    const verifier = homeReportVerifier(o.homePolicy ?? { codeHashes: [], modelHashes: [] });
    this.#server = createProtocolServer({
      identity,
      policy: this.#policy,
      verify: { verifyHomeReport: verifier, admitUnattested: o.cocoonTest !== undefined },
      powDifficulty: o.powDifficulty ?? 20,
      log: this.#log.child('wire'),
      onConnection: (connection, accepted) => {
        const id = this.#nextId++;
        this.#log.info(
          `worker #${id} connected from ${accepted.remoteAddress}:${accepted.remotePort} (${accepted.peer.attestation}, tier ${tierOf(accepted.peer)})`,
        );
        const cocoon = tierOf(accepted.peer) === 'cocoon-test' ? this.#cocoonBooks : null;
        const link = new WorkerLink({
          id,
          connection,
          peer: accepted.peer,
          signer: cocoon ? (cocoonSigner as PaymentSigner) : o.signer,
          books: cocoon ?? this.#books,
          clientOwner: o.clientOwner ?? o.signer.proxyOwner.toString({ bounceable: false }),
          log: this.#log,
          ...(o.testnet !== undefined ? { testnet: o.testnet } : {}),
          ...(o.chainFloor && !cocoon ? { chainFloor: o.chainFloor } : {}),
          onChange: (l) => this.#changed(l),
          onRequestEnd: (end) => this.#ended(end),
        });
        this.#links.set(id, link);
      },
    });
  }

  static async start(o: DevnetProxyOptions): Promise<DevnetProxy> {
    const proxy = new DevnetProxy(o);
    const addr = await proxy.#server.listen(o.port ?? 0, o.host ?? '127.0.0.1');
    proxy.#port = addr.port;
    o.log.info(
      `devnet proxy listening for workers on ${addr.address}:${addr.port} (policy ${proxy.#policy}${o.cocoonTest ? ' + cocoon-test tier' : ''}, PoW ${o.powDifficulty ?? 20})`,
    );
    return proxy;
  }

  get port(): number {
    return this.#port;
  }

  /**
   * Routes one request; resolves with the response head. While every worker of the model is at its cap
   * it waits its turn (bounded queue, within its timeout); otherwise it rejects at once with a
   * ProxyRequestError that says why (no worker, unknown model, paused, busy, price).
   */
  async request(req: ProxyRequest): Promise<ProxyResponse> {
    const timeoutMs = req.timeoutMs ?? this.#o.defaultTimeoutMs ?? 114_000;
    const deadline = performance.now() + timeoutMs;
    const encrypted = req.publicKey !== undefined && req.publicKey.some((b) => b !== 0);
    const privateKey = encrypted ? this.#keys.seedFor(req.publicKey as Buffer) : undefined;
    const want = routeWant(req, encrypted, this.#o.verification !== undefined);
    for (;;) {
      if (this.#stopped) throw new ProxyRequestError('stopped', 'the devnet proxy is stopping');
      const v = this.#o.verification;
      const candidates = [...this.#links.values()].map((l) => ({
        ...(v?.candidate(l) ?? l.candidate(this.#reputationOf(l))),
        link: l,
      }));
      const choice = chooseConnection(candidates, want);
      if (choice)
        return this.#send(
          choice.link,
          req,
          Math.max(1, Math.round(deadline - performance.now())),
          privateKey,
        );
      const admission = admissionFor(candidates, want);
      if (admission.kind === 'refuse') throw admission.error;
      await this.#queue.wait(deadline);
    }
  }

  get queued(): number {
    return this.#queue.size; // requests waiting for a worker slot now
  }

  #send(link: WorkerLink, req: ProxyRequest, timeoutMs: number, privateKey?: Buffer): Promise<ProxyResponse> {
    const run = { timeoutMs, enableDebug: req.enableDebug ?? false, ...(privateKey ? { privateKey } : {}) };
    if (this.#o.verification) return this.#o.verification.send(link, req, run);
    return link.run({ ...run, query: httpQuery(req.path, req.payload, req.headers) }).response;
  }

  /**
   * Asks one worker connection to serve `model` (worker.changeModel, as Cocoon's proxy's
   * /request/change_worker_model). Resolves with the worker's answer; rejects only when there is no such
   * ready connection or the connection fails.
   */
  changeWorkerModel(id: number, model: string, timeoutMs?: number): Promise<ModelChangeAnswer> {
    const link = this.#links.get(id);
    if (!link) return Promise.reject(new ProxyRequestError('no_worker', `no worker connection #${id}`));
    return link.changeModel(model, timeoutMs);
  }

  /** The public keys clients may encrypt requests to. */
  get requestKeys(): RequestKeys {
    return this.#keys;
  }

  /** Base names of the models that ready, enabled workers serve. */
  models(): string[] {
    const names = new Set<string>();
    for (const l of this.#links.values()) if (l.ready && l.enabled && l.worker) names.add(l.worker.baseModel);
    return [...names].sort();
  }

  books(): OwnerBook[] {
    return [...this.#books.books(), ...(this.#cocoonBooks?.books() ?? [])];
  }

  workers(): WorkerView[] {
    return [...this.#links.values()].map((l) => {
      const owner = l.worker?.owner.toRawString();
      return workerView(l, l.candidate(this.#reputationOf(l)), owner ? this.#reputation.view(owner) : null);
    });
  }

  reputation(owner: string): ReputationView {
    return this.#reputation.view(owner);
  }

  recordCanary(workerId: number, matched: boolean): void {
    const owner = this.#links.get(workerId)?.worker?.owner.toRawString();
    if (owner) this.#reputation.recordCanary(owner, matched);
  }

  /** Drops one worker connection (operator action; also used by tests). */
  dropWorker(id: number, reason: string): void {
    this.#links.get(id)?.close(reason);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#queue.wake();
    for (const l of this.#links.values()) l.close('the devnet proxy is stopping');
    await this.#server.close();
  }

  #reputationOf(l: WorkerLink): number {
    const w = l.worker;
    return w ? this.#reputation.score(w.owner.toRawString()) : 0;
  }

  #changed(l: WorkerLink): void {
    if (l.closed && l.running === 0) this.#links.delete(l.id);
    this.#o.verification?.connections(this.#links.values()); // uptime of each owner
    this.#queue.wake(); // a slot freed, a worker came, paused or left: the waiting requests re-check
    this.#o.onWorkersChanged?.();
  }

  #ended(end: RequestEnd): void {
    this.#reputation.recordRequest(end.worker.owner.toRawString(), end.ok, end.durationMs);
    this.#o.verification?.verifier.standing(end.worker.owner.toRawString()).recordRequest(end.ok);
    this.#o.onRequestEnd?.(end);
  }
}
