// Reads a GGUF file's header (spec: ggml/docs/gguf.md, versions 2 and 3, little-endian): magic, version,
// counts, the metadata KVs (scalars kept, arrays such as the tokenizer's skipped by their declared size)
// and the tensor infos, then checks that the file is long enough for the tensor data it declares. It
// never reads past the file's end and never trusts a declared length beyond it. No node-llama-cpp here:
// discovery runs this on every candidate file, so it must be cheap.
import { open } from 'node:fs/promises';
import { GgufCursor } from './gguf-cursor.js';
import { fileTypeNames, tensorBytes } from './ggml-types.js';
import { ModelStoreError } from './model-store-types.js';
import { chatArchitectures } from './gguf-architectures.js';

const MAGIC = 0x46554747; // "GGUF" read as a little-endian u32
const MAX_KEY = 65_535;
const KEEP_STRING = 4096;
const MAX_ARRAY_STRINGS = 1 << 26;
const MAX_DIMS = 4;

type Scalar = number | boolean | string;

export interface GgufHeader {
  version: number;
  tensorCount: number;
  architecture: string;
  name: string | null;
  fileType: number | null;
  /** The quantization named by general.file_type (e.g. "Q4_K_M"), when known. */
  quantization: string | null;
  blockCount: number;
  contextLength: number;
  embeddingLength: number;
  headCount: number;
  headCountKv: number;
  keyLength: number | null;
  /** split.count: more than 1 for a multi-part model. */
  splitCount: number;
  fileBytes: number;
  /** Where the tensor data ends according to the header (≤ fileBytes). */
  dataEndBytes: number;
}

async function readString(c: GgufCursor, what: string, keep: number): Promise<string | null> {
  const len = await c.u64(`${what} length`);
  if (len > keep) {
    c.skip(len, what);
    return null;
  }
  return (await c.bytes(len, what)).toString('utf8');
}

const fixedSize: Record<number, number> = {
  0: 1,
  1: 1,
  2: 2,
  3: 2,
  4: 4,
  5: 4,
  6: 4,
  7: 1,
  10: 8,
  11: 8,
  12: 8,
};

async function readScalar(c: GgufCursor, type: number, what: string): Promise<Scalar> {
  const size = fixedSize[type] ?? 0;
  const b = await c.bytes(size, what);
  switch (type) {
    case 0:
      return b.readUInt8(0);
    case 1:
      return b.readInt8(0);
    case 2:
      return b.readUInt16LE(0);
    case 3:
      return b.readInt16LE(0);
    case 4:
      return b.readUInt32LE(0);
    case 5:
      return b.readInt32LE(0);
    case 6:
      return b.readFloatLE(0);
    case 7:
      return b.readUInt8(0) !== 0;
    case 10:
      return Number(b.readBigUInt64LE(0));
    case 11:
      return Number(b.readBigInt64LE(0));
    default:
      return b.readDoubleLE(0);
  }
}

/** Skips an array by its declared size: fixed-size elements in one jump, strings one length at a time. */
async function skipArray(c: GgufCursor, what: string, depth: number): Promise<void> {
  const type = await c.u32(`${what} element type`);
  const count = await c.u64(`${what} count`);
  const size = fixedSize[type];
  if (size !== undefined) return c.skip(count * size, what);
  if (type !== 8 && type !== 9) throw notGguf(c, `${what} has unknown element type ${type}`);
  // Each string or nested array takes at least 8 bytes, so a count the file cannot hold is caught here.
  if (count * 8 > c.remaining()) throw c.truncated(`${what} (declares ${count} elements)`);
  if (count > MAX_ARRAY_STRINGS || depth > 2) throw notGguf(c, `${what} declares an implausible array`);
  for (let i = 0; i < count; i++) {
    if (type === 8) c.skip(await c.u64(`${what} string length`), what);
    else await skipArray(c, what, depth + 1);
  }
}

const notGguf = (c: GgufCursor, detail: string): ModelStoreError =>
  new ModelStoreError('not-gguf', `not a usable GGUF file: ${detail} (offset ${c.offset})`);

async function readKvs(c: GgufCursor, count: number): Promise<Map<string, Scalar>> {
  const kvs = new Map<string, Scalar>();
  for (let i = 0; i < count; i++) {
    const key = await readString(c, `metadata key ${i}`, MAX_KEY);
    if (key === null) throw notGguf(c, `metadata key ${i} is longer than ${MAX_KEY} bytes`);
    const type = await c.u32(`type of ${key}`);
    if (type === 9) await skipArray(c, key, 0);
    else if (type === 8) {
      const s = await readString(c, key, KEEP_STRING);
      if (s !== null) kvs.set(key, s);
    } else if (fixedSize[type] !== undefined) kvs.set(key, await readScalar(c, type, key));
    else throw notGguf(c, `${key} has unknown value type ${type}`);
  }
  return kvs;
}

/** Reads the tensor infos and returns where the last tensor's data ends, relative to the data section. */
async function readTensorInfos(c: GgufCursor, count: number): Promise<number> {
  // A tensor info takes at least 8 + 4 + 8 + 4 + 8 bytes: reject counts the file cannot hold up front.
  if (count * 32 > c.remaining()) throw c.truncated(`tensor infos (declares ${count} tensors)`);
  let end = 0;
  for (let i = 0; i < count; i++) {
    const name = (await readString(c, `tensor ${i} name`, MAX_KEY)) ?? `#${i}`;
    const dims = await c.u32(`${name} dimension count`);
    if (dims < 1 || dims > MAX_DIMS) throw notGguf(c, `tensor ${name} has ${dims} dimensions`);
    let elements = 1;
    for (let d = 0; d < dims; d++) elements *= await c.u64(`${name} dimension`);
    const type = await c.u32(`${name} type`);
    const offset = await c.u64(`${name} offset`);
    end = Math.max(end, offset + (tensorBytes(type, elements) ?? 0));
  }
  return end;
}

const num = (kvs: Map<string, Scalar>, key: string): number | null => {
  const v = kvs.get(key);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

/** Reads and validates the header; `anyArchitecture` skips the chat-LLM allow-list (for inspection). */
export async function readGgufHeader(
  path: string,
  o: { anyArchitecture?: boolean } = {},
): Promise<GgufHeader> {
  const file = await open(path, 'r').catch((err: unknown) => {
    throw new ModelStoreError(
      'not-found',
      `cannot open ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  });
  try {
    const c = new GgufCursor(file, path, (await file.stat()).size);
    if (c.size < 8 || (await c.u32('magic')) !== MAGIC)
      throw new ModelStoreError('not-gguf', `${path} is not a GGUF file (bad magic)`);
    const version = await c.u32('version');
    if (version !== 2 && version !== 3) throw notGguf(c, `GGUF version ${version} is not supported (2 or 3)`);
    const tensorCount = await c.u64('tensor count');
    const kvs = await readKvs(c, await c.u64('metadata count'));
    const dataEnd = await readTensorInfos(c, tensorCount);
    const alignment = num(kvs, 'general.alignment') ?? 32;
    const dataStart = Math.ceil(c.offset / alignment) * alignment;
    if (dataStart + dataEnd > c.size) throw c.truncated(`tensor data (needs ${dataStart + dataEnd} bytes)`);
    return describe(
      kvs,
      { version, tensorCount, fileBytes: c.size, dataEndBytes: dataStart + dataEnd },
      path,
      o,
    );
  } finally {
    await file.close();
  }
}

function describe(
  kvs: Map<string, Scalar>,
  base: Pick<GgufHeader, 'version' | 'tensorCount' | 'fileBytes' | 'dataEndBytes'>,
  path: string,
  o: { anyArchitecture?: boolean },
): GgufHeader {
  const arch = kvs.get('general.architecture');
  if (typeof arch !== 'string')
    throw new ModelStoreError('not-gguf', `${path} names no general.architecture`);
  if (o.anyArchitecture !== true && !chatArchitectures.has(arch)) {
    throw new ModelStoreError(
      'unsupported-architecture',
      `${path} is a "${arch}" model, not a chat LLM that llama.cpp serves`,
    );
  }
  const need = (key: string): number => {
    const v = num(kvs, `${arch}.${key}`);
    if (v === null || v <= 0) throw new ModelStoreError('not-gguf', `${path} lacks ${arch}.${key}`);
    return v;
  };
  const headCount = need('attention.head_count');
  const fileType = num(kvs, 'general.file_type');
  const name = kvs.get('general.name');
  return {
    ...base,
    architecture: arch,
    name: typeof name === 'string' ? name : null,
    fileType,
    quantization: fileType === null ? null : (fileTypeNames[fileType] ?? null),
    blockCount: need('block_count'),
    contextLength: need('context_length'),
    embeddingLength: need('embedding_length'),
    headCount,
    headCountKv: num(kvs, `${arch}.attention.head_count_kv`) ?? headCount,
    keyLength: num(kvs, `${arch}.attention.key_length`),
    splitCount: num(kvs, 'split.count') ?? 1,
  };
}
