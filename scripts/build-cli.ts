/**
 * Bundles the command line for Node (out/cli): the entry and the shard worker, each one ES
 * module; npm packages stay external (they are installed alongside). Run by `npm run build:cli`
 * and by `prepare`, so `npx namesake` works right after `npm install`.
 */
import { build } from 'esbuild';

await build({
  entryPoints: { namesake: 'src/cli/entry.ts', shardWorker: 'src/cli/shardWorker.ts' },
  outdir: 'out/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
