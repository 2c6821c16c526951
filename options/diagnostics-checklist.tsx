/** Test connection's result: one line per step, failed ones with how to fix them. */
import { t, tCount } from '../src/i18n/t.ts';
import type { DiagnosticStep } from '../src/messaging/protocol.ts';

const MARK = { ok: '✓', failed: '✗', skipped: '–' } as const;
const WORD = { ok: 'optionsStepPassed', failed: 'optionsStepFailed', skipped: 'optionsStepSkipped' } as const;

export function summary(steps: readonly DiagnosticStep[]): string {
  const failedStep = steps.find((step) => step.status === 'failed');
  if (failedStep) return t('optionsTestFailedAt', failedStep.title);
  const passed = steps.filter((step) => step.status === 'ok').length;
  return tCount(steps.some((step) => step.status === 'skipped') ? 'optionsTestPassedSomeSkipped' : 'optionsTestPassed', passed);
}

export function DiagnosticsChecklist({ steps, onGrantAccess }: { steps: readonly DiagnosticStep[]; onGrantAccess(origin: string): void }) {
  return (
    <ol class="checklist" aria-label={t('optionsTestResults')}>
      {steps.map((step) => (
        <li key={step.id} class={`step ${step.status}`} data-step={step.id} data-status={step.status}>
          <span class="mark" aria-hidden="true">
            {MARK[step.status]}
          </span>
          <div>
            <strong>{step.title}</strong> <span class="status-word">{t(WORD[step.status])}</span>
            <p>{step.message}</p>
            {step.fix && (
              <p class="fix">
                <strong>{t('optionsHowToFix')}</strong> {step.fix}
              </p>
            )}
            {step.needsAccessTo && (
              <p>
                {t('optionsReachWithoutCors')}{' '}
                <button type="button" onClick={() => onGrantAccess(step.needsAccessTo as string)}>
                  {t('optionsAllowAccessTo', step.needsAccessTo)}
                </button>
              </p>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
