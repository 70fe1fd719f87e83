import { describe, expect, it } from 'vitest';
import {
  asksEvidence,
  EVIDENCE_FIELD,
  EvidenceSplitter,
  evidenceEvent,
  evidenceValue,
  stripEvidence,
} from './carriage.js';

const tokens = [
  {
    token: 7,
    logprob: -0.25,
    top: [
      { token: 7, logprob: -0.25 },
      { token: 3, logprob: -2 },
    ],
  },
];

describe('evidence carriage', () => {
  it('reads the ask from TL headers and from a record, case-insensitively, only with the known value', () => {
    expect(asksEvidence([{ name: 'x-silkworm-evidence', value: 'top5' }])).toBe(true);
    expect(asksEvidence({ 'X-Silkworm-Evidence': ' top5 ' })).toBe(true);
    expect(asksEvidence([{ name: 'X-Silkworm-Evidence', value: 'top6' }])).toBe(false);
    expect(asksEvidence([])).toBe(false);
  });

  it('a JSON body: stripped unless the client asked, the rest unchanged', () => {
    const body = Buffer.from(
      `${JSON.stringify({ a: 1, [EVIDENCE_FIELD]: evidenceValue(tokens, 'top-k'), usage: { x: 2 } })}\n`,
    );
    const { body: out, evidence } = stripEvidence(body, 'application/json');
    expect(out.toString()).toBe('{"a":1,"usage":{"x":2}}\n');
    expect(evidence?.basis).toBe('top-k');
    expect(evidence?.tokens[0]?.token).toBe(7);
    const keep = new EvidenceSplitter('application/json', true);
    keep.push(body);
    expect(keep.finish()).toEqual(body);
    expect(stripEvidence(Buffer.from('{"a":1}'), 'application/json').body.toString()).toBe('{"a":1}');
  });

  it('an SSE stream: the evidence event goes, every other event passes byte for byte', () => {
    const other = 'data: {"choices":[{"delta":{"content":"héllo 🐛"}}]}\n\n';
    const raw = Buffer.concat([
      Buffer.from(other),
      evidenceEvent({ id: 'x' }, tokens, 'vocabulary'),
      Buffer.from('data: [DONE]\n\n'),
    ]);
    const s = new EvidenceSplitter('text/event-stream');
    let out = '';
    for (const b of raw) out += s.push(Buffer.from([b])).toString();
    out += s.finish().toString();
    expect(out).toBe(`${other}data: [DONE]\n\n`);
    expect(s.evidence()?.tokens).toHaveLength(1);
  });
});
