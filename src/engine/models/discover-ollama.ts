// Ollama keeps a JSON manifest per model tag at <root>/manifests/<registry>/<namespace>/<model>/<tag>;
// the layer with mediaType application/vnd.ollama.image.model names the GGUF blob, stored as
// <root>/blobs/sha256-<hex>. The blob's name is its SHA-256 (Ollama verifies it on pull), so no hashing.
import { readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { skippedFrom, type Discovery } from './discovered.js';
import type { HeaderCache } from './header-cache.js';
import { ModelStoreError } from './model-store-types.js';

export const defaultOllamaRoots = (home = homedir()): string[] => [join(home, '.ollama', 'models')];

const MODEL_LAYER = 'application/vnd.ollama.image.model';
const MAX_MANIFESTS = 1000;
const MAX_MANIFEST_BYTES = 1 << 20;

const manifestSchema = z.object({
  layers: z.array(
    z.object({
      mediaType: z.string(),
      digest: z.string().regex(/^sha256:[0-9a-f]{64}$/),
      size: z.number().int().nonnegative(),
    }),
  ),
});

async function names(path: string): Promise<string[]> {
  return (await readdir(path, { withFileTypes: true }).catch(() => [])).map((d) => d.name);
}

const clean = (s: string): string => s.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');

export function ollamaId(registry: string, namespace: string, model: string, tag: string): string {
  const official = registry === 'registry.ollama.ai' && namespace === 'library';
  return clean(official ? `ollama-${model}-${tag}` : `ollama-${namespace}-${model}-${tag}`);
}

export async function discoverOllama(roots: readonly string[], cache: HeaderCache): Promise<Discovery> {
  const out: Discovery = { found: [], skipped: [] };
  let seen = 0;
  for (const root of roots) {
    const manifests = join(root, 'manifests');
    for (const registry of await names(manifests)) {
      for (const namespace of await names(join(manifests, registry))) {
        for (const model of await names(join(manifests, registry, namespace))) {
          for (const tag of await names(join(manifests, registry, namespace, model))) {
            if (++seen > MAX_MANIFESTS) return out;
            const manifest = join(manifests, registry, namespace, model, tag);
            try {
              const text = await readFile(manifest, 'utf8');
              if (text.length > MAX_MANIFEST_BYTES)
                throw new ModelStoreError('not-gguf', 'manifest too large');
              const layer = manifestSchema
                .parse(JSON.parse(text))
                .layers.find((l) => l.mediaType === MODEL_LAYER);
              if (!layer) throw new ModelStoreError('not-gguf', `${manifest} has no model layer`);
              const hex = layer.digest.slice('sha256:'.length);
              const blob = join(root, 'blobs', `sha256-${hex}`);
              const checked = await cache.check(blob).catch((err: unknown) => {
                throw err instanceof ModelStoreError && err.code === 'not-found'
                  ? new ModelStoreError('not-found', `${manifest} points at a missing blob ${blob}`)
                  : err;
              });
              if (checked.sizeBytes !== layer.size) {
                throw new ModelStoreError(
                  'truncated',
                  `blob ${blob} has ${checked.sizeBytes} bytes, the manifest says ${layer.size}`,
                );
              }
              const name = namespace === 'library' ? `${model}:${tag}` : `${namespace}/${model}:${tag}`;
              out.found.push({
                ...checked,
                id: ollamaId(registry, namespace, model, tag),
                origin: 'ollama',
                title: `${name} (Ollama)`,
                servedName: name,
                sha256: hex,
              });
            } catch (err) {
              out.skipped.push(skippedFrom(manifest, err));
            }
          }
        }
      }
    }
  }
  return out;
}
