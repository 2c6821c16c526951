/**
 * Runs Test-connection steps in order. A step whose dependency failed (or was itself skipped for
 * that reason) is skipped with a sentence naming the step that failed; a step that throws
 * unexpectedly fails with what it threw, and the run goes on.
 */
import { t } from '../../src/i18n/t.ts';
import type { DiagnosticStep } from '../../src/messaging/protocol.ts';
import { describeError, type DiagnosticsDependencies, type DiagnosticsState, type Step, type StepId, type Outcome } from './step.ts';

export async function runSteps(steps: readonly Step[], state: DiagnosticsState, deps: DiagnosticsDependencies): Promise<DiagnosticStep[]> {
  const results: DiagnosticStep[] = [];
  /** Step id → the title of the failed step that blocks it (itself, when it failed). */
  const blockedBy = new Map<StepId, string>();
  for (const step of steps) {
    const blocker = step.dependsOn.map((id) => blockedBy.get(id)).find((title) => title !== undefined);
    if (blocker !== undefined) {
      blockedBy.set(step.id, blocker);
      results.push({ id: step.id, title: step.title, status: 'skipped', message: t('diagnosticsBlocked', blocker) });
      continue;
    }
    let outcome: Outcome;
    try {
      outcome = await step.run(state, deps);
    } catch (error) {
      const { name, message } = describeError(error);
      outcome = {
        status: 'failed' as const,
        message: t('diagnosticsStepCrashed', name, message),
        fix: t('diagnosticsStepCrashedFix'),
      };
    }
    if (outcome.status === 'failed') blockedBy.set(step.id, step.title);
    results.push({ id: step.id, title: step.title, ...outcome });
  }
  return results;
}
