// The catalog's data: the models Cocoon-style networks serve today (Qwen3 0.6B–32B, Seed-X-PPO-7B), in
// quantizations that fit 8, 12, 16 and 24 GB cards. Sizes and SHA-256 (the Hugging Face LFS object id)
// come from public listings of these exact files, pinned to a revision; where a hash or exact size was not
// found it is marked unknown (sha256 null, sizeExact false, revision 'main') rather than guessed.
// Shapes follow each model's config.json: Qwen3 uses 8 KV heads of 128 dims at every size; Seed-X-PPO-7B
// is a Mistral-architecture model (llama.cpp loads it as `llama`) with 32 layers and 8 KV heads of 128.

export type Quantization = 'Q8_0' | 'Q6_K' | 'Q5_K_M' | 'Q4_K_M';

export interface CatalogEntry {
  id: string;
  title: string;
  /** The name requests must carry in `model` (Cocoon compares the base name before '@'). */
  servedName: string;
  repo: string;
  revision: string;
  file: string;
  sizeBytes: number;
  sizeExact: boolean;
  sha256: string | null;
  quantization: Quantization;
  /** llama.cpp's `general.architecture` of the file. */
  architecture: 'qwen3' | 'llama';
  /** Parameter count label, e.g. "8B". */
  parameters: string;
  /** Parameters in billions, to rank models by size. */
  billions: number;
  layers: number;
  kvHeads: number;
  headDim: number;
  trainContext: number;
}

const UNKNOWN = { revision: 'main', sizeExact: false, sha256: null } as const;

const qwen3 = (
  b: string,
  billions: number,
  layers: number,
  quant: Quantization,
  file: Pick<CatalogEntry, 'repo' | 'revision' | 'sizeBytes' | 'sizeExact' | 'sha256'>,
): CatalogEntry => ({
  id: `qwen3-${b.toLowerCase()}-${quant.toLowerCase()}`,
  title: `Qwen3 ${b} · ${quant}`,
  servedName: `Qwen/Qwen3-${b}`,
  file: `Qwen3-${b}-${quant}.gguf`,
  quantization: quant,
  architecture: 'qwen3',
  parameters: b,
  billions,
  layers,
  kvHeads: 8,
  headDim: 128,
  trainContext: 40_960,
  ...file,
});

const seedX = (quant: Quantization, sizeBytes: number): CatalogEntry => ({
  id: `seed-x-ppo-7b-${quant.toLowerCase()}`,
  title: `Seed-X-PPO 7B · ${quant}`,
  servedName: 'ByteDance-Seed/Seed-X-PPO-7B',
  repo: 'mradermacher/Seed-X-PPO-7B-GGUF',
  file: `Seed-X-PPO-7B.${quant}.gguf`,
  sizeBytes,
  ...UNKNOWN,
  quantization: quant,
  architecture: 'llama',
  parameters: '7B',
  billions: 7.5,
  layers: 32,
  kvHeads: 8,
  headDim: 128,
  trainContext: 32_768,
});

export const catalogEntries: readonly CatalogEntry[] = [
  qwen3('0.6B', 0.6, 28, 'Q8_0', {
    repo: 'Qwen/Qwen3-0.6B-GGUF',
    revision: '23749fefcc72300e3a2ad315e1317431b06b590a',
    sizeBytes: 639_446_688,
    sizeExact: true,
    sha256: '9465e63a22add5354d9bb4b99e90117043c7124007664907259bd16d043bb031',
  }),
  qwen3('1.7B', 1.7, 28, 'Q4_K_M', {
    repo: 'ggml-org/Qwen3-1.7B-GGUF',
    revision: 'daeb8e2d528a760970442092f6bf1e55c3b659eb',
    sizeBytes: 1_282_439_264,
    sizeExact: true,
    sha256: 'd2387ca2dbfee2ffabce7120d3770dadca0b293052bc2f0e138fdc940d9bc7b5',
  }),
  qwen3('4B', 4, 36, 'Q4_K_M', {
    repo: 'Qwen/Qwen3-4B-GGUF',
    revision: 'bc640142c66e1fdd12af0bd68f40445458f3869b',
    sizeBytes: 2_497_280_256,
    sizeExact: true,
    sha256: '7485fe6f11af29433bc51cab58009521f205840f5b4ae3a32fa7f92e8534fdf5',
  }),
  qwen3('8B', 8.2, 36, 'Q4_K_M', {
    repo: 'Qwen/Qwen3-8B-GGUF',
    revision: '7c41481f57cb95916b40956ab2f0b139b296d974',
    sizeBytes: 5_027_783_488,
    sizeExact: true,
    sha256: 'd98cdcbd03e17ce47681435b5150e34c1417f50b5c0019dd560e4882c5745785',
  }),
  // Sizes below are ≈ parameters × bits per weight of the quantization; the download pins the real ones.
  qwen3('8B', 8.2, 36, 'Q8_0', { repo: 'Qwen/Qwen3-8B-GGUF', sizeBytes: 8_710_000_000, ...UNKNOWN }),
  qwen3('14B', 14.8, 40, 'Q4_K_M', { repo: 'Qwen/Qwen3-14B-GGUF', sizeBytes: 9_000_000_000, ...UNKNOWN }),
  qwen3('14B', 14.8, 40, 'Q5_K_M', { repo: 'Qwen/Qwen3-14B-GGUF', sizeBytes: 10_510_000_000, ...UNKNOWN }),
  qwen3('14B', 14.8, 40, 'Q6_K', { repo: 'Qwen/Qwen3-14B-GGUF', sizeBytes: 12_120_000_000, ...UNKNOWN }),
  qwen3('32B', 32.8, 64, 'Q4_K_M', { repo: 'Qwen/Qwen3-32B-GGUF', sizeBytes: 19_760_000_000, ...UNKNOWN }),
  seedX('Q4_K_M', 4_550_000_000),
  seedX('Q8_0', 7_950_000_000),
];
