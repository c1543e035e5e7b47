// The desktop build: main and preload for Electron, and the renderer built with the web build's
// own settings (vite.config.ts: plugins, workers, relative base), so app://namesake/ serves the
// same files, at the same paths, as dist/web.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import web from './vite.config';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    // A sandboxed preload cannot be an ES module: emit CommonJS.
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...web,
    root: 'renderer',
    build: {
      ...web.build,
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
