// Durable record of claims and sweeps (one JSON file, written atomically). Amounts are bigint inside,
// strings on disk. Records written before payouts were read from the chain lack kind/recipient/
// receivedNano: they load with recipientKind null ("not verified") until the chain is read for them.
import { readStateFile, writeStateFile, type Damage } from '../../state-files/state-file.js';
import { claimFromStored, claimsFileSpec, claimToStored } from './claims-file.js';

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

export class MemoryClaimStore implements ClaimStore {
  readonly #records: ClaimRecord[] = [];
  blocked(): null {
    return null;
  }
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
}

/**
 * claims.json through the versioned reader. A damaged file is moved aside and the store is *blocked*
 * (claiming would add records to a history that is missing) until the record is rebuilt from the chain
 * (claims-rebuild.ts) or the node says why it cannot be.
 */
export class JsonFileClaimStore implements ClaimStore {
  readonly #file: string;
  #records: ClaimRecord[] | undefined;
  #blocked: string | null = null;
  /** Set when the file was damaged on load. */
  damage: Damage | null = null;
  constructor(file: string) {
    this.#file = file;
  }
  get file(): string {
    return this.#file;
  }
  async list(): Promise<ClaimRecord[]> {
    this.#records ??= await this.#load();
    return [...this.#records];
  }
  async add(record: ClaimRecord): Promise<void> {
    await this.#write([...(await this.list()), record]);
  }
  async replace(record: ClaimRecord): Promise<void> {
    await this.#write((await this.list()).map((r) => (r.id === record.id ? record : r)));
  }
  blocked(): string | null {
    return this.#blocked;
  }
  /** Replaces a damaged history with one rebuilt from the chain and unblocks claiming. */
  async restore(records: ClaimRecord[]): Promise<void> {
    await this.#write(records);
    this.#blocked = null;
  }
  /** Keeps claiming blocked, with the reason the owner is shown. */
  refuse(reason: string): void {
    this.#blocked = reason;
  }
  async #write(records: ClaimRecord[]): Promise<void> {
    await writeStateFile(this.#file, claimsFileSpec, { version: 1, claims: records.map(claimToStored) });
    this.#records = records;
  }
  async #load(): Promise<ClaimRecord[]> {
    const read = await readStateFile(this.#file, claimsFileSpec);
    if (read.kind === 'damaged') {
      this.damage = read.damage;
      this.#blocked = `claims are paused: ${this.#file} was damaged and the claim history is being rebuilt from the chain`;
    }
    return read.kind === 'ok' ? read.value.claims.map(claimFromStored) : [];
  }
}
