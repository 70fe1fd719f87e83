import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The dashboard bundle, served by the headless daemon and loaded by the Electron window (file://), so
// asset paths are relative.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    target: 'es2022',
    cssMinify: false,
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  oxc: { jsx: { runtime: 'automatic' } },
});
