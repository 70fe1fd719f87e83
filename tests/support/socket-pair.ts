// Two connected loopback TCP sockets, for tests of the framed connection and the PoW exchange.
import { createServer, connect, type Socket } from 'node:net';

export async function socketPair(): Promise<[client: Socket, server: Socket]> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve));
  const client = connect({ host: '127.0.0.1', port });
  await new Promise<void>((resolve) => client.once('connect', () => resolve()));
  const peer = await accepted;
  server.close();
  return [client, peer];
}
