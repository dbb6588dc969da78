// Preloaded into a benchmarked child (`node --import ./bench/report-rss.mjs …`): when the process
// exits, it writes `<peak RSS in bytes> <CPU time in ms>` to $BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, `${usage.maxRSS * 1024} ${(usage.userCPUTime + usage.systemCPUTime) / 1000}`);
  });
}
