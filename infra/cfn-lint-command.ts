/**
 * Where the official cfn-lint is: on PATH, or where pyenv puts it on these machine images
 * (its shims, or a version's bin/), since a non-login shell such as CI's may not have pyenv's
 * shims on PATH. scripts/system-deps.sh looks in the same places.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function cfnLintCommand(): string | undefined {
  if (spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' }).status === 0) return 'cfn-lint';
  const pyenv = join(homedir(), '.pyenv');
  const versions = existsSync(join(pyenv, 'versions'))
    ? readdirSync(join(pyenv, 'versions')).map((version) => join(pyenv, 'versions', version, 'bin', 'cfn-lint'))
    : [];
  return [join(pyenv, 'shims', 'cfn-lint'), ...versions].find((candidate) => existsSync(candidate) && spawnSync(candidate, ['--version']).status === 0);
}
