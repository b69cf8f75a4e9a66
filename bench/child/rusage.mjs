// Preloaded into every measured child (`node --import`): at exit, writes the child's own resource
// usage to the file named by RECTIFY_BENCH_RUSAGE, so peak memory is measured without /usr/bin/time.
import { writeFileSync } from 'node:fs';

const out = process.env.RECTIFY_BENCH_RUSAGE;
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({
        // Kilobytes on Linux.
        maxRssKb: usage.maxRSS,
        userMs: usage.userCPUTime / 1000,
        systemMs: usage.systemCPUTime / 1000,
      }),
    );
  });
}
