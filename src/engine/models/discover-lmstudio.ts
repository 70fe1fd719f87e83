// LM Studio keeps downloads as <root>/<publisher>/<repo>/<file>.gguf (roots: ~/.lmstudio/models and the
// older ~/.cache/lm-studio/models). Each GGUF there is offered once its header and architecture check out.
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { servedNameFor, skippedFrom, unservableName, type Discovery } from './discovered.js';
import type { HeaderCache } from './header-cache.js';
import { ModelStoreError } from './model-store-types.js';

export const defaultLmStudioRoots = (home = homedir()): string[] => [
  join(home, '.lmstudio', 'models'),
  join(home, '.cache', 'lm-studio', 'models'),
];

/** Bounds a walk of a folder the owner controls. */
const MAX_FILES = 2000;

async function dirs(path: string): Promise<string[]> {
  const list = await readdir(path, { withFileTypes: true }).catch(() => []);
  return list.filter((d) => d.isDirectory() || d.isSymbolicLink()).map((d) => d.name);
}

async function ggufFiles(path: string): Promise<string[]> {
  const list = await readdir(path, { withFileTypes: true }).catch(() => []);
  return list.filter((d) => !d.isDirectory() && d.name.toLowerCase().endsWith('.gguf')).map((d) => d.name);
}

export const lmStudioId = (path: string): string =>
  `lmstudio-${createHash('sha256').update(path).digest('hex').slice(0, 12)}`;

export async function discoverLmStudio(roots: readonly string[], cache: HeaderCache): Promise<Discovery> {
  const out: Discovery = { found: [], skipped: [] };
  let seen = 0;
  for (const root of roots) {
    for (const publisher of await dirs(root)) {
      for (const repo of await dirs(join(root, publisher))) {
        for (const file of await ggufFiles(join(root, publisher, repo))) {
          if (++seen > MAX_FILES) return out;
          const path = join(root, publisher, repo, file);
          const unservable = unservableName(file);
          if (unservable) {
            out.skipped.push({ path, reason: unservable, code: 'unsupported' });
            continue;
          }
          try {
            const checked = await cache.check(path);
            if (checked.header.splitCount > 1)
              throw new ModelStoreError('unsupported-architecture', 'a multi-part model');
            const repoName = repo.replace(/-gguf$/i, '');
            out.found.push({
              ...checked,
              id: lmStudioId(path),
              origin: 'lmstudio',
              title: `${repoName} · ${checked.header.quantization ?? file} (LM Studio)`,
              servedName: servedNameFor(file, `${publisher}/${repoName}`),
              sha256: null,
            });
          } catch (err) {
            out.skipped.push(skippedFrom(path, err));
          }
        }
      }
    }
  }
  return out;
}
