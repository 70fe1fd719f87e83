// What the transports read from the core, declared here so that transport depends on the API contract
// only: the node's EventHub and StateStore satisfy these, and the composition root passes them in.
import type { EventMessage } from '../api/events.js';
import type { StateSnapshot } from '../api/state.js';

/** Every core event, in order, until the returned function unsubscribes. */
export interface EventFeed {
  subscribe(listener: (message: EventMessage) => void): () => void;
}

/** The current state snapshot. */
export interface StateSource {
  get(): StateSnapshot;
}
