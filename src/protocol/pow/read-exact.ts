// Reads exactly n bytes from a socket in paused mode. Whatever arrives after them stays in the socket's
// buffer, so the TLS layer that takes over next sees every byte (docs/protocol.md §1.1: a pipelined ClientHello
// after the 12-byte answer must not be lost).
import type { Duplex } from 'node:stream';
import { ProtocolError } from '../errors.js';

export function readExact(socket: Duplex, n: number, timeoutMs: number, what: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      clearTimeout(timer);
      socket.off('readable', onReadable);
      socket.off('end', onEnd);
      socket.off('close', onEnd);
      socket.off('error', onError);
    };
    const onReadable = (): void => {
      const data = socket.read(n) as Buffer | null;
      if (data === null) return;
      cleanup();
      if (data.length === n) resolve(data);
      else
        reject(
          new ProtocolError('CLOSED', `connection closed after ${data.length} of ${n} bytes of ${what}`),
        );
    };
    const onEnd = (): void => {
      cleanup();
      reject(new ProtocolError('CLOSED', `connection closed before the ${what}`));
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new ProtocolError('TIMEOUT', `no ${what} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('readable', onReadable);
    socket.once('end', onEnd);
    socket.once('close', onEnd);
    socket.once('error', onError);
    onReadable();
  });
}
