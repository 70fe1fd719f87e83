// Money in the dashboard against a real daemon: linking the owner's wallet through the devnet wallet's
// TON Connect approval page, earnings growing live while the devnet serves requests, and "Claim now"
// paying out on the emulated chain with a transaction hash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiCall, type DaemonProcess } from '../support/daemon.js';
import { openSession, type Session } from './pages/session.js';
import type { DashboardPage } from './pages/dashboard-page.js';
import { WalletPage } from './pages/wallet-page.js';
import { EarningsPage } from './pages/earnings-page.js';
import { sendChats } from './devnet-requests.js';

let daemon: DaemonProcess;
let session: Session | undefined;
let page: Page;
let dashboard: DashboardPage;
let wallet: WalletPage;
let earnings: EarningsPage;
const poll = <T>(fn: () => Promise<T>, timeout = 15_000) => expect.poll(fn, { timeout });
const walletState = async () =>
  (
    (await apiCall(daemon, 'state:get')) as {
      wallet: { linked: boolean; address: string | null; balanceNano: string | null };
    }
  ).wallet;

beforeAll(async () => {
  session = await openSession();
  ({ daemon, page, dashboard } = session);
  wallet = new WalletPage(page);
  earnings = new EarningsPage(page);
}, 60_000);

afterAll(() => session?.close());

describe('wallet and earnings', () => {
  it('tells a new owner to link a wallet, and links one through the devnet wallet', async () => {
    await dashboard.openScreen('wallet');
    expect(await page.getByTestId('wallet-empty').textContent()).toBe('Link a wallet to receive payouts');
    await wallet.openOffer();
    expect(await wallet.qrRendered()).toBe(true);
    await dashboard.screenshot('wallet-offer');
    await wallet.approveWith('Silkworm devnet wallet');
    // Pushed live: no reload, no click.
    await wallet.address().waitFor({ timeout: 20_000 });
    const linked = await walletState();
    expect(linked.linked).toBe(true);
    expect(await wallet.address().textContent()).toBe(linked.address);
    expect(linked.address).toMatch(/^[A-Za-z0-9_-]{48}$/);
    await poll(() => page.getByTestId('wallet-balance').textContent()).toMatch(/\d TON$/);
    await dashboard.assertHealthy('wallet');
    await dashboard.screenshot('wallet-linked');
    await dashboard.openScreen('home');
    expect(await page.getByText('Link a wallet to receive payouts').count()).toBe(0);
  });

  it('shows earnings growing live while the devnet serves requests', async () => {
    await dashboard.openScreen('earnings');
    const before = await earnings.receiptsTotal();
    const chartBefore = await page.getByTestId('earnings-chart').locator('figcaption').textContent();
    expect(await sendChats(daemon, 3)).toBe(3);
    await poll(() => earnings.receiptsTotal()).toBeGreaterThanOrEqual(before + 3);
    await poll(() => page.getByTestId('earnings-chart').locator('figcaption').textContent()).not.toBe(
      chartBefore,
    );
    expect(await page.getByTestId('receipts').locator('tbody tr').first().textContent()).toMatch(
      /silkworm-tiny.*OK/,
    );
    // Each receipt says whether its request came end-to-end encrypted (Cocoon protocol 3).
    expect(await page.getByTestId('receipt-encryption').first().textContent()).toMatch(/^(Plain|Encrypted)$/);
    await earnings.setOkOnly(true);
    await poll(() => page.getByTestId('receipts').locator('tbody tr').allTextContents()).toSatisfy(
      (rows: string[]) => rows.length > 0 && rows.every((r) => r.includes('OK')),
    );
    await earnings.setOkOnly(false);
    await page.getByTestId('bucket-day').click();
    await poll(() => page.getByTestId('bucket-day').getAttribute('aria-checked')).toBe('true');
    await dashboard.assertHealthy('earnings');
  });

  it('claims now, lists the payout with its transaction hash, and says when there is nothing to claim', async () => {
    await poll(() => page.getByTestId('pending').textContent()).not.toMatch(/^0 TON$/);
    // Paused, no new request can sign a new payment between the two claims.
    await apiCall(daemon, 'worker:pause', {});
    const balanceBefore = BigInt((await walletState()).balanceNano ?? '0');
    let result = await earnings.claim();
    if (result.startsWith('Not sent')) {
      // a few requests earn less than 20× a claim's fee: refused with the figures until the owner insists
      expect(result).toMatch(/^Not sent: this claim would cost [\d.]+ TON to collect [\d.]+ TON/);
      result = await earnings.claimAnyway();
    }
    expect(result).toMatch(/^Claim sent: [\d.]+ TON$/);
    await poll(() => earnings.txHashes().count(), 20_000).toBeGreaterThan(0);
    expect(await earnings.txHashes().first().textContent()).toMatch(/^[0-9a-f]{64}$/);
    await poll(() => page.getByTestId('claimed').textContent()).not.toMatch(/^0 TON$/);
    await poll(() => page.getByTestId('pending').textContent()).toBe('0 TON');
    // Every request here was served after the link, so the one payout went to the linked wallet: its
    // balance on the emulated chain grew by the claimed amount, less the receive gas its own wallet
    // contract paid (a few hundred thousand nanotons; the amount sent is exact, see node-earning.test.ts).
    const claims = (
      (await apiCall(daemon, 'earnings:get', {})) as { claims: Array<{ status: string; amountNano: string }> }
    ).claims.filter((c) => c.status === 'paid');
    expect(claims).toHaveLength(1);
    const amount = BigInt(claims[0]!.amountNano);
    await poll(async () => BigInt((await walletState()).balanceNano ?? '0') > balanceBefore).toBe(true);
    const delta = BigInt((await walletState()).balanceNano ?? '0') - balanceBefore;
    expect(amount - delta).toBeGreaterThanOrEqual(0n);
    expect(amount - delta).toBeLessThan(1_000_000n);
    await dashboard.screenshot('earnings-after-claim');
    expect(await earnings.claim()).toMatch(/^Nothing to claim/);
    expect(await page.getByTestId('claim-result').getAttribute('role')).toBe('alert');
    await apiCall(daemon, 'worker:resume', {});
  });

  it('disconnects the wallet', async () => {
    await dashboard.openScreen('wallet');
    await wallet.disconnect();
    await page.getByTestId('wallet-empty').waitFor();
    expect((await walletState()).linked).toBe(false);
  });
});
