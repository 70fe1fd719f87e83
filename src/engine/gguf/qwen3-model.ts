// A deterministic `qwen3`-architecture GGUF laid out as llama.cpp's qwen3 loader reads it (llama.cpp
// src/models/qwen3.cpp and src/llama-arch.cpp, as bundled with node-llama-cpp 3.21.1): grouped-query
// attention, per-head RMS norms on q and k, a head width of its own (`key_length`), rope base 1e6, tied or
// untied output and Qwen's byte-level BPE tokenizer with ChatML. Weights are seeded noise, so it talks
// gibberish, but every tensor and key a real Qwen3 file has is there, at any size up to Qwen3-8B's.
import {
  encodeGgufHeader,
  encodeGgufStream,
  ggufFileSize,
  type GgufTensorSource,
  type GgufValue,
} from './gguf-writer.js';
import { buildBpeVocab } from './bpe-vocab.js';
import { GeneratedModelError } from './model-error.js';
import { fileTypeOf, ggmlTypeOf, type WeightType } from './tensor-data.js';
import { CHATML_TEMPLATE } from './tiny-vocab.js';
import { ones, weightChunks } from './weight-stream.js';

export interface Qwen3ModelOptions {
  architecture: 'qwen3';
  name: string;
  seed: number;
  layers: number;
  /** Embedding width; a multiple of 32 (quantization blocks). */
  dims: number;
  heads: number;
  /** Key/value heads; fewer than `heads` is grouped-query attention. */
  kvHeads: number;
  /** Width of one head, independent of dims / heads (Qwen3: 128). */
  headDim: number;
  feedForward: number;
  vocabSize: number;
  contextLength: number;
  type: WeightType;
  /** No `output.weight`: the loader reuses the token embeddings, as Qwen3 up to 4B does. */
  tiedOutput: boolean;
}

export function validateQwen3(o: Qwen3ModelOptions): void {
  const check = (ok: boolean, m: string): void => {
    if (!ok) throw new GeneratedModelError('bad-options', m);
  };
  const int = (n: number, lo: number, hi: number): boolean => Number.isInteger(n) && n >= lo && n <= hi;
  check(int(o.layers, 1, 128), 'layers must be 1..128');
  check(int(o.dims, 32, 16384) && o.dims % 32 === 0, 'dims must be a multiple of 32 up to 16384');
  check(
    int(o.heads, 1, 256) && int(o.kvHeads, 1, o.heads),
    'heads and kvHeads must be 1..256, kvHeads <= heads',
  );
  check(o.heads % o.kvHeads === 0, 'heads must be a multiple of kvHeads');
  check(int(o.headDim, 32, 512) && o.headDim % 32 === 0, 'headDim must be a multiple of 32 up to 512');
  check(int(o.feedForward, 32, 65536) && o.feedForward % 32 === 0, 'feedForward must be a multiple of 32');
  check(int(o.vocabSize, 512, 262144), 'vocabSize must be 512..262144');
  check(int(o.contextLength, 256, 1 << 20), 'contextLength must be 256..1048576');
  check(int(o.seed, 0, 2 ** 32 - 1), 'seed must be a 32-bit unsigned integer');
}

interface Qwen3Layout {
  kvs: Array<readonly [string, GgufValue]>;
  tensors: GgufTensorSource[];
}

function layout(o: Qwen3ModelOptions): Qwen3Layout {
  validateQwen3(o);
  const vocab = buildBpeVocab(o.vocabSize, o.seed);
  const a = (key: string): string => `qwen3.${key}`;
  const u32 = (value: number): GgufValue => ({ type: 'u32', value });
  const kvs: Array<readonly [string, GgufValue]> = [
    ['general.architecture', { type: 'string', value: 'qwen3' }],
    ['general.type', { type: 'string', value: 'model' }],
    ['general.name', { type: 'string', value: o.name }],
    ['general.file_type', u32(fileTypeOf[o.type])],
    ['general.quantization_version', u32(2)],
    [a('block_count'), u32(o.layers)],
    [a('context_length'), u32(o.contextLength)],
    [a('embedding_length'), u32(o.dims)],
    [a('feed_forward_length'), u32(o.feedForward)],
    [a('attention.head_count'), u32(o.heads)],
    [a('attention.head_count_kv'), u32(o.kvHeads)],
    [a('rope.freq_base'), { type: 'f32', value: 1e6 }],
    [a('attention.layer_norm_rms_epsilon'), { type: 'f32', value: 1e-6 }],
    [a('attention.key_length'), u32(o.headDim)],
    [a('attention.value_length'), u32(o.headDim)],
    ['tokenizer.ggml.model', { type: 'string', value: 'gpt2' }],
    ['tokenizer.ggml.pre', { type: 'string', value: 'qwen2' }],
    ['tokenizer.ggml.tokens', { type: 'string[]', value: vocab.tokens }],
    ['tokenizer.ggml.token_type', { type: 'i32[]', value: vocab.types }],
    ['tokenizer.ggml.merges', { type: 'string[]', value: vocab.merges }],
    // As Qwen3's instruct models: a turn ends with <|im_end|>, <|endoftext|> pads, no BOS is added.
    ['tokenizer.ggml.eos_token_id', u32(vocab.ids.imEnd)],
    ['tokenizer.ggml.padding_token_id', u32(vocab.ids.endOfText)],
    ['tokenizer.ggml.bos_token_id', u32(vocab.ids.endOfText)],
    ['tokenizer.ggml.add_bos_token', { type: 'bool', value: false }],
    ['tokenizer.chat_template', { type: 'string', value: CHATML_TEMPLATE }],
  ];
  const n = vocab.tokens.length;
  const qDim = o.heads * o.headDim;
  const kvDim = o.kvHeads * o.headDim;
  const norm = (name: string, width: number): GgufTensorSource => ({
    name,
    dims: [width],
    type: ggmlTypeOf.f32,
    chunks: () => [ones(width)],
  });
  const matrix = (
    name: string,
    input: number,
    output: number,
    scale = 1 / Math.sqrt(input),
  ): GgufTensorSource => ({
    name,
    dims: [input, output],
    type: ggmlTypeOf[o.type],
    chunks: () => weightChunks(o.seed, name, input * output, scale, o.type),
  });
  const tensors: GgufTensorSource[] = [matrix('token_embd.weight', o.dims, n, 1)];
  for (let l = 0; l < o.layers; l++) {
    const p = `blk.${l}.`;
    tensors.push(
      norm(`${p}attn_norm.weight`, o.dims),
      matrix(`${p}attn_q.weight`, o.dims, qDim),
      matrix(`${p}attn_k.weight`, o.dims, kvDim),
      matrix(`${p}attn_v.weight`, o.dims, kvDim),
      norm(`${p}attn_q_norm.weight`, o.headDim),
      norm(`${p}attn_k_norm.weight`, o.headDim),
      matrix(`${p}attn_output.weight`, qDim, o.dims),
      norm(`${p}ffn_norm.weight`, o.dims),
      matrix(`${p}ffn_gate.weight`, o.dims, o.feedForward),
      matrix(`${p}ffn_up.weight`, o.dims, o.feedForward),
      matrix(`${p}ffn_down.weight`, o.feedForward, o.dims),
    );
  }
  tensors.push(norm('output_norm.weight', o.dims));
  if (!o.tiedOutput) tensors.push(matrix('output.weight', o.dims, n));
  return { kvs, tensors };
}

/** The file's bytes in order, a few MB at a time; the same options always give the same bytes. */
export function streamQwen3Model(o: Qwen3ModelOptions): Iterable<Uint8Array> {
  const { kvs, tensors } = layout(o);
  return encodeGgufStream(kvs, tensors);
}

/** The exact file size, computed from the header and tensor shapes without drawing any weights. */
export function qwen3ModelSize(o: Qwen3ModelOptions): number {
  const { kvs, tensors } = layout(o);
  return ggufFileSize(encodeGgufHeader(kvs, tensors).length, tensors);
}
