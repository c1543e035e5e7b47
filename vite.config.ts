// The web build of the renderer: the same app the desktop shell loads, served by any static
// server. End-to-end tests drive this build in Chromium with the fake DesktopApi.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true },
  worker: { format: 'es' },
});
