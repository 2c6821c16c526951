/**
 * The committed template passes the official CloudFormation linter (cfn-lint, a Python tool:
 * scripts/system-deps.sh checks that it is installed) with no error and no warning. A machine
 * without it fails here with the command to install it: a lint that silently did not run would
 * let a template CloudFormation refuses look green.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cfnLintCommand } from './cfn-lint-command.ts';
import { TEMPLATE_PATH } from './synthesize.ts';

interface Finding {
  Level: string;
  Rule: { Id: string };
  Message: string;
  Location: { Path: (string | number)[] };
}

function lint(): Finding[] {
  const command = cfnLintCommand();
  if (command === undefined)
    throw new Error(
      'cfn-lint is not installed (not on PATH, not under ~/.pyenv). Install the official linter: python3 -m pip install --user cfn-lint (scripts/system-deps.sh checks for it).',
    );
  const run = spawnSync(command, ['--format', 'json', '--', TEMPLATE_PATH], { encoding: 'utf8', timeout: 90_000 });
  if (run.error) {
    throw new Error(`cfn-lint could not run (${run.error.message}). Install the official linter: pip install cfn-lint (scripts/system-deps.sh checks for it).`);
  }
  // Exit status 0 = clean; 2, 4, 8 (or their sum) = findings, which the JSON lists; anything else is a failure to lint.
  if (run.status === null || run.status === 1 || run.status > 14) throw new Error(`cfn-lint failed (status ${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout || '[]') as Finding[];
}

describe('cfn-lint', () => {
  it('finds nothing in infra/template.json', () => {
    const findings = lint().map((f) => `${f.Level} ${f.Rule.Id} at ${f.Location.Path.join('/')}: ${f.Message}`);
    expect(findings).toEqual([]);
  }, 120_000);
});
