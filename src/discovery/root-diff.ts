// What changed between two readings of a root contract, in the terms a worker acts on: proxies added,
// removed or re-addressed; prices, multipliers and other params; the proxy / worker / model hash lists; the
// verified key sets (docs/discovery.md). A diff against nothing (the first reading) lists everything as added.
import type { RootConfig, RootParams } from '../chain/contracts/root-config.js';

/** One registered proxy: `"workers_ip:port[ clients_ip:port]"` as the root lists it. */
export interface RootProxy {
  seqno: number;
  /** The entry as listed. */
  entry: string;
  /** Where workers dial (the first address of the entry). */
  workers: string;
  clients: string | null;
}

export interface SetChange {
  /** Hex of each 32-byte key. */
  added: string[];
  removed: string[];
}

export type ParamField = Exclude<keyof RootParams, 'proxyCode' | 'workerCode' | 'clientCode'>;

export interface ParamChange {
  field: ParamField | 'proxyCode' | 'workerCode' | 'clientCode';
  /** Decimal (bigint, number), `true`/`false`, or a code cell's hash in hex (`none` when absent). */
  from: string;
  to: string;
}

export interface RootDiff {
  /** The first reading: everything is new. */
  first: boolean;
  versionFrom: number | null;
  versionTo: number;
  proxiesAdded: RootProxy[];
  proxiesRemoved: RootProxy[];
  /** Same seqno, another entry. */
  proxiesChanged: Array<{ before: RootProxy; after: RootProxy }>;
  params: ParamChange[];
  proxyHashes: SetChange;
  workerHashes: SetChange;
  modelHashes: SetChange;
  verifiedProxyKeys: SetChange;
  verifiedWorkerKeys: SetChange;
  verifiedKeyManagerKeys: SetChange;
  /** Nothing a worker acts on changed (e.g. only the version counter moved). */
  empty: boolean;
}

export function rootProxies(config: RootConfig): RootProxy[] {
  return [...config.proxies]
    .sort(([a], [b]) => a - b)
    .map(([seqno, entry]) => {
      const [workers = '', clients] = entry.trim().split(/\s+/);
      return { seqno, entry, workers, clients: clients ?? null };
    });
}

function setChange(before: readonly Buffer[], after: readonly Buffer[]): SetChange {
  const a = new Set(before.map((b) => b.toString('hex')));
  const b = new Set(after.map((x) => x.toString('hex')));
  return { added: [...b].filter((k) => !a.has(k)).sort(), removed: [...a].filter((k) => !b.has(k)).sort() };
}

const PARAM_FIELDS: readonly ParamField[] = [
  'structVersion',
  'paramsVersion',
  'uniqueId',
  'isTest',
  'pricePerToken',
  'workerFeePerToken',
  'promptMult',
  'cachedMult',
  'completionMult',
  'reasoningMult',
  'proxyDelayBeforeClose',
  'clientDelayBeforeClose',
  'minProxyStake',
  'minClientStake',
];
const CODE_FIELDS = ['proxyCode', 'workerCode', 'clientCode'] as const;

function paramChanges(a: RootParams | null, b: RootParams): ParamChange[] {
  const out: ParamChange[] = [];
  for (const field of PARAM_FIELDS) {
    const from = a ? String(a[field]) : '';
    const to = String(b[field]);
    if (from !== to) out.push({ field, from, to });
  }
  for (const field of CODE_FIELDS) {
    const from = a ? (a[field]?.hash().toString('hex') ?? 'none') : '';
    const to = b[field]?.hash().toString('hex') ?? 'none';
    if (from !== to) out.push({ field, from, to });
  }
  return out;
}

export function diffRoot(before: RootConfig | null, after: RootConfig): RootDiff {
  const was = new Map((before ? rootProxies(before) : []).map((p) => [p.seqno, p]));
  const now = new Map(rootProxies(after).map((p) => [p.seqno, p]));
  const sets = (pick: (c: RootConfig) => Buffer[]): SetChange =>
    setChange(before ? pick(before) : [], pick(after));
  const diff: Omit<RootDiff, 'empty'> = {
    first: before === null,
    versionFrom: before?.version ?? null,
    versionTo: after.version,
    proxiesAdded: [...now.values()].filter((p) => !was.has(p.seqno)),
    proxiesRemoved: [...was.values()].filter((p) => !now.has(p.seqno)),
    proxiesChanged: [...now.values()].flatMap((p) => {
      const old = was.get(p.seqno);
      return old && old.entry !== p.entry ? [{ before: old, after: p }] : [];
    }),
    params: paramChanges(before?.params ?? null, after.params),
    proxyHashes: sets((c) => c.proxyHashes),
    workerHashes: sets((c) => c.workerHashes),
    modelHashes: sets((c) => c.modelHashes),
    verifiedProxyKeys: sets((c) => c.verifiedProxyKeys),
    verifiedWorkerKeys: sets((c) => c.verifiedWorkerKeys),
    verifiedKeyManagerKeys: sets((c) => c.verifiedKeyManagerKeys),
  };
  const setsEmpty = [
    diff.proxyHashes,
    diff.workerHashes,
    diff.modelHashes,
    diff.verifiedProxyKeys,
    diff.verifiedWorkerKeys,
    diff.verifiedKeyManagerKeys,
  ].every((s) => s.added.length === 0 && s.removed.length === 0);
  const empty =
    !diff.first &&
    diff.proxiesAdded.length +
      diff.proxiesRemoved.length +
      diff.proxiesChanged.length +
      diff.params.length ===
      0 &&
    setsEmpty;
  return { ...diff, empty };
}

/** One line for the log: "proxies +1 −0 ~0, price 2 → 3, …". */
export function describeDiff(d: RootDiff): string {
  if (d.first) return `version ${d.versionTo}, ${d.proxiesAdded.length} proxies`;
  const parts = [`version ${d.versionFrom ?? '?'} → ${d.versionTo}`];
  const px = [d.proxiesAdded.length, d.proxiesRemoved.length, d.proxiesChanged.length];
  if (px.some((n) => n > 0)) parts.push(`proxies +${px[0]} −${px[1]} ~${px[2]}`);
  for (const c of d.params) parts.push(`${c.field} ${c.from} → ${c.to}`);
  const sets = {
    proxyHashes: d.proxyHashes,
    workerHashes: d.workerHashes,
    modelHashes: d.modelHashes,
    verifiedProxyKeys: d.verifiedProxyKeys,
  };
  for (const [name, s] of Object.entries(sets))
    if (s.added.length + s.removed.length > 0) parts.push(`${name} +${s.added.length} −${s.removed.length}`);
  return parts.join(', ');
}
