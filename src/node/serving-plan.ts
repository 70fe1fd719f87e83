// Which model the worker serves and how: the owner's choice (or the demo model where the network allows it), the
// backend this machine has, GPU layers and context from the fit planner within the owner's VRAM share, and
// threads for the CPU part. The result is one ServingConfig that the engine loads and the benchmark measures.
import os from 'node:os';
import type { HardwareDetails } from '../bench/bench-schema.js';
import type { ServedModel } from '../api/models.js';
import type { ServingConfig } from '../engine/serving-config.js';
import { planFit, type FitPlan } from '../engine/models/fit-planner.js';
import {
  ModelStoreError,
  type ModelHostFacts,
  type ModelStoreApi,
  type ResolvedModel,
} from '../engine/models/model-store-types.js';
export { hostFacts } from '../engine/models/host-facts.js';

export const DEMO_MODEL_ID = 'tiny';

/** Context per sequence the worker aims for (a request's prompt plus its answer). */
const CONTEXT_PER_SEQUENCE = 4096;
const MIN_CONTEXT_PER_SEQUENCE = 1024;

export type ServingPlanCode = 'needs-choice' | 'not-ready' | 'does-not-fit';

export type ServingPlan =
  | {
      ok: true;
      config: ServingConfig;
      model: ResolvedModel;
      fit: FitPlan;
      served: ServedModel;
      notice: string | null;
    }
  | { ok: false; code: ServingPlanCode; message: string; modelId: string | null };

export interface PlanInput {
  /** settings.model.selected */
  selected: string | null;
  /** A local or test network may fall back to the demo model; a real network never does. */
  demoAllowed: boolean;
  store: Pick<ModelStoreApi, 'resolve'>;
  hardware: HardwareDetails | null;
  host: ModelHostFacts | null;
  threads: number | null;
  sequences: number;
}

/** CPU threads: one decodes fastest on small machines; leave cores to the owner. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(4, Math.floor(os.availableParallelism() / 2)));
}

export async function planServing(input: PlanInput): Promise<ServingPlan> {
  const id = input.selected ?? (input.demoAllowed ? DEMO_MODEL_ID : null);
  if (id === null) {
    return {
      ok: false,
      code: 'needs-choice',
      message: 'Choose a model to serve (Models screen or `silkworm model use ID`).',
      modelId: null,
    };
  }
  let model: ResolvedModel;
  let notice: string | null = null;
  try {
    model = await input.store.resolve(id);
  } catch (err) {
    if (!(err instanceof ModelStoreError)) throw err;
    if (!input.demoAllowed || id === DEMO_MODEL_ID)
      return { ok: false, code: 'not-ready', message: err.message, modelId: id };
    notice = `The chosen model cannot be served (${err.message}); the demo model is served meanwhile (this network allows it).`;
    model = await input.store.resolve(DEMO_MODEL_ID);
  }
  const gpu = !model.demo && input.host?.gpu === true && input.hardware !== null;
  const backend = gpu && input.hardware ? input.hardware.backend : 'cpu';
  const sequences = Math.max(1, input.sequences);
  const budget =
    gpu && input.host?.vramFreeBytes != null ? input.host.vramFreeBytes * input.host.vramShare : 0;
  // Each sequence holds its own context (up to the model's trained length); the plan's context is the total.
  const fit = planFit({
    model: { ...model.shape, trainContext: model.shape.trainContext * sequences },
    vramFreeBytes: budget,
    ramFreeBytes: input.host?.ramFreeBytes ?? os.freemem(),
    sequences,
    desiredContext: CONTEXT_PER_SEQUENCE * sequences,
    minContext: MIN_CONTEXT_PER_SEQUENCE * sequences,
  });
  if (!fit.fits) {
    return {
      ok: false,
      code: 'does-not-fit',
      message: `${model.title} does not fit this machine: ${fit.reason}`,
      modelId: model.id,
    };
  }
  const config: ServingConfig = {
    modelId: model.id,
    modelPath: model.path,
    modelSha256: model.sha256,
    modelName: model.servedName,
    backend: fit.gpuLayers > 0 ? backend : 'cpu',
    gpuLayers: fit.gpuLayers,
    contextSize: fit.contextSize,
    sequences,
    threads: input.threads ?? defaultThreads(),
    flashAttention: fit.gpuLayers > 0 && backend !== 'cpu',
  };
  const served: ServedModel = {
    id: model.id,
    name: model.servedName,
    title: model.title,
    source: model.source,
    demo: model.demo,
    file: model.path.split(/[\\/]/).pop() ?? null,
    sizeBytes: model.sizeBytes,
    sha256: model.sha256,
    loaded: false,
  };
  return { ok: true, config, model, fit, served, notice };
}
