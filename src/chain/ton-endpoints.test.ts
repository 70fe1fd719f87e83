import { describe, expect, it } from 'vitest';
import {
  apiKeyFor,
  endpointLabel,
  endpointsFor,
  resolveTonEndpoints,
  TON_ENDPOINT_PRESETS,
} from './ton-endpoints.js';

describe('TON endpoint presets and resolution', () => {
  it('puts the owner’s endpoint first, then the preset, without duplicates', () => {
    const mine = 'https://my-node.example/api/v2/jsonRPC';
    const list = endpointsFor('testnet', mine);
    expect(list[0]).toBe(mine);
    expect(list.slice(1)).toEqual(TON_ENDPOINT_PRESETS.testnet.map((p) => p.url));
    expect(endpointsFor('mainnet', 'https://toncenter.com/api/v2/jsonRPC/')).toHaveLength(
      TON_ENDPOINT_PRESETS.mainnet.length,
    );
    expect(TON_ENDPOINT_PRESETS.mainnet.length).toBeGreaterThanOrEqual(3);
    expect(endpointsFor('devnet', null)).toEqual([]);
    expect(endpointsFor('devnet', 'http://127.0.0.1:9/api/v2/jsonRPC')).toHaveLength(1);
    expect(resolveTonEndpoints({ network: 'mainnet', override: mine, presetFallback: false })).toEqual([
      { url: mine },
    ]);
  });

  it('sends the API key to toncenter and the owner’s own endpoints only', () => {
    const list = resolveTonEndpoints({
      network: 'mainnet',
      override: 'https://mine.example/rpc',
      apiKey: ' k ',
    });
    const keyed = Object.fromEntries(list.map((e) => [e.url, e.apiKey]));
    expect(keyed['https://mine.example/rpc']).toBe('k');
    expect(keyed['https://toncenter.com/api/v2/jsonRPC']).toBe('k');
    expect(keyed['https://mainnet.tonhubapi.com/jsonRPC']).toBeUndefined();
    expect(apiKeyFor('https://rpc.ankr.com/http/ton_api_v2', 'k')).toBeUndefined();
    expect(apiKeyFor('https://anything.example', '')).toBeUndefined();
  });

  it('labels an endpoint without its query string or user info', () => {
    expect(endpointLabel('https://u:p@toncenter.com/api/v2/jsonRPC?api_key=secret')).toBe(
      'https://toncenter.com/api/v2/jsonRPC',
    );
  });
});
