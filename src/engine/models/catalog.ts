// Real models for real GPUs: Qwen3 GGUF files with their published size and SHA-256 (the Hugging Face
// LFS object id), pinned to a repository revision so the bytes cannot change under us. Values were taken
// from public listings of these exact files; the 0.6B pin is confirmed by several independent sources,
// the others by one listing each. The downloader verifies every byte against sha256 regardless; an entry
// whose hash is unknown says so (sha256: null) and is refused by the downloader unless the caller opts in.
import { planFit } from './fit-planner.js';

export interface CatalogModel {
  id: string;
  title: string;
  /** The name requests must carry in `model` (Cocoon compares the base name before '@'). */
  servedName: string;
  repo: string;
  revision: string;
  file: string;
  url: string;
  sizeBytes: number;
  sizeExact: boolean;
  sha256: string | null;
  quantization: 'Q8_0' | 'Q4_K_M';
  layers: number;
  /** f16 K+V bytes per context token over all layers: 2 × layers × kv_heads × head_dim × 2. */
  kvBytesPerToken: number;
  trainContext: number;
  /** VRAM for full offload at a 4096-token context (from the fit planner). */
  minVramBytes: number;
}

type Entry = Omit<CatalogModel, 'url' | 'minVramBytes'>;

const kv = (layers: number, kvHeads = 8, headDim = 128): number => 2 * layers * kvHeads * headDim * 2;

const entries: Entry[] = [
  {
    id: 'qwen3-0.6b-q8_0',
    title: 'Qwen3 0.6B · Q8_0',
    servedName: 'Qwen/Qwen3-0.6B',
    repo: 'Qwen/Qwen3-0.6B-GGUF',
    revision: '23749fefcc72300e3a2ad315e1317431b06b590a',
    file: 'Qwen3-0.6B-Q8_0.gguf',
    sizeBytes: 639_446_688,
    sizeExact: true,
    sha256: '9465e63a22add5354d9bb4b99e90117043c7124007664907259bd16d043bb031',
    quantization: 'Q8_0',
    layers: 28,
    kvBytesPerToken: kv(28),
    trainContext: 40_960,
  },
  {
    id: 'qwen3-1.7b-q4_k_m',
    title: 'Qwen3 1.7B · Q4_K_M',
    servedName: 'Qwen/Qwen3-1.7B',
    repo: 'ggml-org/Qwen3-1.7B-GGUF',
    revision: 'daeb8e2d528a760970442092f6bf1e55c3b659eb',
    file: 'Qwen3-1.7B-Q4_K_M.gguf',
    sizeBytes: 1_282_439_264,
    sizeExact: true,
    sha256: 'd2387ca2dbfee2ffabce7120d3770dadca0b293052bc2f0e138fdc940d9bc7b5',
    quantization: 'Q4_K_M',
    layers: 28,
    kvBytesPerToken: kv(28),
    trainContext: 40_960,
  },
  {
    id: 'qwen3-4b-q4_k_m',
    title: 'Qwen3 4B · Q4_K_M',
    servedName: 'Qwen/Qwen3-4B',
    repo: 'Qwen/Qwen3-4B-GGUF',
    revision: 'bc640142c66e1fdd12af0bd68f40445458f3869b',
    file: 'Qwen3-4B-Q4_K_M.gguf',
    sizeBytes: 2_497_280_256,
    sizeExact: true,
    sha256: '7485fe6f11af29433bc51cab58009521f205840f5b4ae3a32fa7f92e8534fdf5',
    quantization: 'Q4_K_M',
    layers: 36,
    kvBytesPerToken: kv(36),
    trainContext: 40_960,
  },
  {
    id: 'qwen3-8b-q4_k_m',
    title: 'Qwen3 8B · Q4_K_M',
    servedName: 'Qwen/Qwen3-8B',
    repo: 'Qwen/Qwen3-8B-GGUF',
    revision: '7c41481f57cb95916b40956ab2f0b139b296d974',
    file: 'Qwen3-8B-Q4_K_M.gguf',
    sizeBytes: 5_027_783_488,
    sizeExact: true,
    sha256: 'd98cdcbd03e17ce47681435b5150e34c1417f50b5c0019dd560e4882c5745785',
    quantization: 'Q4_K_M',
    layers: 36,
    kvBytesPerToken: kv(36),
    trainContext: 40_960,
  },
  {
    // Hash not found in any source we could check: marked unknown rather than guessed. Size ≈ 8.2 B × 8.5 bits.
    id: 'qwen3-8b-q8_0',
    title: 'Qwen3 8B · Q8_0',
    servedName: 'Qwen/Qwen3-8B',
    repo: 'Qwen/Qwen3-8B-GGUF',
    revision: 'main',
    file: 'Qwen3-8B-Q8_0.gguf',
    sizeBytes: 8_710_000_000,
    sizeExact: false,
    sha256: null,
    quantization: 'Q8_0',
    layers: 36,
    kvBytesPerToken: kv(36),
    trainContext: 40_960,
  },
];

export const modelCatalog: readonly CatalogModel[] = entries.map((e) => ({
  ...e,
  url: `https://huggingface.co/${e.repo}/resolve/${e.revision}/${e.file}`,
  minVramBytes: planFit({
    model: {
      sizeBytes: e.sizeBytes,
      layers: e.layers,
      kvBytesPerToken: e.kvBytesPerToken,
      trainContext: e.trainContext,
    },
    vramFreeBytes: Number.MAX_SAFE_INTEGER,
    ramFreeBytes: Number.MAX_SAFE_INTEGER,
    desiredContext: 4096,
  }).vramBytes,
}));

export function catalogModel(id: string): CatalogModel | undefined {
  return modelCatalog.find((m) => m.id === id);
}
