/**
 * Prints one closing line, `tests: N passed, N failed, N skipped`, for CI to read, and fails the
 * run under CI when any test was skipped: a skipped test proves nothing. A test file that failed
 * before its tests ran (an import that throws) counts as one failed test, so the line never reads
 * "0 failed" for a red run.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      if (module.state() === 'failed' && module.errors().length > 0) counts.failed++;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    if (process.env.CI && counts.skipped > 0) {
      console.log(`${counts.skipped} test(s) were skipped; skipped tests count as failures in CI.`);
      process.exitCode = 1;
    }
    console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
