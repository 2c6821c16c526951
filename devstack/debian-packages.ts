/**
 * The Debian packages the stack runs on. Missing ones are installed when running as root (after
 * `apt-get update`, as the lists may be stale or empty); otherwise the exact command is given.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { LIBFAKETIME } from './rgw/gateway.ts';

/** A file that proves a package is installed → the package. */
export const STACK_PACKAGES: Record<string, string> = {
  'ceph-mon': 'ceph-mon',
  'ceph-osd': 'ceph-osd',
  radosgw: 'radosgw',
  'radosgw-admin': 'ceph-common',
  ceph: 'ceph-common',
  monmaptool: 'ceph-base',
  openssl: 'openssl',
  setpriv: 'util-linux',
  [LIBFAKETIME]: 'faketime',
};

/** What the integration tests use besides the stack: Debian's AWS CLI as a second client. */
export const TEST_PACKAGES: Record<string, string> = { '/usr/bin/aws': 'awscli', curl: 'curl' };

function present(file: string): boolean {
  const candidates = file.startsWith('/') ? [file] : (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, file));
  return candidates.some((path) => {
    try {
      accessSync(path, file.startsWith('/') ? constants.R_OK : constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export function missingPackages(required: Record<string, string>): string[] {
  return [
    ...new Set(
      Object.entries(required)
        .filter(([file]) => !present(file))
        .map(([, pkg]) => pkg),
    ),
  ].sort();
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

export async function ensurePackages(required: Record<string, string>, log: (line: string) => void): Promise<void> {
  const missing = missingPackages(required);
  if (missing.length === 0) return;
  const install = ['install', '-y', '--no-install-recommends', ...missing];
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(' ')}. Install them with:\n  sudo apt-get update && sudo apt-get ${install.join(' ')}`);
  }
  log(`Installing missing Debian packages: ${missing.join(' ')}`);
  await run('apt-get', ['update']);
  await run('apt-get', install);
}
