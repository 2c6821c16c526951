/**
 * The RGW user that provisions the stack and owns the bucket. Its caps let it manage IAM roles
 * and OIDC providers through RGW's IAM API; no key of it ever reaches the extension.
 */
import { randomBytes } from 'node:crypto';
import { runCommand } from '../run-command.ts';
import { confPath } from './cluster.ts';
import type { CephLayout } from './ceph-conf.ts';

export interface AdminKeys {
  accessKeyId: string;
  secretAccessKey: string;
}

export async function createAdminUser(layout: CephLayout): Promise<AdminKeys> {
  const keys = {
    accessKeyId: `TOTEADMIN${randomBytes(6).toString('hex').toUpperCase()}`,
    secretAccessKey: randomBytes(30).toString('base64url'),
  };
  await runCommand('radosgw-admin', [
    '-c',
    confPath(layout),
    'user',
    'create',
    '--uid=tote-admin',
    '--display-name=Tote devstack admin',
    `--access-key=${keys.accessKeyId}`,
    `--secret=${keys.secretAccessKey}`,
    '--caps=roles=*;oidc-provider=*;user-policy=*;users=*;buckets=*',
  ]);
  return keys;
}
