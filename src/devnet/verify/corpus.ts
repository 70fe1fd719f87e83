// Evaluation and canary prompts that read like the network's client traffic: translation, summarization
// and chat, in the body shape the client endpoint forwards (model, messages, max_tokens, temperature,
// stream — the same fields, the same sampling settings, no marker). Lengths are drawn from the corpus, so
// their distribution is the corpus's, not a fixed probe size. Written for this project.
const TRANSLATE = [
  'Translate to French: "The meeting has been moved to Thursday afternoon."',
  'Translate into Spanish: I will be late because the train is delayed.',
  'How do you say "thank you for your patience" in German?',
  'Translate to Russian: The package arrived this morning, but the box was damaged.',
  'Please translate this into Italian: Could you send me the invoice again?',
  'Translate to English: "Je voudrais réserver une table pour deux personnes ce soir."',
  'Translate to Portuguese: Our office is closed on public holidays.',
  'What is "where is the nearest pharmacy" in Japanese?',
];

const SUMMARIZE = [
  'Summarize in one sentence: The city council voted on Tuesday to extend the bike lane network by twelve kilometres over the next two years, citing a rise in cycling since the bridge reopened.',
  'Give me a short summary of this email: Hi team, the release is postponed to next week because two tests still fail on Windows. Please keep merging fixes to the release branch only.',
  'TL;DR: Our quarterly survey shows customers like the new checkout page but find delivery times too long, especially outside large cities.',
  'Summarize the key points: the laptop has a 14-inch screen, weighs 1.2 kg, lasts about ten hours on battery and costs less than last year’s model.',
  'Can you summarize this paragraph in two lines? Researchers tracked sleep in 300 students for a semester and found that a regular bedtime predicted better grades more than total sleep did.',
  'Summarize: The recipe needs flour, eggs, milk and a pinch of salt; whisk, rest the batter for thirty minutes, then fry thin layers in a hot pan.',
];

const CHAT = [
  'hi! can you help me plan a weekend in Lisbon?',
  'What is the difference between a list and a tuple in Python?',
  'Write a short birthday message for my sister.',
  'Why is the sky blue? Explain it simply.',
  'Suggest three names for a small coffee shop.',
  'How long should I boil an egg for a soft yolk?',
  'Give me a quick tip for staying focused while working from home.',
  'Explain what an API is to a ten year old.',
  'I have chicken, rice and spinach. What can I cook tonight?',
  'What are good stretches after a long run?',
  'Write a haiku about autumn rain.',
  'Is it better to rent or buy a flat? Short answer please.',
];

export type CorpusKind = 'translation' | 'summarization' | 'chat';

export const corpus: Readonly<Record<CorpusKind, readonly string[]>> = {
  translation: TRANSLATE,
  summarization: SUMMARIZE,
  chat: CHAT,
};

export interface CorpusRequest {
  path: '/v1/chat/completions' | '/v1/completions';
  kind: CorpusKind;
  body: Buffer;
  headers: Array<[string, string]>;
}

/** The headers the client endpoint forwards for a JSON request (it keeps only Content-Type). */
export const CLIENT_HEADERS: ReadonlyArray<[string, string]> = [['Content-Type', 'application/json']];

const pick = <T>(items: readonly T[], random: () => number): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('empty corpus');
  return item;
};

export interface CorpusOptions {
  random?: () => number;
  /** Fixed max_tokens (the client traffic's); default drawn in 8..32. */
  maxTokens?: number;
  temperature?: number;
  stream?: boolean;
  /** Share of chat requests; the rest are completions with the same text as `prompt` (default 1). */
  chatShare?: number;
}

/** One request drawn from the corpus, in the client traffic's shape. */
export function corpusRequest(model: string, o: CorpusOptions = {}): CorpusRequest {
  const random = o.random ?? Math.random;
  const kind = pick(['translation', 'summarization', 'chat'] as const, random);
  const content = pick(corpus[kind], random);
  const chat = (o.chatShare ?? 1) >= 1 || random() < (o.chatShare ?? 1);
  const common = {
    model,
    max_tokens: o.maxTokens ?? 8 + Math.floor(random() * 25),
    temperature: o.temperature ?? 0.7,
    stream: o.stream ?? random() < 0.5,
  };
  const body = chat ? { ...common, messages: [{ role: 'user', content }] } : { ...common, prompt: content };
  return {
    path: chat ? '/v1/chat/completions' : '/v1/completions',
    kind,
    body: Buffer.from(JSON.stringify(body)),
    headers: CLIENT_HEADERS.map(([n, v]): [string, string] => [n, v]),
  };
}

/** Exponential waits: evaluation requests arrive as a Poisson stream, like independent clients. */
export function nextDelayMs(meanMs: number, random: () => number = Math.random): number {
  return Math.round(-Math.log(1 - random()) * meanMs);
}
