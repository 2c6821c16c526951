/**
 * Debian's AWS CLI (`/usr/bin/aws`, v2) as a second, independent client of the stack. The path is
 * explicit: a pip-installed v1 `aws` may come first on PATH. No config file is read.
 */
import { runCommand } from '../run-command.ts';
import type { AwsCredentials } from './clients.ts';

export const AWS_CLI = '/usr/bin/aws';

export interface CliResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

export async function aws(args: string[], credentials?: AwsCredentials, input?: string): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = {
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_PAGER: '',
    AWS_ACCESS_KEY_ID: credentials?.accessKeyId ?? '',
    AWS_SECRET_ACCESS_KEY: credentials?.secretAccessKey ?? '',
    AWS_SESSION_TOKEN: credentials?.sessionToken ?? '',
  };
  try {
    return { ok: true, stdout: await runCommand(AWS_CLI, args, { env, input }), stderr: '' };
  } catch (error) {
    return { ok: false, stdout: '', stderr: (error as Error).message };
  }
}
