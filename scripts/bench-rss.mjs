// Preloaded by the benchmark where /usr/bin/time is absent: records the process's peak RSS (KB)
// and user and system CPU seconds in $FLOWLOG_BENCH_RSS at exit, as `time -f '%M %U %S'` would.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.FLOWLOG_BENCH_RSS) {
    const u = process.resourceUsage();
    writeFileSync(process.env.FLOWLOG_BENCH_RSS, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`);
  }
});
