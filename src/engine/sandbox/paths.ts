// Where the sandbox's compiled code and dependencies live. The child always runs compiled JS from dist/
// (also when the host itself runs from TypeScript sources under vitest).
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SandboxPaths {
  /** The child's entry file. */
  entry: string;
  /** The code bundle: every compiled file the child may load from the project (dist/src/engine). */
  codeDir: string;
  nodeModulesDir: string;
  packageRoot: string;
}

export function defaultSandboxPaths(): SandboxPaths {
  const here = fileURLToPath(import.meta.url);
  const marker = `${sep}src${sep}engine${sep}sandbox${sep}`;
  const fromTs = here.endsWith('.ts');
  const base = here.slice(0, here.lastIndexOf(marker));
  // From TS: base is the package root; from dist: base is <root>/dist.
  const packageRoot = fromTs ? base : dirname(base);
  const codeDir = join(packageRoot, 'dist', 'src', 'engine');
  const llamaEntry = fileURLToPath(import.meta.resolve('node-llama-cpp'));
  const nm = `${sep}node_modules${sep}`;
  const nodeModulesDir = llamaEntry.slice(0, llamaEntry.lastIndexOf(nm) + nm.length - 1);
  return { entry: join(codeDir, 'sandbox', 'child-main.js'), codeDir, nodeModulesDir, packageRoot };
}
