// The devnet's OpenAI-compatible client endpoint.
export { ClientEndpoint, type ClientEndpointOptions } from './client-server.js';
export { ClientError, parseClientRequest, CLIENT_PRIVATE_KEYS, type ClientRequest, type ClientErrorType } from './client-request.js';
