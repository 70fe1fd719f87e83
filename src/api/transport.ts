// Names shared by the two transports. The HTTP transport maps a command to POST /api/<name>; the Electron
// transport carries {command, payload} on one invoke channel. Both answer with an Envelope.
export const IPC_INVOKE_CHANNEL = 'silkworm:invoke';
export const IPC_EVENT_CHANNEL = 'silkworm:event';
export const HTTP_API_PREFIX = '/api/';
export const HTTP_EVENTS_PATH = '/api/events';
export const AUTH_COOKIE = 'silkworm_token';
