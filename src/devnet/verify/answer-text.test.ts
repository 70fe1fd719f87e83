import { describe, expect, it } from 'vitest';
import { AnswerReader } from './answer-text.js';

const read = (type: string, ...chunks: string[]) => {
  const r = new AnswerReader(type);
  for (const c of chunks) r.push(Buffer.from(c));
  return r.finish();
};

describe('AnswerReader', () => {
  it('reads a whole chat answer and a whole completion', () => {
    const chat = JSON.stringify({ choices: [{ message: { content: 'Bonjour' }, finish_reason: 'stop' }] });
    expect(read('application/json', chat.slice(0, 9), chat.slice(9))).toEqual({
      text: 'Bonjour',
      finish: 'stop',
    });
    const completion = JSON.stringify({ choices: [{ text: ' sunny', finish_reason: 'length' }] });
    expect(read('application/json', completion)).toEqual({ text: ' sunny', finish: 'length' });
  });

  it('joins a stream’s deltas across chunk and UTF-8 boundaries', () => {
    const ev = (o: unknown) => `data: ${JSON.stringify(o)}\n\n`;
    const raw = Buffer.from(
      ev({ choices: [{ delta: { role: 'assistant', content: '' } }] }) +
        ev({ choices: [{ delta: { content: 'é' } }] }) +
        ev({ choices: [{ delta: { content: 'té' } }] }) +
        ev({ choices: [{ delta: {}, finish_reason: 'stop' }] }) +
        ev({ choices: [], usage: { completion_tokens: 2 } }) +
        'data: [DONE]\n\n',
    );
    const r = new AnswerReader('text/event-stream');
    for (let i = 0; i < raw.length; i += 7) r.push(raw.subarray(i, i + 7));
    expect(r.finish()).toEqual({ text: 'été', finish: 'stop' });
  });

  it('gives no text for what it cannot read', () => {
    expect(read('application/json', '{"choices": [')).toEqual({ text: null, finish: null });
    expect(read('text/event-stream', 'data: {not json}\n\n').text).toBeNull();
    expect(read('application/json', '{"error":{"message":"x"}}').text).toBeNull();
  });
});
