// Preloaded by the benchmark: records the process's peak RSS (KB) in $FLOWLOG_BENCH_RSS at exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.FLOWLOG_BENCH_RSS) writeFileSync(process.env.FLOWLOG_BENCH_RSS, String(process.resourceUsage().maxRSS));
});
