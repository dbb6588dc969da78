#!/usr/bin/env node
// The kube-concierge command. The TypeScript sources are compiled to dist/ by `npm ci`
// (the `prepare` script) or `npm run build`.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// The phrase rules are a few hundred regular expressions, some thousands of characters long. V8 runs a
// regular expression's first match on bytecode and compiles it to machine code from the second on;
// optimising that first bytecode (the peephole pass) costs more than the one match it serves, most of a
// one-shot command's time on a large rule (see BENCHMARKS.md, cold start). Matching code is unchanged.
setFlagsFromString('--no-regexp-peephole-optimization');

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('kube-concierge: not built yet; run `npm run build` (npm ci does it for you)\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
