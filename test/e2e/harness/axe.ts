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

export interface AxeReport {
  violations: AxeViolation[];
  /** How many rules passed: more than none shows axe really looked at the page. */
  passed: number;
}

export function runAxe(page: TestPage): Promise<AxeReport> {
  return page.evaluateSource<AxeReport>(`${axe.source};
    axe.run(document).then((result) => ({
      passed: result.passes.length,
      violations: result.violations.map((violation) => ({
        id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => String(node.target)),
      })),
    }))`);
}

/** Violations axe rates serious or critical. */
export function seriousViolations(report: AxeReport): AxeViolation[] {
  return report.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
