// The model store inside the running node: the `models:*` commands, downloads mirrored into the state (the
// dashboard's progress bars), the first-run proposal, and the owner's choice — saved in settings, then served
// (the node replans and switches the engine when `model.selected` changes, from any transport).
import { statfs } from 'node:fs/promises';
import type { HardwareDetails } from '../bench/bench-schema.js';
import type { ModelEntry, ModelList, ModelProposal } from '../api/models.js';
import { ApiError } from '../api/envelope.js';
import type { ModelHostFacts, ModelStoreApi } from '../engine/models/model-store-types.js';
import { ModelStoreError } from '../engine/models/model-store-types.js';
import { proposeModel } from '../engine/models/proposal.js';
import { probeDownloadSpeed } from '../engine/models/speed-probe.js';
import { drop, errorMessage, type Logger } from '../logging/logger.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { StateStore } from './state-store.js';

export interface ModelsDeps {
  store: ModelStoreApi;
  settings: SettingsService;
  state: StateStore;
  log: Logger;
  dir: string;
  hardware: () => Promise<HardwareDetails | null>;
  host: (hw: HardwareDetails | null) => ModelHostFacts | null;
  /** TON per day (nanotons) this model would earn here (predicted before its benchmark); null: unknown. */
  estimate: (model: ModelEntry, host: ModelHostFacts | null) => bigint | null;
  /** A network that allows the demo model (a local or test network): it is the default and the proposal waits. */
  demoNetwork: boolean;
  /** Settles when the switch that the last change of `model.selected` started has finished. */
  switched: () => Promise<void>;
}

/** Store errors become API errors with a code the transports understand, keeping the store's message. */
function apiError(err: unknown): never {
  if (err instanceof ModelStoreError) {
    switch (err.code) {
      case 'unknown-model':
      case 'not-found':
        throw new ApiError('not_found', err.message);
      case 'not-gguf':
      case 'truncated':
      case 'unsupported-architecture':
      case 'no-checksum':
        throw new ApiError('bad_request', err.message);
      case 'no-space':
      case 'not-ready':
      case 'busy':
      case 'download-failed':
        throw new ApiError('conflict', err.message);
    }
  }
  throw err;
}

export class ModelsWiring {
  readonly #d: ModelsDeps;
  #off: (() => void) | null = null;
  #timer: NodeJS.Timeout | null = null;
  #bytesPerSecond: number | null = null;

  constructor(d: ModelsDeps) {
    this.#d = d;
  }

  start(): void {
    this.#off = this.#d.store.onChange(() => this.#soon());
    this.#publish();
    drop(this.#firstRun(), this.#d.log, 'first-run proposal');
  }

  stop(): void {
    this.#off?.();
    if (this.#timer) clearTimeout(this.#timer);
  }

  async list(): Promise<ModelList> {
    const hw = await this.#d.hardware();
    const models = await this.#d.store.entries(this.#d.host(hw));
    return { models, selected: this.#d.settings.get().model.selected };
  }

  async download(id: string, allowUnverified: boolean): Promise<ModelList> {
    await this.#d.store.download(id, { allowUnverified }).catch(apiError);
    const started = Date.now();
    drop(
      this.#d.store.whenDownloaded(id).then(() => {
        const entry = this.#d.state.get().models.downloads.find((d) => d.id === id);
        if (entry?.totalBytes)
          this.#bytesPerSecond = entry.totalBytes / Math.max(1, (Date.now() - started) / 1000);
        this.#d.log.info(`model ${id} downloaded and verified`);
      }),
      this.#d.log,
      `downloading ${id}`,
    );
    return this.list();
  }

  async pause(id: string): Promise<ModelList> {
    this.#d.store.pause(id);
    return this.list();
  }

  async cancel(id: string): Promise<ModelList> {
    await this.#d.store.cancel(id).catch(apiError);
    return this.list();
  }

  async importFile(path: string, name: string | undefined): Promise<{ id: string }> {
    return this.#d.store.importFile(path, name).catch(apiError);
  }

  async remove(id: string): Promise<ModelList> {
    if (this.#d.settings.get().model.selected === id) {
      throw new ApiError('conflict', 'This model is being served; choose another model before removing it.');
    }
    await this.#d.store.remove(id).catch(apiError);
    return this.list();
  }

  /** Checks that the model can be served, then saves the choice (the node switches on the settings change). */
  async use(id: string): Promise<void> {
    await this.#d.store.resolve(id).catch(apiError);
    const s = this.#d.settings.get();
    await this.#d.settings.update({ model: { ...s.model, selected: id } });
    this.#d.state.patch((st) => ({ models: { ...st.models, proposal: null, needsChoice: false } }));
    await this.#d.switched().catch((err: unknown) => {
      throw new ApiError('conflict', `The model was chosen but could not be served: ${errorMessage(err)}`);
    });
  }

  async proposal(probeSpeed: boolean): Promise<ModelProposal> {
    const hw = await this.#d.hardware();
    const host = this.#d.host(hw);
    const entries = await this.#d.store.entries(host);
    const freeDiskBytes = await statfs(this.#d.dir).then(
      (s) => s.bavail * s.bsize,
      () => null,
    );
    let proposal = proposeModel({ entries, host, freeDiskBytes, bytesPerSecond: this.#bytesPerSecond });
    if (probeSpeed && proposal.modelId) {
      const url = entries.find((e) => e.id === proposal.modelId)?.url;
      if (url) {
        try {
          this.#bytesPerSecond = await probeDownloadSpeed(url, { timeoutMs: 15_000 });
        } catch (err) {
          throw new ApiError('unavailable', `Could not measure the download speed: ${errorMessage(err)}`);
        }
        proposal = proposeModel({ entries, host, freeDiskBytes, bytesPerSecond: this.#bytesPerSecond });
      }
    }
    const chosen = entries.find((e) => e.id === proposal.modelId);
    const nano = chosen ? this.#d.estimate(chosen, host) : null;
    return { ...proposal, estimateNanoPerDay: nano === null ? null : nano.toString() };
  }

  /**
   * No choice yet: propose the best model that fits the GPU, or CPU serving of a small one where there is
   * no usable GPU (never download it: the owner clicks).
   */
  async #firstRun(): Promise<void> {
    const s = this.#d.settings.get().model;
    if (s.selected !== null || s.proposalDismissed) return;
    const proposal = await this.proposal(false);
    this.#d.state.patch((st) => ({ models: { ...st.models, proposal, needsChoice: !this.#d.demoNetwork } }));
  }

  #soon(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#publish();
    }, 250);
  }

  #publish(): void {
    const downloads = this.#d.store.downloads();
    this.#d.state.patch((st) => ({ models: { ...st.models, downloads } }));
  }
}
