/**
 * Bundles the Node programs into out/: the command line (entry and shard worker) and the
 * benchmark, each an ES module; npm packages stay external (they are installed alongside).
 * Run by `npm run build:cli` and by `prepare`, so `npx namesake` works after `npm install`.
 * Benchmarks run the bundle, not a transpile-on-load loader, so they time what users run.
 */
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  outExtension: { '.js': '.mjs' },
} as const;

await build({
  ...common,
  entryPoints: { namesake: 'src/cli/entry.ts', shardWorker: 'src/cli/shardWorker.ts' },
  outdir: 'out/cli',
});
await build({
  ...common,
  entryPoints: {
    run: 'bench/run.ts',
    compareBlocked: 'bench/compareBlocked.ts',
    // The replay bench runs worker threads, which load their sibling shardWorker.mjs.
    shardWorker: 'src/cli/shardWorker.ts',
  },
  outdir: 'out/bench',
});
