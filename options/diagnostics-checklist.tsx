/** Test connection's result: one line per step, failed ones with how to fix them. */
import type { DiagnosticStep } from '../src/messaging/protocol.ts';

const MARK = { ok: '✓', failed: '✗', skipped: '–' } as const;
const WORD = { ok: 'Passed', failed: 'Failed', skipped: 'Skipped' } as const;

export function summary(steps: readonly DiagnosticStep[]): string {
  const failedStep = steps.find((step) => step.status === 'failed');
  if (failedStep) return `Test failed at "${failedStep.title}".`;
  return `Test passed: ${steps.filter((step) => step.status === 'ok').length} checks passed${steps.some((step) => step.status === 'skipped') ? ', the others did not apply' : ''}.`;
}

export function DiagnosticsChecklist({ steps, onGrantAccess }: { steps: readonly DiagnosticStep[]; onGrantAccess(origin: string): void }) {
  return (
    <ol class="checklist" data-testid="diagnostics" aria-label="Test connection results">
      {steps.map((step) => (
        <li key={step.id} class={`step ${step.status}`} data-step={step.id} data-status={step.status}>
          <span class="mark" aria-hidden="true">
            {MARK[step.status]}
          </span>
          <div>
            <strong>{step.title}</strong> <span class="status-word">{WORD[step.status]}</span>
            <p>{step.message}</p>
            {step.fix && (
              <p class="fix">
                <strong>How to fix:</strong> {step.fix}
              </p>
            )}
            {step.needsAccessTo && (
              <p>
                Or let Tote reach it without CORS:{' '}
                <button type="button" onClick={() => onGrantAccess(step.needsAccessTo as string)}>
                  Allow access to {step.needsAccessTo}
                </button>
              </p>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
