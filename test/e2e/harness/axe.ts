/**
 * Runs axe-core inside a page. Extension pages' CSP (`script-src 'self'`) refuses inline scripts
 * and eval, so axe's source goes in through the driver (`evaluateSource`), which CSP does not govern.
 */
import axe from 'axe-core';
import type { TestPage } from './types.ts';

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

export async function axeViolations(page: TestPage): Promise<AxeViolation[]> {
  return page.evaluateSource<AxeViolation[]>(`${axe.source};
    axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((violation) => ({
      id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => String(node.target)),
    })))`);
}

/** Violations axe rates serious or critical. */
export async function seriousViolations(page: TestPage): Promise<AxeViolation[]> {
  return (await axeViolations(page)).filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
