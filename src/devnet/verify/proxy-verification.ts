// The verification side of the devnet proxy, kept out of devnet-proxy.ts: the request as forwarded (the
// client endpoint's header set, the worker's standing header, evidence asked for on every request so a
// checked one looks like any other), the evidence tapped from the answer, and the payment decision.
import { httpQuery } from '../proxy/http-query.js';
import type { ProxyResponse } from '../proxy/relay.js';
import type { RouteCandidate } from '../proxy/router.js';
import type { WorkerLink } from '../proxy/worker-link.js';
import { CLIENT_HEADERS } from './corpus.js';
import type { EvidenceTap, RequestEvidence } from './evidence-port.js';
import { standingHeader } from './standing-header.js';
import type { Verifier } from './verifier.js';

export interface VerificationOptions {
  verifier: Verifier;
  tap: EvidenceTap;
}

export interface VerifiedRequest {
  path: string;
  payload: Buffer;
  /** Proxy-made evaluation traffic (canaries), unpaid and always checked. */
  evaluation?: boolean;
}

export class ProxyVerification {
  readonly verifier: Verifier;
  readonly #tap: EvidenceTap;
  /** Owners with a ready connection at the last change (uptime). */
  #up = new Set<string>();

  constructor(o: VerificationOptions) {
    this.verifier = o.verifier;
    this.#tap = o.tap;
  }

  /**
   * The routing view of one connection: its owner's lane and score; null for a model without a reference
   * (not verified: the proxy routes it as without verification, canaries as before).
   */
  candidate(link: WorkerLink): RouteCandidate | null {
    const w = link.worker;
    if (!w) return link.candidate(0);
    if (!this.verifier.referenceFor(w.baseModel)) return null;
    const owner = w.owner.toRawString();
    return { ...link.candidate(this.verifier.score(owner)), lane: this.verifier.standing(owner).lane };
  }

  /** Call when connections change: an owner is up while one of its connections is ready. */
  connections(links: Iterable<WorkerLink>): void {
    const up = new Set<string>();
    for (const l of links) if (l.ready && !l.closed && l.worker) up.add(l.worker.owner.toRawString());
    for (const owner of up) if (!this.#up.has(owner)) this.verifier.standing(owner).connected(true);
    for (const owner of this.#up) if (!up.has(owner)) this.verifier.standing(owner).connected(false);
    this.#up = up;
  }

  async send(
    link: WorkerLink,
    req: VerifiedRequest,
    run: Omit<Parameters<WorkerLink['run']>[0], 'query' | 'settle'>,
  ): Promise<ProxyResponse> {
    const worker = link.worker;
    if (!worker) return link.run({ ...run, query: httpQuery(req.path, req.payload) }).response;
    const owner = worker.owner.toRawString();
    // An encrypted answer is sealed for the client, its evidence too (docs/protocol.md §8.4): not checkable,
    // passed through untouched (the header still goes out, so the request looks like the others).
    const sealed = run.privateKey !== undefined;
    const planned = this.verifier.plan(owner, req.evaluation === true, worker.baseModel);
    const plan = sealed ? { ...planned, kind: null } : planned;
    const note = this.verifier.referenceFor(worker.baseModel) ? {} : { unverified: worker.baseModel };
    const standing = standingHeader(this.verifier.view(owner), note);
    const headers = [...CLIENT_HEADERS, ...this.#tap.headers, standing];
    const query = httpQuery(req.path, this.#tap.ask(req.path, req.payload), headers);
    // Undefined: the request failed before an answer, so there is nothing to check.
    let answered!: (e: Promise<RequestEvidence | null | undefined> | undefined) => void;
    const tapped = new Promise<RequestEvidence | null | undefined>((resolve) => (answered = resolve));
    const relay = link.run({
      ...run,
      query,
      settle: (tokens) => this.verifier.settle(plan, req.path, req.payload, tapped, tokens),
    });
    try {
      const res = await relay.response;
      if (sealed) {
        answered(undefined);
        return res;
      }
      const t = this.#tap.tap(req.path, req.payload, res);
      answered(t.evidence);
      return t.response;
    } catch (err) {
      answered(undefined);
      throw err;
    }
  }
}
