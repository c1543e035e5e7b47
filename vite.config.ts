// The web build of the renderer: the same app the desktop shell loads, served by any static
// server. End-to-end tests drive this build in Chromium with the fake DesktopApi.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Assets stay files: the CSP allows fetch() of the app's own files, not of data: URLs.
    assetsInlineLimit: 0,
    // The engine (zod, the scenario schema) and the charts make one large bundle, loaded from disk.
    chunkSizeWarningLimit: 1500,
  },
  // Module workers: the engine worker starts one shard worker per core (nested workers).
  worker: { format: 'es' },
});
