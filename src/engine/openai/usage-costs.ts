// The three cost fields Cocoon's C++ worker writes into the JSON `usage` of an answer (AnswerPostprocessor
// in runners/helpers/ValidateRequest.cpp at 9060ce5, :1411-1486; docs/protocol.md §4.5):
//   prompt_total_cost     = (prompt_adj + cached_adj) × price_per_token
//   completion_total_cost = (completion_adj + reasoning_adj) × price_per_token
//   total_cost            = total_adj × price_per_token                      (nanoTON, integers)
// with the adjusted tokens of the billing record (coefficient and multipliers applied) and the root
// config's price per token. Like the C++ worker, a value gets them only when it reports some usage, and it
// is re-emitted compactly with sorted keys and a newline. Only a whole JSON answer is rewritten: SSE streams
// pass unchanged (the C++ worker cannot parse them at all, docs/protocol.md §4.7).
import { isObject, sortKeys, type Json, type JsonObject } from './json.js';

/** Raw counts read from `usage`, as the billing record reads them. */
export interface UsageCounts {
  prompt: number;
  cached: number;
  completion: number;
  reasoning: number;
}

/** Adjusted (billable) tokens: what `tokensUsed` carries. */
export interface BilledTokens {
  prompt: bigint;
  cached: bigint;
  completion: bigint;
  reasoning: bigint;
  total: bigint;
}

/** Turns raw counts into billable tokens with this request's coefficient and the root's multipliers. */
export type Bill = (counts: UsageCounts) => BilledTokens;

/** Bodies larger than this are forwarded unchanged rather than held in memory whole. */
const MAX_WHOLE_BODY = 16 << 20;

const count = (v: Json | undefined): number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
const sub = (v: Json | undefined, key: string): Json | undefined => (isObject(v) ? v[key] : undefined);

function countsOf(usage: JsonObject): UsageCounts {
  return {
    prompt: count(usage.prompt_tokens),
    cached: count(sub(usage.prompt_tokens_details, 'cached_tokens')),
    completion: count(usage.completion_tokens),
    reasoning: Math.max(
      count(sub(usage.completion_tokens_details, 'reasoning_tokens')),
      count(usage.reasoning_tokens),
    ),
  };
}

const nano = (n: bigint): number => Number(n);

/** One JSON answer with the cost fields added to its `usage`; anything else comes back unchanged. */
export function addUsageCosts(body: Buffer, bill: Bill, pricePerToken: bigint): Buffer {
  let value: Json;
  try {
    value = JSON.parse(body.toString('utf8')) as Json;
  } catch {
    return body;
  }
  if (!isObject(value) || !isObject(value.usage)) return body;
  const counts = countsOf(value.usage);
  if (counts.prompt + counts.cached + counts.completion + counts.reasoning === 0) return body;
  const t = bill(counts);
  value.usage.prompt_total_cost = nano((t.prompt + t.cached) * pricePerToken);
  value.usage.completion_total_cost = nano((t.completion + t.reasoning) * pricePerToken);
  value.usage.total_cost = nano(t.total * pricePerToken);
  return Buffer.from(`${JSON.stringify(sortKeys(value))}\n`);
}

const isJson = (headers: Record<string, string>): boolean =>
  Object.entries(headers).some(
    ([name, value]) => name.toLowerCase() === 'content-type' && /^application\/json\b/i.test(value),
  );

/**
 * The body of an engine answer as the client should see it: a non-streamed JSON answer is gathered and
 * given its cost fields; other bodies stream through untouched. Without a price (`undefined`) nothing changes.
 */
export function withUsageCosts(
  res: { headers: Record<string, string>; body: AsyncIterable<Buffer> },
  bill: Bill,
  pricePerToken: bigint | undefined,
): AsyncIterable<Buffer> {
  if (pricePerToken === undefined || !isJson(res.headers)) return res.body;
  const price = pricePerToken;
  return (async function* (): AsyncGenerator<Buffer> {
    const parts: Buffer[] = [];
    let size = 0;
    let whole = true;
    for await (const chunk of res.body) {
      if (!whole) {
        yield chunk;
        continue;
      }
      parts.push(chunk);
      size += chunk.length;
      if (size > MAX_WHOLE_BODY) {
        whole = false;
        yield Buffer.concat(parts);
        parts.length = 0;
      }
    }
    if (whole && size > 0) yield addUsageCosts(Buffer.concat(parts), bill, price);
  })();
}
