// A deterministic llama-architecture GGUF made by the project: the model of the tests and of the embedded
// default network. Random (seeded) weights give gibberish, but real llama.cpp inference runs on it.
import { encodeGguf, type GgufTensor, type GgufValue } from './gguf-writer.js';
import { encodeWeights, fileTypeOf, ggmlTypeOf, seededUniform, type WeightType } from './tensor-data.js';
import { buildVocab, CHATML_TEMPLATE } from './tiny-vocab.js';
import { GeneratedModelError } from './model-error.js';

export interface TinyModelOptions {
  /** Absent means llama: the presets of the first generator carry no tag. */
  architecture?: 'llama';
  seed: number;
  layers: number;
  /** Embedding width; a multiple of 32 (q8_0 blocks) and of `heads`. */
  dims: number;
  heads: number;
  kvHeads: number;
  feedForward: number;
  vocabSize: number;
  contextLength: number;
  type: WeightType;
  name: string;
}

function validate(o: TinyModelOptions): void {
  const bad = (m: string): never => {
    throw new GeneratedModelError('bad-options', m);
  };
  if (o.layers < 1 || o.layers > 64) bad('layers must be 1..64');
  if (o.dims % 32 !== 0 || o.dims % o.heads !== 0) bad('dims must be a multiple of 32 and of heads');
  if (o.heads % o.kvHeads !== 0) bad('heads must be a multiple of kvHeads');
  if (o.feedForward % 32 !== 0) bad('feedForward must be a multiple of 32');
  if (o.vocabSize < 400 || o.vocabSize > 200_000) bad('vocabSize must be 400..200000');
}

/** Builds the model file in memory as chunks; the same options always give the same bytes. */
export function buildTinyModel(o: TinyModelOptions): Buffer[] {
  validate(o);
  const vocab = buildVocab(o.vocabSize, o.seed);
  const headDim = o.dims / o.heads;
  const kvDim = headDim * o.kvHeads;
  const kvs: Array<readonly [string, GgufValue]> = [
    ['general.architecture', { type: 'string', value: 'llama' }],
    ['general.name', { type: 'string', value: o.name }],
    ['general.file_type', { type: 'u32', value: fileTypeOf[o.type] }],
    ['llama.context_length', { type: 'u32', value: o.contextLength }],
    ['llama.embedding_length', { type: 'u32', value: o.dims }],
    ['llama.block_count', { type: 'u32', value: o.layers }],
    ['llama.feed_forward_length', { type: 'u32', value: o.feedForward }],
    ['llama.attention.head_count', { type: 'u32', value: o.heads }],
    ['llama.attention.head_count_kv', { type: 'u32', value: o.kvHeads }],
    ['llama.attention.layer_norm_rms_epsilon', { type: 'f32', value: 1e-5 }],
    ['llama.rope.dimension_count', { type: 'u32', value: headDim }],
    ['llama.rope.freq_base', { type: 'f32', value: 10000 }],
    ['llama.vocab_size', { type: 'u32', value: vocab.tokens.length }],
    ['tokenizer.ggml.model', { type: 'string', value: 'llama' }],
    ['tokenizer.ggml.tokens', { type: 'string[]', value: vocab.tokens }],
    ['tokenizer.ggml.scores', { type: 'f32[]', value: vocab.scores }],
    ['tokenizer.ggml.token_type', { type: 'i32[]', value: vocab.types }],
    ['tokenizer.ggml.unknown_token_id', { type: 'u32', value: vocab.ids.unk }],
    ['tokenizer.ggml.bos_token_id', { type: 'u32', value: vocab.ids.bos }],
    ['tokenizer.ggml.eos_token_id', { type: 'u32', value: vocab.ids.eos }],
    ['tokenizer.ggml.eot_token_id', { type: 'u32', value: vocab.ids.imEnd }],
    ['tokenizer.ggml.add_bos_token', { type: 'bool', value: true }],
    // No implicit leading space: ChatML text right after a special token must stay byte-exact.
    ['tokenizer.ggml.add_space_prefix', { type: 'bool', value: false }],
    ['tokenizer.chat_template', { type: 'string', value: CHATML_TEMPLATE }],
  ];
  const n = vocab.tokens.length;
  const norm = (name: string): GgufTensor => ({
    name,
    dims: [o.dims],
    type: ggmlTypeOf.f32,
    data: encodeWeights(new Float32Array(o.dims).fill(1), 'f32'),
  });
  const matrix = (name: string, input: number, output: number): GgufTensor => ({
    name,
    dims: [input, output],
    type: ggmlTypeOf[o.type],
    data: encodeWeights(seededUniform(o.seed, name, input * output, 1 / Math.sqrt(input)), o.type),
  });
  const tensors: GgufTensor[] = [
    {
      ...matrix('token_embd.weight', o.dims, n),
      data: encodeWeights(seededUniform(o.seed, 'token_embd.weight', o.dims * n, 1), o.type),
    },
    norm('output_norm.weight'),
    // Untied output: tied random embeddings make greedy decoding repeat the last token forever.
    matrix('output.weight', o.dims, n),
  ];
  for (let l = 0; l < o.layers; l++) {
    const p = `blk.${l}.`;
    tensors.push(
      norm(`${p}attn_norm.weight`),
      matrix(`${p}attn_q.weight`, o.dims, o.dims),
      matrix(`${p}attn_k.weight`, o.dims, kvDim),
      matrix(`${p}attn_v.weight`, o.dims, kvDim),
      matrix(`${p}attn_output.weight`, o.dims, o.dims),
      norm(`${p}ffn_norm.weight`),
      matrix(`${p}ffn_gate.weight`, o.dims, o.feedForward),
      matrix(`${p}ffn_up.weight`, o.dims, o.feedForward),
      matrix(`${p}ffn_down.weight`, o.feedForward, o.dims),
    );
  }
  return encodeGguf(kvs, tensors);
}
