#!/usr/bin/env node
// The installed `namesake` command: runs the bundled command line (out/cli, built by
// `npm run build:cli`, which `npm install` runs through `prepare`).
import { existsSync } from 'node:fs';

const bundle = new URL('../out/cli/namesake.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    'namesake: the command line is not built yet; run "npm run build:cli" (npm install does it).\n',
  );
  process.exit(1);
}
await import(bundle.href);
