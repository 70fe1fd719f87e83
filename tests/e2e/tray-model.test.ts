// The tray's words, as the desktop app shows them (Electron cannot run in CI, so the tray's view model is
// plain data): the demo model is called a demo, a real model shows by its title and network name.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { ServedModel, StateSnapshot } from '../../src/api/index.js';

interface TrayModel {
  tooltip: string;
  items: Array<{ kind: string; label?: string }>;
  key: string;
}
// main/ is its own TypeScript project that the tests project does not list: loaded by path at run time.
const { trayModel } = (await import(fileURLToPath(new URL('../../main/tray-model.ts', import.meta.url)))) as { trayModel: (s: StateSnapshot) => TrayModel };
const { initialState } = await import('../../src/node/initial-state.js');

const demo: ServedModel = { id: 'tiny', name: 'silkworm-tiny', title: 'Silkworm demo model', source: 'tiny', demo: true, file: 'tiny.gguf', sizeBytes: 1, sha256: null, loaded: true };
const qwen: ServedModel = { ...demo, id: 'qwen3-8b-q4_k_m', name: 'Qwen/Qwen3-8B', title: 'Qwen3 8B · Q4_K_M', source: 'catalog', demo: false };
const serving = (model: ServedModel | null): StateSnapshot => {
  const s = initialState('test');
  return { ...s, model, worker: { ...s.worker, status: 'serving', reason: 'Always available' } };
};
const labels = (m: TrayModel) => m.items.filter((i) => i.kind === 'info').map((i) => i.label);

describe('tray view model', () => {
  it('says the demo model is a demo, in the tooltip and the menu', () => {
    const m = trayModel(serving(demo));
    expect(m.tooltip).toBe('Silkworm — Always available · demo model');
    expect(labels(m)).toContain('Serving the demo model (gibberish; offline devnet only)');
  });

  it('names a real model by its title and network name, and re-renders when the model changes', () => {
    const before = trayModel(serving(demo));
    const after = trayModel(serving(qwen));
    expect(after.tooltip).toBe('Silkworm — Always available · Qwen/Qwen3-8B');
    expect(labels(after)).toContain('Model: Qwen3 8B · Q4_K_M');
    expect(labels(after).join(' ')).not.toMatch(/demo/i);
    expect(after.key).not.toBe(before.key);
    expect(trayModel(serving(qwen)).key).toBe(after.key);
  });

  it('shows no model line before a model is resolved', () => {
    expect(labels(trayModel(serving(null)))).toEqual(['Always available', 'Today: 0 TON']);
  });
});
