// The vocabulary of generated models: a SentencePiece-style ("llama") tokenizer that can spell any string.
// Control tokens, ChatML markers, the 256 byte tokens (so every UTF-8 string is reachable), "▁" and
// printable ASCII, then whole words with all their prefixes so the greedy merges can reach them.
import { seededUniform } from './tensor-data.js';

export const SPACE = '\u2581'; // "▁", SentencePiece's visible space

const enum TokenType {
  Normal = 1,
  Unknown = 2,
  Control = 3,
  Byte = 6,
}

export interface Vocab {
  tokens: string[];
  scores: number[];
  types: number[];
  ids: { unk: number; bos: number; eos: number; imStart: number; imEnd: number };
}

export const WORDS = (
  'the of and to in is you that it he was for on are as with his they at be this have from or one had by ' +
  'word but not what all were we when your can said there use an each which she do how their if will up ' +
  'other about out many then them these so some her would make like him into time has look two more write ' +
  'go see number no way could people my than first water been call who oil its now find long down day did ' +
  'get come made may part hello world user assistant system question answer model token gpu ton worker ' +
  'silkworm cocoon network game play earn paid request reply yes ok please thanks good bad new old small ' +
  'big fast slow red blue green cat dog sun moon tree house car road city food name story tell me about'
).split(' ');

export const SYLLABLES =
  'ka ri to mu ne so la vi de po ur an el is om tr st ch sh qu ex in on er ar or al'.split(' ');

export function buildVocab(targetSize: number, seed: number): Vocab {
  const tokens: string[] = [];
  const types: number[] = [];
  const seen = new Set<string>();
  const add = (text: string, type: TokenType): void => {
    if (type === TokenType.Normal && seen.has(text)) return;
    seen.add(text);
    tokens.push(text);
    types.push(type);
  };
  add('<unk>', TokenType.Unknown);
  add('<s>', TokenType.Control);
  add('</s>', TokenType.Control);
  add('<|im_start|>', TokenType.Control);
  add('<|im_end|>', TokenType.Control);
  for (let b = 0; b < 256; b++) add(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`, TokenType.Byte);
  add(SPACE, TokenType.Normal);
  for (let c = 0x21; c < 0x7f; c++) add(String.fromCharCode(c), TokenType.Normal);
  const addWord = (word: string): void => {
    for (const form of [SPACE + word, word]) {
      for (let i = 2; i <= form.length; i++) add(form.slice(0, i), TokenType.Normal);
    }
  };
  for (const w of WORDS) addWord(w);
  // Synthetic words fill larger vocabularies (bench models) deterministically.
  const pick = seededUniform(seed, 'vocab', Math.max(0, targetSize) * 4 + 16, 0.5);
  let k = 0;
  while (tokens.length < targetSize) {
    const parts = 2 + Math.floor(((pick[k++ % pick.length] ?? 0) + 0.5) * 3);
    let word = '';
    for (let p = 0; p < parts; p++) {
      word +=
        SYLLABLES[Math.floor(((pick[k++ % pick.length] ?? 0) + 0.5) * SYLLABLES.length) % SYLLABLES.length] ??
        '';
    }
    word += String(k % 97);
    addWord(word);
  }
  // Longer pieces score higher so merges prefer whole words.
  const scores = tokens.map((t, i) => (types[i] === TokenType.Normal ? t.length - i * 1e-6 : 0));
  return {
    tokens,
    scores,
    types,
    ids: { unk: 0, bos: 1, eos: 2, imStart: 3, imEnd: 4 },
  };
}

/** ChatML, as Qwen and many others use it; node-llama-cpp recognises it and picks its ChatML wrapper. */
export const CHATML_TEMPLATE =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}" +
  "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";
