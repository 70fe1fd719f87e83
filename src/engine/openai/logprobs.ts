// OpenAI's `logprobs` in answers, from the engine's evidence (src/engine/evidence): chat's
// `{content: [{token, logprob, bytes, top_logprobs}], refusal: null}` and the completions' legacy
// `{tokens, token_logprobs, top_logprobs, text_offset}`. One entry per counted completion token (the
// count `usage.completion_tokens` reports, stop-string tokens included); `bytes` are the UTF-8 bytes of
// the token's own text.
import type { TokenEvidenceMessage } from '../sandbox/messages.js';
import type { Endpoint } from './allowed-fields.js';

/** What a client asked for: log-probabilities, with this many alternatives per token. */
export interface LogprobsAsk {
  top: number;
}

const bytes = (text: string): number[] => [...Buffer.from(text, 'utf8')];

function chatEntry(e: TokenEvidenceMessage, top: number): Record<string, unknown> {
  const text = e.text ?? '';
  return {
    token: text,
    logprob: e.logprob,
    bytes: bytes(text),
    top_logprobs: e.top.slice(0, top).map((a) => ({
      token: a.text ?? '',
      logprob: a.logprob,
      bytes: bytes(a.text ?? ''),
    })),
  };
}

/** `offset`: characters of completion text before the first of these tokens (completions' text_offset). */
export function toLogprobs(
  endpoint: Endpoint,
  entries: readonly TokenEvidenceMessage[],
  ask: LogprobsAsk,
  offset = 0,
): Record<string, unknown> {
  if (endpoint === 'chat') return { content: entries.map((e) => chatEntry(e, ask.top)), refusal: null };
  const textOffset: number[] = [];
  let at = offset;
  for (const e of entries) {
    textOffset.push(at);
    at += (e.text ?? '').length;
  }
  return {
    tokens: entries.map((e) => e.text ?? ''),
    token_logprobs: entries.map((e) => e.logprob),
    top_logprobs: entries.map((e) =>
      Object.fromEntries(e.top.slice(0, ask.top).map((a) => [a.text ?? '', a.logprob])),
    ),
    text_offset: textOffset,
  };
}
