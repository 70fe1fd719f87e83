// Typed fan-out of core events to every transport (IPC, SSE) and to in-process listeners.
import type { EventMessage, EventName, EventPayload } from '../api/events.js';

export type EventListener = (message: EventMessage) => void;

export class EventHub {
  readonly #listeners = new Set<EventListener>();

  emit<K extends EventName>(event: K, payload: EventPayload<K>): void {
    const message = { event, payload } as EventMessage;
    for (const listener of this.#listeners) listener(message);
  }

  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get size(): number {
    return this.#listeners.size;
  }
}
