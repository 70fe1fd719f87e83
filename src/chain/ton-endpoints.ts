// Public TON HTTP API v2 (toncenter-compatible JSON-RPC) endpoints per network, in the order they are
// tried, and the rule that turns settings (an endpoint override, an API key) into that ordered list.
// A toncenter API key goes only to toncenter and to endpoints the owner named: it is never sent to another
// provider's public endpoint.
import type { ChainNetwork } from './chain.js';

export interface TonEndpoint {
  url: string;
  /** Sent as X-API-Key; without one a public endpoint rate-limits (toncenter: 1 request a second). */
  apiKey?: string;
}

interface PresetEndpoint {
  url: string;
  provider: string;
  /** Whether a toncenter API key from the settings is meant for this endpoint. */
  takesApiKey: boolean;
}

/** Tried first to last; the first that answers is kept until it fails. */
export const TON_ENDPOINT_PRESETS: Record<'mainnet' | 'testnet', readonly PresetEndpoint[]> = {
  mainnet: [
    { url: 'https://toncenter.com/api/v2/jsonRPC', provider: 'TON Center', takesApiKey: true },
    { url: 'https://mainnet.tonhubapi.com/jsonRPC', provider: 'Tonhub (Whales)', takesApiKey: false },
    { url: 'https://rpc.ankr.com/http/ton_api_v2', provider: 'Ankr', takesApiKey: false },
  ],
  testnet: [
    { url: 'https://testnet.toncenter.com/api/v2/jsonRPC', provider: 'TON Center', takesApiKey: true },
    { url: 'https://testnet.tonhubapi.com/jsonRPC', provider: 'Tonhub (Whales)', takesApiKey: false },
  ],
};

export interface TonEndpointSettings {
  network: ChainNetwork;
  /** Endpoints the owner named (settings or `--ton-endpoint`): tried before the preset, in this order. */
  override?: string | readonly string[] | null;
  apiKey?: string | null;
  /** Whether the network's preset follows the override (default true; a devnet has no preset). */
  presetFallback?: boolean;
}

const sameUrl = (a: string, b: string): boolean => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/**
 * The API key to send to `url`: the settings' key, except to a preset endpoint of another provider (a
 * toncenter key is never handed to Tonhub or Ankr). Endpoints the owner named get the key they configured.
 */
export function apiKeyFor(url: string, apiKey: string | null | undefined): string | undefined {
  const key = apiKey?.trim();
  if (!key) return undefined;
  const preset = [...TON_ENDPOINT_PRESETS.mainnet, ...TON_ENDPOINT_PRESETS.testnet].find((p) =>
    sameUrl(p.url, url),
  );
  return preset && !preset.takesApiKey ? undefined : key;
}

/** The ordered, de-duplicated endpoint list for these settings; empty when nothing is known. */
export function resolveTonEndpoints(s: TonEndpointSettings): TonEndpoint[] {
  const named = (typeof s.override === 'string' ? [s.override] : (s.override ?? []))
    .map((u) => u.trim())
    .filter((u) => u !== '');
  const preset =
    s.network === 'devnet' || s.presetFallback === false
      ? []
      : TON_ENDPOINT_PRESETS[s.network].map((p) => p.url);
  const urls: string[] = [];
  for (const u of [...named, ...preset]) if (!urls.some((x) => sameUrl(x, u))) urls.push(u);
  return urls.map((url) => {
    const apiKey = apiKeyFor(url, s.apiKey);
    return apiKey ? { url, apiKey } : { url };
  });
}

/** The URLs alone, for settings that keep the API key apart (TonClientChain scopes it with apiKeyFor). */
export function endpointsFor(network: ChainNetwork, override?: string | readonly string[] | null): string[] {
  return resolveTonEndpoints({ network, override }).map((e) => e.url);
}

/** How an endpoint is named in logs and the dashboard: scheme, host and path, never a query string or user info. */
export function endpointLabel(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return url.split('?')[0] ?? url;
  }
}
