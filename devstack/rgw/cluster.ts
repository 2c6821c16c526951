/**
 * Boots the monitor and the OSD. Two traps (devstack/README.md): the monitor must be added to the monmap
 * as a v1 address (`--addv a [v1:…]`), and `ceph-osd --mkfs --osd-uuid` must be given the same
 * uuid as `ceph osd new`.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startDaemon, type Daemon } from '../processes.ts';
import { runCommand } from '../run-command.ts';
import { waitFor } from '../wait-for.ts';
import { cephConf, type CephLayout } from './ceph-conf.ts';

export function confPath(layout: CephLayout): string {
  return join(layout.dir, 'ceph.conf');
}

/**
 * Runs the `ceph` CLI. Its first command can race the monitor's map the same way as the OSD's
 * (see ceph-conf.ts) and be refused with EPERM; the commands used here are idempotent, so retry.
 */
export async function ceph(layout: CephLayout, args: string[], attempts = 5): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runCommand('ceph', ['-c', confPath(layout), '--connect-timeout', '10', ...args]);
    } catch (error) {
      if (attempt >= attempts || !/EPERM|wrong fsid/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

async function osdIsUp(layout: CephLayout): Promise<boolean> {
  const stat = JSON.parse(await ceph(layout, ['osd', 'stat', '-f', 'json'])) as { num_up_osds?: number };
  return (stat.num_up_osds ?? 0) >= 1;
}

/** What a restart needs of the cluster's first start. */
export interface ClusterIdentity {
  osdId: string;
}

async function createCluster(layout: CephLayout, onDaemon: (d: Daemon) => void): Promise<ClusterIdentity> {
  const conf = confPath(layout);
  const monmap = join(layout.dir, 'monmap');
  await runCommand('monmaptool', ['--create', '--fsid', layout.fsid, '--addv', 'a', `[v1:127.0.0.1:${layout.monPort}]`, monmap]);
  await runCommand('ceph-mon', ['-c', conf, '--mkfs', '-i', 'a', '--monmap', monmap]);
  startMonitor(layout, onDaemon);
  const osdUuid = randomUUID();
  const osdId = (await ceph(layout, ['osd', 'new', osdUuid])).trim();
  await runCommand('ceph-osd', ['-c', conf, '--mkfs', '-i', osdId, '--osd-uuid', osdUuid]);
  await ceph(layout, ['osd', 'crush', 'add', `osd.${osdId}`, '1.0', 'root=default']);
  return { osdId };
}

function startMonitor(layout: CephLayout, onDaemon: (d: Daemon) => void): void {
  onDaemon(startDaemon('ceph-mon', 'ceph-mon', ['-c', confPath(layout), '-f', '-i', 'a'], { logFile: join(layout.logDir, 'mon.out') }));
}

/** Creates the cluster, or starts the one `existing` describes from its data directory. */
export async function startCluster(layout: CephLayout, onDaemon: (d: Daemon) => void, existing?: ClusterIdentity): Promise<ClusterIdentity> {
  const conf = confPath(layout);
  await Promise.all([join(layout.dir, 'run'), join(layout.dataDir, 'mon.a'), join(layout.dataDir, 'osd.0')].map((d) => mkdir(d, { recursive: true })));
  await mkdir(layout.logDir, { recursive: true });
  await writeFile(conf, cephConf(layout));
  let cluster = existing;
  if (cluster) startMonitor(layout, onDaemon);
  else cluster = await createCluster(layout, onDaemon);
  onDaemon(startDaemon('ceph-osd', 'ceph-osd', ['-c', conf, '-f', '-i', cluster.osdId], { logFile: join(layout.logDir, 'osd.out') }));
  await waitFor('the Ceph OSD to come up', () => osdIsUp(layout), { timeoutMs: 30_000, intervalMs: 250 });
  return cluster;
}
