// Worker answers (docs/protocol.md §4.4) in one shape, whatever the protocol version: proto ≥ 1 sends queryAnswerEx /
// PartEx / ErrorEx with final_info on the last one; proto 0 sends the legacy queryAnswer / Part / Error
// with tokens_used on each. Anything else is not an answer.
import type { TlObject } from '../../protocol/tl/schema.gen.js';

export interface NormalAnswer {
  requestId: Buffer;
  kind: 'head' | 'part' | 'error';
  answer: Buffer;
  final: boolean;
  /** Billed adjusted tokens, present on the final message. */
  tokens: bigint | null;
  errorCode: number;
  error: string;
}

export function normalizeAnswer(m: TlObject): NormalAnswer | null {
  const base = { answer: Buffer.alloc(0), errorCode: 0, error: '' };
  switch (m._) {
    case 'proxy.queryAnswerEx':
    case 'proxy.queryAnswerPartEx': {
      const final = (m.flags & 1) !== 0;
      const tokens = final ? (m.final_info?.tokens_used.total_tokens_used ?? 0n) : null;
      return {
        ...base,
        requestId: m.request_id,
        kind: m._ === 'proxy.queryAnswerEx' ? 'head' : 'part',
        answer: m.answer,
        final,
        tokens,
      };
    }
    case 'proxy.queryAnswerErrorEx':
      // Cocoon's proxy dereferences final_info here; we bill 0 when a worker leaves it out.
      return {
        ...base,
        requestId: m.request_id,
        kind: 'error',
        final: true,
        tokens: m.final_info?.tokens_used.total_tokens_used ?? 0n,
        errorCode: m.error_code,
        error: m.error,
      };
    case 'proxy.queryAnswer':
    case 'proxy.queryAnswerPart':
      return {
        ...base,
        requestId: m.request_id,
        kind: m._ === 'proxy.queryAnswer' ? 'head' : 'part',
        answer: m.answer,
        final: m.is_completed,
        tokens: m.is_completed ? m.tokens_used.total_tokens_used : null,
      };
    case 'proxy.queryAnswerError':
    case 'proxy.queryAnswerPartError':
      return {
        ...base,
        requestId: m.request_id,
        kind: 'error',
        final: true,
        tokens: m.tokens_used.total_tokens_used,
        errorCode: m.error_code,
        error: m.error,
      };
    default:
      return null;
  }
}
