/** `diagnostics.run`: Test connection for the options page, against settings that need not be saved. */
import type { Handler } from '../router.ts';
import { runSteps } from './run-steps.ts';
import type { DiagnosticsDependencies } from './step.ts';
import { DIAGNOSTIC_STEPS } from './steps.ts';

export function diagnosticsHandler(deps: DiagnosticsDependencies): Handler<'diagnostics.run'> {
  return ({ settings }) => runSteps(DIAGNOSTIC_STEPS, { settings }, deps);
}
