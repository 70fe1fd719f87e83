// Page object for the Wallet screen and the devnet wallet's approval page that a wallet button opens.
import type { Page } from 'playwright-core';

export class WalletPage {
  constructor(readonly page: Page) {}

  address() {
    return this.page.getByTestId('wallet-address');
  }

  /** Connect: asks the core for a TON Connect offer and waits for its QR code and wallet buttons. */
  async openOffer(): Promise<void> {
    await this.page.getByTestId('wallet-connect').click();
    await this.page.getByTestId('wallet-offer').waitFor();
  }

  /** Presses a wallet's button and approves in the page it opens (the devnet wallet's approval page). */
  async approveWith(walletName: string): Promise<void> {
    const [popup] = await Promise.all([
      this.page.context().waitForEvent('page'),
      this.page.getByRole('button', { name: walletName }).click(),
    ]);
    await popup.getByRole('button', { name: 'Approve' }).first().click();
    await popup.getByText('Approved.').waitFor();
    await popup.close();
  }

  /** Whether the offer's QR code image actually decoded (an SVG data URL). */
  async qrRendered(): Promise<boolean> {
    return this.page
      .locator('img.qr')
      .evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0);
  }

  async disconnect(): Promise<void> {
    await this.page.getByTestId('wallet-disconnect').click();
  }
}
