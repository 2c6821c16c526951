/**
 * The Ceph configuration of the one-node cluster behind RGW: one monitor, one memstore OSD, no
 * cephx (`auth … = none`), msgr v1 only, pools of size 1. The OSD keeps objects in RAM; a
 * stack that keeps its state (`persistent`) has the OSD write them to `dataDir` when it stops
 * (memstore saves on a clean shutdown) and read them back when it starts.
 */

export interface CephLayout {
  fsid: string;
  /** Short path: Ceph's admin sockets live here and UNIX socket paths are limited to 107 bytes. */
  dir: string;
  /** The monitor's and the OSD's data. */
  dataDir: string;
  /** Save the OSD's objects on stop (slower to stop; the test stack holds GiBs it does not need). */
  persistent: boolean;
  logDir: string;
  monPort: number;
  rgwPort: number;
  /** A second gateway whose clock runs behind (see `gateway.ts`); absent when not wanted. */
  pastRgwPort?: number;
  stsKey: string;
}

export const RGW_NAME = 'client.rgw';
export const PAST_RGW_NAME = 'client.rgw.past';

export function cephConf(layout: CephLayout): string {
  const gateway = (name: string, port: number): string => `
[${name}]
rgw frontends = beast endpoint=127.0.0.1:${port}
rgw enable apis = s3, admin, sts, iam
rgw thread pool size = 64
# STS: the key encrypts session tokens, so every gateway of the zone must share it.
rgw sts key = ${layout.stsKey}
rgw s3 auth use sts = true
`;
  return `[global]
fsid = ${layout.fsid}
mon host = v1:127.0.0.1:${layout.monPort}
auth cluster required = none
auth service required = none
auth client required = none
ms bind msgr2 = false
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
osd crush chooseleaf type = 0
mon allow pool size one = true
mon warn on pool no redundancy = false
# A monitor stops itself when its disk is nearly full; a throwaway cluster should not care.
mon data avail warn = 1
mon data avail crit = 0
run dir = ${layout.dir}/run
admin socket = ${layout.dir}/run/$name.asok
pid file = ${layout.dir}/run/$name.pid
log file = ${layout.logDir}/$name.log
log to stderr = false
err to stderr = true

[mon.a]
mon data = ${layout.dataDir}/mon.a

[osd.0]
# A daemon's first mon command can go out before the monitor's map has arrived, with a zero
# fsid, and is refused as 'wrong fsid'; when that command is the OSD's boot-time crush update,
# the OSD aborts (about one start in three). So the OSD sends none: \`cluster.ts\` places it in
# the CRUSH map before starting it.
osd crush update on start = false
osd class update on start = false
osd data = ${layout.dataDir}/osd.0
# memstore writes its objects to \`osd data\` only on a full shutdown; the fast one skips it.
osd fast shutdown = ${layout.persistent ? 'false' : 'true'}
osd objectstore = memstore
# Memory is only taken as objects arrive. The upload tests store a few GiB in one run, and a
# nearly full OSD stops taking writes (Ceph's full ratio) — which looks like a hung upload.
memstore device bytes = 8589934592
${gateway(RGW_NAME, layout.rgwPort)}${layout.pastRgwPort ? gateway(PAST_RGW_NAME, layout.pastRgwPort) : ''}`;
}
