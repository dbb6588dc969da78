// `npm run bench`: runs every benchmark and prints its table, ratios against the baseline
// measured in the same run. Copy the output into BENCHMARKS.md when the numbers change.

import { cpus } from 'node:os';
import cluster from './cluster.bench.js';
import core from './core.bench.js';
import discord from './discord.bench.js';
import slack from './slack.bench.js';
import { formatSection, type Section } from './harness.js';
import manifests from './manifests.bench.js';
import onboarding from './onboarding.bench.js';
import running from './running.bench.js';
import which from './which.bench.js';

const suites: (() => Promise<Section>)[] = [...core, ...discord, ...manifests, ...which, ...cluster, ...slack, ...running, ...onboarding];

const only = process.argv.slice(2);
console.log(`# kube-concierge benchmarks\n\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${new Date().toISOString().slice(0, 10)}\n`);
for (const suite of suites) {
  if (only.length > 0 && !only.some((o) => suite.name.toLowerCase().includes(o.toLowerCase()))) continue;
  console.log(formatSection(await suite()) + '\n');
}
