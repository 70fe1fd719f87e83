// Page object for the Earnings screen: the receipts count, filters, "Claim now" and the payouts table.
import type { Page } from 'playwright-core';

export class EarningsPage {
  constructor(readonly page: Page) {}

  /** The total number of receipts the table reports ("Showing the latest 5 of 12" → 12); 0 when empty. */
  async receiptsTotal(): Promise<number> {
    const count = this.page.getByTestId('receipts-count');
    if ((await count.count()) === 0) return 0;
    const m = /(\d+)\D*$/.exec((await count.textContent()) ?? '');
    return m ? Number(m[1]) : 0;
  }

  async setOkOnly(on: boolean): Promise<void> {
    await this.page.getByTestId('ok-only').setChecked(on);
  }

  async claim(): Promise<string> {
    await this.page.getByTestId('claim').click();
    const result = this.page.getByTestId('claim-result');
    await result.waitFor({ timeout: 30_000 });
    return (await result.textContent()) ?? '';
  }

  /** After a claim refused for its fee: "Claim anyway" (the owner insists). */
  async claimAnyway(): Promise<string> {
    const result = this.page.getByTestId('claim-result');
    const before = (await result.textContent()) ?? '';
    await this.page.getByTestId('claim-force').click();
    await this.page.waitForFunction(
      (old) => {
        const el = document.querySelector('[data-testid="claim-result"]');
        return el !== null && el.textContent !== old;
      },
      before,
      { timeout: 30_000 },
    );
    return (await result.textContent()) ?? '';
  }

  txHashes() {
    return this.page.getByTestId('tx-hash');
  }
}
