// Durable record of claims and sweeps (one JSON file, written atomically). Amounts are bigint inside,
// strings on disk. Records written before payouts were read from the chain lack kind/recipient/
// receivedNano: they load with recipientKind null ("not verified") until the chain is read for them.
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../../settings/atomic-file.js';

export type ClaimStatus = 'paid' | 'refused' | 'failed';

/** Who received the money: the linked owner, or the node wallet (which owned the worker contract before a link). */
export type RecipientKind = 'owner' | 'node-wallet';

export interface ClaimRecord {
  id: string;
  /** A claim on a worker contract, or a sweep of what the node wallet received, to the owner. */
  kind: 'claim' | 'sweep';
  at: number;
  proxySc: string; // raw address 0:<hex>
  workerSc: string;
  qid: bigint;
  tokensFrom: bigint;
  tokensTo: bigint;
  /** Nanotons claimed: (tokensTo − tokensFrom) × worker_fee_per_token, or a sweep's value; 0 unless paid. */
  amountNano: bigint;
  /** Where the money went (raw address 0:<hex>), read from the chain; null when nothing arrived or unknown. */
  recipient: string | null;
  recipientKind: RecipientKind | null;
  /** What arrived at `recipient` on chain (the value of the message credited to it). */
  receivedNano: bigint;
  /** What the node wallet spent: gas, forward fees and rent, net of returned excess. Never negative. */
  feesNano: bigint;
  status: ClaimStatus;
  /** Node wallet transaction hash (hex). */
  txHash: string;
  /** Worker contract transaction hash (hex), when it ran. */
  workerTxHash: string | null;
  detail: string;
}

export interface ClaimStore {
  list(): Promise<ClaimRecord[]>;
  add(record: ClaimRecord): Promise<void>;
  /** Replaces the record with the same id (figures read from the chain later). */
  replace(record: ClaimRecord): Promise<void>;
  /** Why claiming must wait (the record was damaged and is not rebuilt yet), or null. */
  blocked(): string | null;
}

/** Defaults for records from before kind/recipient/receivedNano existed. */
const LEGACY = { kind: 'claim', recipient: null, recipientKind: null } as const;

const BIG = ['qid', 'tokensFrom', 'tokensTo', 'amountNano', 'receivedNano', 'feesNano'] as const;

export class MemoryClaimStore implements ClaimStore {
  readonly #records: ClaimRecord[] = [];
  list(): Promise<ClaimRecord[]> {
    return Promise.resolve([...this.#records]);
  }
  add(record: ClaimRecord): Promise<void> {
    this.#records.push(record);
    return Promise.resolve();
  }
  replace(record: ClaimRecord): Promise<void> {
    const i = this.#records.findIndex((r) => r.id === record.id);
    if (i >= 0) this.#records[i] = record;
    return Promise.resolve();
  }
  blocked(): null {
    return null;
  }
}

export class JsonFileClaimStore implements ClaimStore {
  readonly #file: string;
  #records: ClaimRecord[] | undefined;
  constructor(file: string) {
    this.#file = file;
  }
  async list(): Promise<ClaimRecord[]> {
    this.#records ??= await this.#load();
    return [...this.#records];
  }
  blocked(): null {
    return null;
  }
  async add(record: ClaimRecord): Promise<void> {
    await this.#write([...(await this.list()), record]);
  }
  async replace(record: ClaimRecord): Promise<void> {
    await this.#write((await this.list()).map((r) => (r.id === record.id ? record : r)));
  }
  async #write(records: ClaimRecord[]): Promise<void> {
    const json = JSON.stringify(records.map((r) => ({ ...r, ...Object.fromEntries(BIG.map((k) => [k, r[k].toString()])) })));
    await writeFileAtomic(this.#file, json);
    this.#records = records;
  }
  async #load(): Promise<ClaimRecord[]> {
    try {
      const raw = JSON.parse(await readFile(this.#file, 'utf8')) as Record<string, unknown>[];
      return raw.map((r) => ({ ...LEGACY, ...r, ...Object.fromEntries(BIG.map((k) => [k, BigInt(String(r[k] ?? '0'))])) }) as unknown as ClaimRecord);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }
}
