import { load, spawnTarget, spawnBot } from './bench/slack.bench.ts';
import { summarize } from './bench/harness.ts';
const sink = await spawnTarget(['sink']);
const sinkUrl = `http://127.0.0.1:${sink.port}`;
const bare = await spawnTarget(['bare', sinkUrl]);
const bot = await spawnBot(sinkUrl);
await Promise.all([load(bare.port, sinkUrl, 10, bare.child.pid), load(bot.port, sinkUrl, 10, bot.child.pid)]);
const rb: number[] = [], ro: number[] = [];
const sb: number[] = [], so: number[] = [];
for (let r = 0; r < 10; r++) {
  const [a, b] = await Promise.all([load(bare.port, sinkUrl, 2, bare.child.pid), load(bot.port, sinkUrl, 2, bot.child.pid)]);
  rb.push(summarize('', a.samples).p99Ms); ro.push(summarize('', b.samples).p99Ms); sb.push(...a.samples); so.push(...b.samples);
}
console.log('bare', rb.map((x) => x.toFixed(1)).join(' '));
console.log('bot ', ro.map((x) => x.toFixed(1)).join(' '));
const med = (v: number[]) => [...v].sort((a, b) => a - b)[5]!;
console.log('median p99 bare', med(rb).toFixed(2), 'bot', med(ro).toFixed(2), 'ratio', (med(ro) / med(rb)).toFixed(2));
console.log('pooled p50/p99 bare', summarize('', sb).p50Ms.toFixed(2), summarize('', sb).p99Ms.toFixed(2), 'bot', summarize('', so).p50Ms.toFixed(2), summarize('', so).p99Ms.toFixed(2));
for (const a of [bare, bot, sink]) a.child.kill();
