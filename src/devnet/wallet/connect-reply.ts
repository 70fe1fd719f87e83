// Builds the wallet's answer to a TON Connect connect request: ton_addr and a real ton_proof signed with
// the wallet key (same message layout the app verifies, src/chain/wallet-link/ton-proof.ts).
import { type Address, beginCell, type StateInit, storeStateInit } from '@ton/core';
import { sign } from '@ton/crypto';
import { tonProofMessage } from '../../chain/wallet-link/ton-proof.js';

export interface ConnectRequestItems {
  manifestUrl: string;
  items: ({ name: 'ton_addr' } | { name: 'ton_proof'; payload: string })[];
}

export function parseConnectLink(link: string): { appId: string; request: ConnectRequestItems } {
  const url = new URL(link);
  const appId = url.searchParams.get('id') ?? '';
  const r = url.searchParams.get('r');
  if (!/^[0-9a-f]{64}$/i.test(appId) || !r) throw new Error('not a TON Connect link (needs id and r)');
  const request = JSON.parse(r) as ConnectRequestItems;
  if (typeof request.manifestUrl !== 'string' || !Array.isArray(request.items))
    throw new Error('bad connect request');
  return { appId, request };
}

export function connectReply(o: {
  request: ConnectRequestItems;
  address: Address;
  init: StateInit;
  publicKey: Buffer;
  secretKey: Buffer;
  nowSec: number;
  /** The domain the wallet shows and signs; real wallets take it from the manifest's url. */
  domain: string;
  id: number;
}): unknown {
  const items: unknown[] = [];
  for (const item of o.request.items) {
    if (item.name === 'ton_addr') {
      items.push({
        name: 'ton_addr',
        address: o.address.toRawString(),
        network: '-239',
        publicKey: o.publicKey.toString('hex'),
        walletStateInit: beginCell().store(storeStateInit(o.init)).endCell().toBoc().toString('base64'),
      });
    } else if (item.name === 'ton_proof') {
      const proof = {
        timestamp: o.nowSec,
        domain: { lengthBytes: Buffer.byteLength(o.domain), value: o.domain },
        payload: item.payload,
        signature: '',
      };
      proof.signature = sign(tonProofMessage(o.address, proof), o.secretKey).toString('base64');
      items.push({ name: 'ton_proof', proof });
    }
  }
  return {
    event: 'connect',
    id: o.id,
    payload: {
      items,
      device: {
        platform: 'linux',
        appName: 'silkworm-devnet-wallet',
        appVersion: '0.1.0',
        maxProtocolVersion: 2,
        features: ['SendTransaction', { name: 'SendTransaction', maxMessages: 4 }],
      },
    },
  };
}
