// A typed client over either transport: requests are checked before they leave, answers are parsed with
// the contract's schemas, and error envelopes come back as ApiError.
import {
  ApiError,
  commands,
  type CommandName,
  type CommandRequest,
  type CommandResponse,
  type EventMessage,
} from '../../../src/api/index.js';
import type { Transport } from './transport.js';

export class ApiClient {
  readonly #transport: Transport;
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  async call<K extends CommandName>(command: K, request: CommandRequest<K>): Promise<CommandResponse<K>> {
    const envelope = await this.#transport.invoke(command, request);
    if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.field);
    return commands[command].response.parse(envelope.value) as CommandResponse<K>;
  }

  subscribe(listener: (message: EventMessage) => void, onConnection?: (up: boolean) => void): () => void {
    return this.#transport.subscribe(listener, onConnection);
  }
}
