// The entry points of the TL codec: boxed objects to bytes and back. Decoding is strict (docs/protocol.md §2.2): the
// object must consume the whole buffer, and every failure is a ProtocolError with the byte offset.
import { ProtocolError } from '../errors.js';
import { TlReader } from './reader.js';
import { TlWriter } from './writer.js';
import {
  loadBoxedObject,
  storeBoxedObject,
  tlFunctionResults,
  tlSchema,
  tlTypeLoaders,
  type TlFunction,
  type TlFunctionResults,
  type TlObject,
  type TlTypeName,
  type TlTypes,
} from './schema.gen.js';

/** Encodes a boxed object (id, then fields) — a tcp.Packet, a packet's data, a query body or an answer. */
export function encodeBoxed(obj: TlObject, initialCapacity = 256): Buffer {
  const w = new TlWriter(initialCapacity);
  storeBoxedObject(w, obj);
  return w.finish();
}

/** Decodes one boxed object of any type in the schema; the buffer must hold exactly that object. */
export function decodeBoxed(data: Uint8Array): TlObject {
  const r = new TlReader(data);
  const obj = loadBoxedObject(r);
  r.end();
  return obj;
}

/** Decodes one boxed object that must belong to `type` (e.g. 'tcp.Packet'). */
export function decodeBoxedAs<T extends TlTypeName>(type: T, data: Uint8Array): TlTypes[T] {
  const r = new TlReader(data);
  const obj = tlTypeLoaders[type](r);
  r.end();
  return obj;
}

/** The type a function's answer must have. */
export type TlResultOf<F extends TlFunction> = TlTypes[TlFunctionResults[F['_']]];

/** Decodes the answer to `fn`: a boxed object of the function's result type. */
export function decodeResult<F extends TlFunction>(fn: F, data: Uint8Array): TlResultOf<F> {
  const result = decodeBoxedAs(tlFunctionResults[fn._], data);
  if (tlSchema[result._].kind !== 'constructor') {
    throw new ProtocolError('UNEXPECTED_CONSTRUCTOR', `${result._} is a function, not an answer`, 0);
  }
  // tsc needs the assertion (without it: TS2590, a union too complex to represent); the lint rule's type
  // checker gives up on that union and calls it unnecessary.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  return result as TlResultOf<F>;
}
