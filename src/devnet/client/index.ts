// The devnet's OpenAI-compatible client endpoint.
export { ClientEndpoint } from './client-server.js';
