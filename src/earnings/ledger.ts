// The durable ledger of one worker: signed payments per proxy contract and a receipt per request,
// both in the data folder, both surviving restarts.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logging/logger.js';
import { PaymentBook } from './payment-book.js';
import { ReceiptsLog } from './receipts-log.js';
import type { EarningsTotals } from './summary.js';

export class EarningsLedger {
  readonly payments: PaymentBook;
  readonly receipts: ReceiptsLog;

  private constructor(payments: PaymentBook, receipts: ReceiptsLog) {
    this.payments = payments;
    this.receipts = receipts;
  }

  static async open(options: { dir: string; log: Logger }): Promise<EarningsLedger> {
    await mkdir(options.dir, { recursive: true, mode: 0o700 });
    const payments = await PaymentBook.open(path.join(options.dir, 'payments.json'), options.log);
    const receipts = await ReceiptsLog.open(path.join(options.dir, 'receipts.jsonl'), options.log);
    return new EarningsLedger(payments, receipts);
  }

  totals(now = Date.now()): EarningsTotals {
    return this.receipts.totals(now);
  }

  /** Tokens signed by all proxies together (the amount the owner can claim, before claims). */
  signedTokens(): bigint {
    return this.payments.all().reduce((sum, p) => sum + p.tokens, 0n);
  }

  close(): Promise<void> {
    return this.receipts.close();
  }
}
