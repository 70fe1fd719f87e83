import { createServer } from 'node:net';
import { Address } from '@ton/core';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../logging/logger.js';
import { TonClientChain } from './ton-client-chain.js';
import { ChainError } from './errors.js';

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe('TonClientChain offline', () => {
  it('reports "unreachable" as a state and fails calls with a typed error, fast', async () => {
    const port = await closedPort();
    const chain = new TonClientChain({
      network: 'testnet',
      endpoint: `http://127.0.0.1:${port}/api/v2/jsonRPC`,
      log: silentLogger,
      timeoutMs: 2000,
    });
    const t = Date.now();
    const status = await chain.status();
    expect(status.reachable).toBe(false);
    expect(status.network).toBe('testnet');
    expect(status.detail).toMatch(/unreachable/);
    const err = await chain.getBalance(Address.parse('0:' + '00'.repeat(32))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChainError);
    expect((err as ChainError).code).toBe('unreachable');
    expect(Date.now() - t).toBeLessThan(5000);
  });
});
