// The verification card in a real Chromium against a real daemon serving the local demo network, which
// checks its demo model's workers by default (docs/verification.md, "In the local network"): the owner's
// honest worker reaches the paid lane by its own evaluation checks; then the owner serves an impostor — a
// one-layer model generated under the demo model's name, imported as a local GGUF file — and Home says the
// paid lane is lost and why (the proxy's reason: log-probabilities differ from the reference), in the card
// and in the earnings area.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { apiCall, type DaemonProcess } from '../support/daemon.js';
import { artifactsDir } from '../support/browser.js';
import { openSession, type Session } from './pages/session.js';
import { writeGeneratedModel } from '../../src/engine/gguf/generated-model.js';
import { generatedPresets } from '../../src/engine/gguf/model-presets.js';

let daemon: DaemonProcess;
let session: Session | undefined;
let page: Page;
let dir: string;
const poll = <T>(fn: () => Promise<T>, timeout = 30_000) => expect.poll(fn, { timeout, interval: 250 });
const standing = () => page.getByTestId('verification').getByTestId('standing').first();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sw-verify-card-'));
  session = await openSession();
  ({ daemon, page } = session);
}, 60_000);

afterAll(async () => {
  await session?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the verification card', () => {
  it("brings the owner's honest demo worker to the paid lane through its evaluation checks", async () => {
    await poll(() => standing().getAttribute('data-lane')).toBe('paid');
    expect(await standing().textContent()).toContain('Paid lane');
    expect(await page.getByTestId('lane-line').count()).toBe(0);
    expect(await page.getByTestId('unpaid-note').count()).toBe(0);
  });

  it('says the paid lane is lost, and why, once the owner serves an impostor under the demo name', async () => {
    const file = path.join(dir, 'impostor.gguf');
    await writeGeneratedModel(file, { ...generatedPresets.tiny, layers: 1 });
    const { id } = (await apiCall(daemon, 'models:import', {
      path: file,
      name: generatedPresets.tiny.name,
    })) as {
      id: string;
    };
    await apiCall(daemon, 'models:use', { id });
    await poll(() => standing().getAttribute('data-status')).toBe('demoted');
    const line = page.getByTestId('lane-line');
    expect(await line.textContent()).toMatch(/^Lost the paid lane: too many checks failed\./);
    expect(await page.getByTestId('lane-reason').textContent()).toMatch(/^Why: .*differ from the reference/);
    expect(await standing().textContent()).toContain('Evaluation lane (unpaid checks)');
    expect(await page.getByTestId('unpaid-note').textContent()).toMatch(
      /^Not earning: this worker lost the paid lane/,
    );
    await page
      .getByTestId('verification')
      .screenshot({ path: path.join(artifactsDir, 'verification-card-demoted.png') });
  });
});
