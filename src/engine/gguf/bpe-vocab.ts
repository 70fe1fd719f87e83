// A GPT-2-style byte-level BPE vocabulary, the kind Qwen models ship ("gpt2" tokenizer, "qwen2" pre-
// tokenizer): the 256 byte characters first (so any UTF-8 text is reachable), then words merged a character
// at a time (each merge "prefix char" makes the next longer token), then Qwen's special tokens last.
import { SeededUniform } from './tensor-data.js';
import { SYLLABLES, WORDS } from './tiny-vocab.js';

const enum TokenType {
  Normal = 1,
  Control = 3,
  UserDefined = 4,
}

export interface BpeVocab {
  tokens: string[];
  types: number[];
  merges: string[];
  ids: { endOfText: number; imStart: number; imEnd: number };
}

/** GPT-2's bytes_to_unicode: printable bytes stand for themselves, the rest move to U+0100 and up. */
function byteCharsInVocabOrder(): { order: number[]; charOf: string[] } {
  const order: number[] = [];
  for (let b = 0x21; b <= 0x7e; b++) order.push(b);
  for (let b = 0xa1; b <= 0xac; b++) order.push(b);
  for (let b = 0xae; b <= 0xff; b++) order.push(b);
  const charOf: string[] = [];
  for (const b of order) charOf[b] = String.fromCharCode(b);
  let n = 0;
  for (let b = 0; b < 256; b++) {
    if (charOf[b] !== undefined) continue;
    order.push(b);
    charOf[b] = String.fromCharCode(256 + n++);
  }
  return { order, charOf };
}

const BYTES = byteCharsInVocabOrder();

/** Text as byte-level BPE spells it ("Ġ" for a space, "Ċ" for a newline). */
export function byteLevel(text: string): string {
  let out = '';
  for (const b of Buffer.from(text, 'utf8')) out += BYTES.charOf[b] ?? '';
  return out;
}

const SPECIALS: ReadonlyArray<readonly [string, TokenType]> = [
  ['<|endoftext|>', TokenType.Control],
  ['<|im_start|>', TokenType.Control],
  ['<|im_end|>', TokenType.Control],
  ['<think>', TokenType.UserDefined],
  ['</think>', TokenType.UserDefined],
];

export function buildBpeVocab(targetSize: number, seed: number): BpeVocab {
  const normalTarget = targetSize - SPECIALS.length;
  const tokens = BYTES.order.map((b) => BYTES.charOf[b] ?? '');
  const merges: string[] = [];
  const seen = new Set(tokens);
  const addWord = (word: string): void => {
    for (const form of [byteLevel(` ${word}`), byteLevel(word)]) {
      for (let i = 2; i <= form.length && tokens.length < normalTarget; i++) {
        const piece = form.slice(0, i);
        if (seen.has(piece)) continue;
        seen.add(piece);
        tokens.push(piece);
        merges.push(`${form.slice(0, i - 1)} ${form.slice(i - 1, i)}`);
      }
    }
  };
  for (const w of WORDS) addWord(w);
  // Synthetic letter-only words fill large vocabularies; the qwen2 pre-tokenizer splits letters from
  // digits, so a word with digits could never be merged into.
  const rng = new SeededUniform(seed, 'bpe-vocab');
  const draw = new Float32Array(1);
  const next = (n: number): number => Math.floor(((rng.fill(draw, 0.5)[0] ?? 0) + 0.5) * n) % n;
  const limit = targetSize * 64;
  for (let k = 0; tokens.length < normalTarget; k++) {
    if (k > limit) throw new RangeError(`cannot fill a vocabulary of ${targetSize}`);
    const parts = 2 + next(4);
    let word = '';
    for (let p = 0; p < parts; p++) word += SYLLABLES[next(SYLLABLES.length)] ?? '';
    addWord(word);
  }
  const types = tokens.map(() => TokenType.Normal as number);
  const first = tokens.length;
  for (const [text, type] of SPECIALS) {
    tokens.push(text);
    types.push(type);
  }
  return { tokens, types, merges, ids: { endOfText: first, imStart: first + 1, imEnd: first + 2 } };
}
