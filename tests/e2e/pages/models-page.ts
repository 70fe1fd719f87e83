// Page object for the Models screen: the served model card, the model rows (found by id or network name),
// their fit and actions with the confirmations, and the import form.
import type { Locator, Page } from 'playwright-core';

export type FitKind = 'full' | 'partial' | 'cpu' | 'none' | 'unknown';

export class ModelsPage {
  constructor(readonly page: Page) {}

  servedCard() {
    return this.page.getByTestId('served-model-card');
  }
  servedName() {
    return this.servedCard().getByTestId('served-name');
  }
  rows() {
    return this.page.getByTestId('model-row');
  }
  row(id: string): Locator {
    return this.page.locator(`[data-testid="model-row"][data-model-id="${id}"]`);
  }
  rowByServedName(name: string): Locator {
    return this.rows().filter({
      has: this.page.getByTestId('model-served-name').getByText(name, { exact: true }),
    });
  }
  async fitOf(row: Locator): Promise<FitKind> {
    return (await row.getByTestId('model-fit').getAttribute('data-fit')) as FitKind;
  }

  /** Presses Download on a row and returns the question the confirmation asks (nothing starts yet). */
  async askDownload(row: Locator): Promise<string> {
    await row.getByTestId('model-download').click();
    const box = row.getByTestId('confirm-download');
    await box.waitFor();
    return (await box.locator('p').textContent()) ?? '';
  }
  async keep(row: Locator, box: 'confirm-download' | 'confirm-remove'): Promise<void> {
    await row.getByTestId(`${box}-no`).click();
  }
  async remove(row: Locator): Promise<string> {
    await row.getByTestId('model-remove').click();
    const question = (await row.getByTestId('confirm-remove').locator('p').textContent()) ?? '';
    await row.getByTestId('confirm-remove-yes').click();
    return question;
  }
  async use(row: Locator): Promise<void> {
    await row.getByTestId('model-use').click();
  }

  /** Fills the import form and submits it; resolves with the outcome line (done or error). */
  async importFile(path: string, name?: string): Promise<{ ok: boolean; text: string }> {
    await this.page.getByTestId('import-path').fill(path);
    await this.page.getByTestId('import-name').fill(name ?? '');
    await this.page.getByTestId('import-submit').click();
    const outcome = this.page.getByTestId('import-done').or(this.page.getByTestId('import-error'));
    await outcome.waitFor({ timeout: 30_000 });
    return {
      ok: (await outcome.getAttribute('data-testid')) === 'import-done',
      text: (await outcome.textContent()) ?? '',
    };
  }
}
