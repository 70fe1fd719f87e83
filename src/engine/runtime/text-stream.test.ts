import { describe, expect, it } from 'vitest';
import { TextStream, type Detokenizer } from './text-stream.js';

// A byte-level detokenizer: token n is the byte n (so multi-byte characters span several tokens).
const bytes: Detokenizer = {
  detokenize: (tokens) => Buffer.from(tokens).toString('utf8'),
};
const run = (text: string, stops: string[]): { out: string; stopped: boolean } => {
  const s = new TextStream(bytes, stops);
  let out = '';
  for (const b of Buffer.from(text)) {
    out += s.push(b);
    if (s.stopped) break;
  }
  return { out: out + s.end(), stopped: s.stopped };
};

describe('TextStream', () => {
  it('emits whole characters only', () => {
    const s = new TextStream(bytes, []);
    const [a, b] = [...Buffer.from('ü')];
    expect(s.push(a ?? 0)).toBe('');
    expect(s.push(b ?? 0)).toBe('ü');
  });
  it('cuts at the first stop string and never emits it', () => {
    expect(run('hello END world', ['END'])).toEqual({ out: 'hello ', stopped: true });
    expect(run('abcabd', ['abd', 'zz'])).toEqual({ out: 'abc', stopped: true });
  });
  it('releases a held partial match when it turns out not to be a stop', () => {
    expect(run('hello EN', ['END'])).toEqual({ out: 'hello EN', stopped: false });
  });
});
