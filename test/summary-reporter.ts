// Prints one plain closing line, "N passed, N failed, N skipped", after vitest's own summary, so that tools
// that read the end of a CI log (and know nothing of vitest) see the totals.
import type { Reporter, File, Task } from 'vitest';

function count(tasks: Task[], acc: { passed: number; failed: number; skipped: number }): void {
  for (const t of tasks) {
    if (t.type === 'suite') { count(t.tasks, acc); continue; }
    const state = t.result?.state;
    if (state === 'pass') acc.passed++;
    else if (state === 'fail') acc.failed++;
    else acc.skipped++;
  }
}

export default class SummaryReporter implements Reporter {
  onFinished(files: File[] = []): void {
    const acc = { passed: 0, failed: 0, skipped: 0 };
    count(files, acc);
    for (const f of files) if (f.result?.state === 'fail' && f.tasks.length === 0) acc.failed++;
    process.stdout.write(`\n${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped\n`);
  }
}
