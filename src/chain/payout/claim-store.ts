// Durable record of claims (one JSON file, written atomically). Amounts are bigint inside, strings on disk.
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../../settings/atomic-file.js';

export type ClaimStatus = 'paid' | 'refused' | 'failed';

export interface ClaimRecord {
  id: string;
  at: number;
  proxySc: string; // raw address 0:<hex>
  workerSc: string;
  qid: bigint;
  tokensFrom: bigint;
  tokensTo: bigint;
  /** Nanotons the owner was sent: (tokensTo − tokensFrom) × worker_fee_per_token; 0 unless paid. */
  amountNano: bigint;
  /** What the node wallet spent on this claim, net of returned excess. */
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
}

const BIG = ['qid', 'tokensFrom', 'tokensTo', 'amountNano', 'feesNano'] as const;

export class MemoryClaimStore implements ClaimStore {
  readonly #records: ClaimRecord[] = [];
  list(): Promise<ClaimRecord[]> {
    return Promise.resolve([...this.#records]);
  }
  add(record: ClaimRecord): Promise<void> {
    this.#records.push(record);
    return Promise.resolve();
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
  async add(record: ClaimRecord): Promise<void> {
    const records = [...(await this.list()), record];
    const json = JSON.stringify(records.map((r) => ({ ...r, ...Object.fromEntries(BIG.map((k) => [k, r[k].toString()])) })));
    await writeFileAtomic(this.#file, json);
    this.#records = records;
  }
  async #load(): Promise<ClaimRecord[]> {
    try {
      const raw = JSON.parse(await readFile(this.#file, 'utf8')) as Record<string, unknown>[];
      return raw.map((r) => ({ ...r, ...Object.fromEntries(BIG.map((k) => [k, BigInt(String(r[k]))])) }) as unknown as ClaimRecord);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }
}
