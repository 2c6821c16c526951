/**
 * What a devstack keeps in its state directory between runs, so a restart finds its users
 * signed in, their identities and their files where they were: the Ceph cluster's data and the
 * facts needed to start it again, the IdP's keys, sessions and grants, the Cognito stand-in's
 * identities and signing keys. `--fresh` forgets all of it.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AdminKeys } from '../rgw/admin-user.ts';
import { jsonFile } from './json-file.ts';

export function statePaths(stateDir: string) {
  return {
    cephData: join(stateDir, 'ceph'),
    cluster: join(stateDir, 'cluster.json'),
    identities: join(stateDir, 'identities.json'),
    keys: join(stateDir, 'keys'),
    idpKeys: join(stateDir, 'idp-keys.json'),
    idpStore: join(stateDir, 'idp-store.json'),
  };
}

/** The Ceph cluster as its first start made it; written once it is fully up. */
export interface ClusterState {
  fsid: string;
  /** The monitor's address is written into its own data: a restart must use the same port. */
  monPort: number;
  osdId: string;
  /** Encrypts STS session tokens: kept, the credentials issued before a restart stay valid. */
  stsKey: string;
  admin: AdminKeys;
}

export const clusterState = (stateDir: string) => jsonFile<ClusterState>(statePaths(stateDir).cluster);

export async function forgetState(stateDir: string): Promise<void> {
  await Promise.all(Object.values(statePaths(stateDir)).map((path) => rm(path, { recursive: true, force: true })));
}
