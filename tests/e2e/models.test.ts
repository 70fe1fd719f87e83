// The Models screen in a real Chromium against a real daemon (embedded devnet, demo model): the demo label,
// the catalog with this machine's fits, a download that waits for the owner's confirmation, importing a
// generated GGUF from the form (and a file that is not one), removing it (the file stays), serving it, and
// the whole screen in Russian.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { apiCall, type DaemonProcess } from '../support/daemon.js';
import { openSession, type Session } from './pages/session.js';
import type { DashboardPage } from './pages/dashboard-page.js';
import { ModelsPage, type FitKind } from './pages/models-page.js';
import { tinyPresets, writeTinyModel } from '../../src/engine/gguf/tiny-model.js';
import type { ModelFit, ModelList, StateSnapshot } from '../../src/api/index.js';

let daemon: DaemonProcess;
let session: Session;
let page: Page;
let dashboard: DashboardPage;
let models: ModelsPage;
let dir: string;
const poll = <T>(fn: () => Promise<T>, timeout = 15_000) => expect.poll(fn, { timeout });

/** The same words the dashboard picks, from the fit planner's numbers. */
function expectedFit(fit: ModelFit | null): FitKind {
  if (fit === null) return 'unknown';
  if (!fit.fits) return 'none';
  if (fit.gpuLayers === 0) return 'cpu';
  return fit.gpuLayers >= fit.totalLayers ? 'full' : 'partial';
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sw-models-e2e-'));
  session = await openSession();
  ({ daemon, page, dashboard } = session);
  models = new ModelsPage(page);
}, 90_000);

afterAll(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

describe('models screen', () => {
  it('labels the devnet demo model as a demo, on Home and on the Models screen', async () => {
    const line = page.getByTestId('served-model');
    await poll(() => line.getByTestId('demo-badge').count()).toBe(1);
    expect(await line.textContent()).toContain('Serving the demo model');
    await dashboard.openScreen('models');
    await models.servedCard().getByTestId('demo-badge').waitFor();
    expect(await models.servedCard().getByTestId('demo-note').textContent()).toBe(
      'Demo model: generated weights, answers are gibberish; for the offline devnet only',
    );
    expect(await models.servedName().textContent()).toBe('silkworm-tiny');
    await poll(() => page.getByTestId('engine-backend').textContent()).toBe('CPU');
  });

  it('proposes a model on first run (no GPU here: a small model on the CPU), and "Not now" is remembered', async () => {
    const { models: m } = (await apiCall(daemon, 'state:get')) as StateSnapshot;
    const proposal = m.proposal;
    expect(proposal).toMatchObject({ gpu: false });
    expect(proposal?.title).toBeTruthy();
    for (const screen of ['home', 'models'] as const) {
      await dashboard.openScreen(screen);
      const card = page.getByTestId('first-run');
      expect(await card.locator('h2').textContent()).toBe('No usable GPU was found');
      expect(await card.textContent()).toContain(
        `Silkworm can serve a small model on the CPU instead: ${proposal?.title ?? ''}`,
      );
      expect(await page.getByTestId('first-run-time').textContent()).toBe('speed not measured');
      expect(await page.getByTestId('first-run-measure').textContent()).toBe('Measure download speed');
    }
    await page.getByTestId('first-run-later').click();
    await page.getByTestId('first-run').waitFor({ state: 'detached' });
    await poll(
      async () =>
        ((await apiCall(daemon, 'settings:get')) as { model: { proposalDismissed: boolean } }).model
          .proposalDismissed,
    ).toBe(true);
    await page.reload();
    await page.getByTestId('models-screen').waitFor();
    await models.servedCard().waitFor();
    expect(await page.getByTestId('first-run').count()).toBe(0);
    await dashboard.openScreen('home');
    expect(await page.getByTestId('first-run').count()).toBe(0);
  });

  it('lists the catalog with the fit for this machine, and downloads nothing without a confirmed click', async () => {
    await dashboard.openScreen('models');
    const list = (await apiCall(daemon, 'models:list')) as ModelList;
    const catalog = list.models.filter((m) => m.source === 'catalog');
    expect(catalog.map((m) => m.servedName)).toEqual(
      expect.arrayContaining(['Qwen/Qwen3-8B', 'Qwen/Qwen3-32B', 'ByteDance-Seed/Seed-X-PPO-7B']),
    );
    await poll(() => models.rows().count()).toBe(list.models.length);
    for (const m of catalog) {
      const row = models.row(m.id);
      expect(await models.fitOf(row), m.id).toBe(expectedFit(m.fit));
      expect(await row.getByTestId('model-served-name').textContent()).toBe(m.servedName);
      expect(await row.getByTestId('model-source').textContent()).toBe('Catalog');
    }
    // A fit the planner refused names what it would need.
    const refused = catalog.find((m) => m.fit?.fits === false);
    if (refused)
      expect(await models.row(refused.id).getByTestId('model-fit').textContent()).toMatch(
        /^does not fit: needs [\d.]+ (GB|MB) of memory$/,
      );

    const absent = catalog.find((m) => m.state === 'absent' && m.sha256 !== null);
    expect(absent, 'a catalog model with a published hash').toBeDefined();
    const row = models.row(absent!.id);
    expect(await models.askDownload(row)).toMatch(
      /^Download [\d.]+ (GB|MB)\? Silkworm checks the file before serving it\.$/,
    );
    await models.keep(row, 'confirm-download');
    const unverified = catalog.find((m) => m.state === 'absent' && m.sha256 === null);
    if (unverified) {
      const r = models.row(unverified.id);
      expect(await models.askDownload(r)).toContain('Download it unverified?');
      expect(await r.getByTestId('confirm-download-yes').textContent()).toBe('Download unverified');
      await models.keep(r, 'confirm-download');
    }
    const state = (await apiCall(daemon, 'state:get')) as StateSnapshot;
    expect(state.models.downloads).toEqual([]);
    expect(await models.row(absent!.id).getAttribute('data-state')).toBe('absent');
  });

  it('imports a generated GGUF from the form, shows the core’s error for a file that is not one, and removes it leaving the file', async () => {
    await dashboard.openScreen('models');
    const notGguf = path.join(dir, 'notes.gguf');
    await writeFile(notGguf, 'this is not a model, only text that ends in .gguf\n'.repeat(40));
    const bad = await models.importFile(notGguf);
    expect(bad.ok).toBe(false);
    expect(bad.text).toMatch(/^Import failed: .+/);

    const first = path.join(dir, 'imported-a.gguf');
    await writeTinyModel(first, { ...tinyPresets.tiny, seed: 11 });
    const done = await models.importFile(first, 'test/imported-a');
    expect(done).toMatchObject({ ok: true });
    const row = models.rowByServedName('test/imported-a');
    await row.waitFor();
    expect(await row.getByTestId('model-source').textContent()).toBe('Imported');
    expect(await row.getByTestId('model-state').textContent()).toBe('Ready');

    expect(await models.remove(row)).toBe('Forget this model? Your file stays where it is.');
    await row.waitFor({ state: 'detached' });
    expect((await stat(first)).isFile()).toBe(true);
  });

  it('serves an imported model under its name when the owner picks it', async () => {
    const file = path.join(dir, 'imported-b.gguf');
    await writeTinyModel(file, { ...tinyPresets.tiny, seed: 12 });
    expect(await models.importFile(file, 'test/imported-b')).toMatchObject({ ok: true });
    const row = models.rowByServedName('test/imported-b');
    await models.use(row);
    await poll(() => models.servedName().textContent(), 60_000).toBe('test/imported-b');
    // The switch drains, reloads and reconnects; the engine line comes back once the new model is loaded.
    await poll(() => page.getByTestId('engine-backend').count(), 60_000).toBe(1);
    await poll(() => models.servedCard().getByTestId('served-state').textContent()).toBe('Loaded');
    expect(await models.servedCard().getByTestId('demo-badge').count()).toBe(0);
    expect(await row.getByTestId('model-state').textContent()).toBe('Serving now');
    await dashboard.openScreen('home');
    await poll(() => page.getByTestId('served-model').textContent()).toContain('test/imported-b');
    expect(await page.getByTestId('served-model').getByTestId('demo-badge').count()).toBe(0);
  });

  it('is wholly Russian in Russian, without sideways overflow at 800×600', async () => {
    await dashboard.setLanguage('ru');
    await poll(() => page.getByTestId('nav-models').textContent()).toBe('Модели');
    await dashboard.openScreen('models');
    await models.rows().first().waitFor();
    for (const size of [
      { width: 1280, height: 800 },
      { width: 800, height: 600 },
    ]) {
      await page.setViewportSize(size);
      expect(await dashboard.untranslated(), `English left at ${size.width}px`).toEqual([]);
      expect(await dashboard.horizontalOverflow()).toBeLessThanOrEqual(0);
    }
    await dashboard.screenshot('models-ru-800x600');
    await page.setViewportSize({ width: 1280, height: 800 });
    await dashboard.setLanguage('en');
    await dashboard.openScreen('models');
    await dashboard.screenshot('models-en-1280x800');
    expect(await dashboard.unnamedControls()).toEqual([]);
  });
});
