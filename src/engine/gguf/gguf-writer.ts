// Writes GGUF v3 files (the llama.cpp model container): header, metadata KVs, tensor infos, padding to the
// alignment, then tensor data. Spec: ggml/docs/gguf.md (version 3, little-endian, u64 counts and lengths).
export const GGUF_ALIGNMENT = 32;

export const enum GgmlType {
  F32 = 0,
  F16 = 1,
  Q4_0 = 2,
  Q8_0 = 8,
}

/** Bytes of a tensor of `type` with `elements` values (q4_0 and q8_0 pack blocks of 32). */
export function ggmlByteLength(type: GgmlType, elements: number): number {
  switch (type) {
    case GgmlType.F32:
      return elements * 4;
    case GgmlType.F16:
      return elements * 2;
    case GgmlType.Q4_0:
      return (elements / 32) * 18;
    case GgmlType.Q8_0:
      return (elements / 32) * 34;
  }
}

const enum ValueType {
  U32 = 4,
  I32 = 5,
  F32 = 6,
  BOOL = 7,
  STRING = 8,
  ARRAY = 9,
}

export type GgufValue =
  | { type: 'u32'; value: number }
  | { type: 'i32'; value: number }
  | { type: 'f32'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'string'; value: string }
  | { type: 'string[]'; value: readonly string[] }
  | { type: 'f32[]'; value: readonly number[] }
  | { type: 'i32[]'; value: readonly number[] };

export interface GgufTensorInfo {
  name: string;
  /** ggml dimension order: dims[0] is the innermost (input) dimension. */
  dims: readonly number[];
  type: GgmlType;
}

export interface GgufTensor extends GgufTensorInfo {
  data: Uint8Array;
}

/** A tensor whose bytes are produced on demand, in order, so a large file never sits in memory. */
export interface GgufTensorSource extends GgufTensorInfo {
  chunks: () => Iterable<Uint8Array>;
}

export class GgufWriteError extends Error {
  constructor(
    readonly code: 'tensor-size-mismatch',
    message: string,
  ) {
    super(message);
  }
}

/** Grows a byte buffer while writing little-endian values. */
class ByteSink {
  #buf = Buffer.alloc(1 << 16);
  #len = 0;
  #reserve(n: number): void {
    if (this.#len + n <= this.#buf.length) return;
    const next = Buffer.alloc(Math.max(this.#buf.length * 2, this.#len + n));
    this.#buf.copy(next, 0, 0, this.#len);
    this.#buf = next;
  }
  u32(v: number): void {
    this.#reserve(4);
    this.#len = this.#buf.writeUInt32LE(v, this.#len);
  }
  i32(v: number): void {
    this.#reserve(4);
    this.#len = this.#buf.writeInt32LE(v, this.#len);
  }
  f32(v: number): void {
    this.#reserve(4);
    this.#len = this.#buf.writeFloatLE(v, this.#len);
  }
  u64(v: number): void {
    this.#reserve(8);
    this.#len = this.#buf.writeBigUInt64LE(BigInt(v), this.#len);
  }
  u8(v: number): void {
    this.#reserve(1);
    this.#len = this.#buf.writeUInt8(v, this.#len);
  }
  str(s: string): void {
    const bytes = Buffer.from(s, 'utf8');
    this.u64(bytes.length);
    this.#reserve(bytes.length);
    bytes.copy(this.#buf, this.#len);
    this.#len += bytes.length;
  }
  pad(alignment: number): void {
    while (this.#len % alignment !== 0) this.u8(0);
  }
  get length(): number {
    return this.#len;
  }
  bytes(): Buffer {
    return this.#buf.subarray(0, this.#len);
  }
}

function writeArray<T>(sink: ByteSink, type: ValueType, items: readonly T[], one: (item: T) => void): void {
  sink.u32(ValueType.ARRAY);
  sink.u32(type);
  sink.u64(items.length);
  for (const item of items) one(item);
}

function writeValue(sink: ByteSink, v: GgufValue): void {
  switch (v.type) {
    case 'u32':
      sink.u32(ValueType.U32);
      return sink.u32(v.value);
    case 'i32':
      sink.u32(ValueType.I32);
      return sink.i32(v.value);
    case 'f32':
      sink.u32(ValueType.F32);
      return sink.f32(v.value);
    case 'bool':
      sink.u32(ValueType.BOOL);
      return sink.u8(v.value ? 1 : 0);
    case 'string':
      sink.u32(ValueType.STRING);
      return sink.str(v.value);
    case 'string[]':
      return writeArray(sink, ValueType.STRING, v.value, (s) => sink.str(s));
    case 'f32[]':
      return writeArray(sink, ValueType.F32, v.value, (x) => sink.f32(x));
    case 'i32[]':
      return writeArray(sink, ValueType.I32, v.value, (x) => sink.i32(x));
  }
}

const padded = (n: number): number => Math.ceil(n / GGUF_ALIGNMENT) * GGUF_ALIGNMENT;

export const tensorByteLength = (t: GgufTensorInfo): number =>
  ggmlByteLength(
    t.type,
    t.dims.reduce((a, b) => a * b, 1),
  );

/** The header: magic, version, counts, KVs, tensor infos with their data offsets, padding. */
export function encodeGgufHeader(
  kvs: ReadonlyArray<readonly [string, GgufValue]>,
  tensors: readonly GgufTensorInfo[],
): Buffer {
  const head = new ByteSink();
  head.u32(0x46554747); // "GGUF"
  head.u32(3);
  head.u64(tensors.length);
  head.u64(kvs.length);
  for (const [key, value] of kvs) {
    head.str(key);
    writeValue(head, value);
  }
  let offset = 0;
  for (const t of tensors) {
    head.str(t.name);
    head.u32(t.dims.length);
    for (const d of t.dims) head.u64(d);
    head.u32(t.type);
    head.u64(offset);
    offset += padded(tensorByteLength(t));
  }
  head.pad(GGUF_ALIGNMENT);
  return head.bytes();
}

/** Total file size without producing any tensor data. */
export function ggufFileSize(headerBytes: number, tensors: readonly GgufTensorInfo[]): number {
  return tensors.reduce((n, t) => n + padded(tensorByteLength(t)), headerBytes);
}

/**
 * Yields the file in order: header, then each tensor's chunks and padding. A yielded chunk may be reused
 * by its producer once the consumer asks for the next one (copy it to keep it).
 */
export function* encodeGgufStream(
  kvs: ReadonlyArray<readonly [string, GgufValue]>,
  tensors: readonly GgufTensorSource[],
): Generator<Uint8Array> {
  yield encodeGgufHeader(kvs, tensors);
  for (const t of tensors) {
    const expected = tensorByteLength(t);
    let written = 0;
    for (const c of t.chunks()) {
      written += c.length;
      yield c;
    }
    if (written !== expected) {
      throw new GgufWriteError('tensor-size-mismatch', `${t.name}: ${written} bytes, expected ${expected}`);
    }
    const padding = padded(expected) - expected;
    if (padding > 0) yield Buffer.alloc(padding);
  }
}

/** Returns the whole file as a list of chunks (small models and tests). */
export function encodeGguf(
  kvs: ReadonlyArray<readonly [string, GgufValue]>,
  tensors: readonly GgufTensor[],
): Buffer[] {
  const sources = tensors.map((t) => ({ ...t, chunks: () => [t.data] }));
  return Array.from(encodeGgufStream(kvs, sources), (c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength));
}
