// The total_tokens of an OpenAI-style answer: a JSON body, or an SSE stream whose usage chunk (added by
// the worker's include_usage rewrite) carries it. null when the answer reports no usage or an error.
export function tokensOf(text: string): number | null {
  const trimmed = text.trim();
  const bodies = trimmed.startsWith('data:')
    ? trimmed
        .split('\n\n')
        .map((e) => e.replace(/^data: ?/, ''))
        .filter((d) => d !== '[DONE]')
    : [trimmed];
  let total: number | null = null;
  for (const b of bodies) {
    let json: unknown;
    try {
      json = JSON.parse(b);
    } catch {
      return null;
    }
    if (typeof json !== 'object' || json === null || 'error' in json) return null;
    const usage = (json as { usage?: { total_tokens?: unknown } }).usage;
    if (usage && typeof usage.total_tokens === 'number') total = usage.total_tokens;
  }
  return total;
}
