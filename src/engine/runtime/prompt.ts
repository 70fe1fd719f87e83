// Turns a request's prompt into tokens with the model's own chat template (node-llama-cpp resolves the
// wrapper from the GGUF's tokenizer.chat_template: ChatML for the tiny model, Qwen's for Qwen3).
import type { ChatHistoryItem, LlamaModel, ChatWrapper } from 'node-llama-cpp';
import type { Prompt } from '../sandbox/messages.js';

/** `wrapper` is asked for only for a chat prompt (resolving it renders the template many times). */
export function promptTokens(model: LlamaModel, wrapper: () => ChatWrapper, prompt: Prompt): number[] {
  switch (prompt.kind) {
    case 'tokens':
      return prompt.tokens;
    case 'text': {
      const tokens = model.tokenize(prompt.text, false);
      const bos = model.tokens.bos;
      return bos !== null && model.tokens.shouldPrependBosToken ? [bos, ...tokens] : tokens;
    }
    case 'chat': {
      const history: ChatHistoryItem[] = prompt.messages.map((m) =>
        m.role === 'system'
          ? { type: 'system', text: m.content }
          : m.role === 'user'
            ? { type: 'user', text: m.content }
            : { type: 'model', response: [m.content] },
      );
      history.push({ type: 'model', response: [] });
      const state = wrapper().generateContextState({ chatHistory: history });
      return state.contextText.tokenize(model.tokenizer);
    }
  }
}
