/**
 * Starts a radosgw and waits until it answers HTTP. A gateway may run with its clock shifted by
 * libfaketime: one that lives 1000 s in the past issues STS credentials that are already expired
 * by the real clock of the main gateway, which is how the tests see S3 refuse expired credentials
 * without waiting out RGW's 900 s minimum session.
 */
import { join } from 'node:path';
import { startDaemon, type Daemon } from '../processes.ts';
import { waitFor } from '../wait-for.ts';
import { confPath } from './cluster.ts';
import type { CephLayout } from './ceph-conf.ts';

/** The multi-threaded flavour: radosgw is heavily threaded. */
export const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';

export interface GatewayOptions {
  name: string;
  port: number;
  /** Seconds to shift the gateway's wall clock by (negative: the past). */
  clockOffsetSeconds?: number;
}

function fakeTimeEnv(offset: number | undefined): NodeJS.ProcessEnv {
  if (!offset) return {};
  return {
    LD_PRELOAD: LIBFAKETIME,
    FAKETIME: `${offset >= 0 ? '+' : ''}${offset}`,
    // Timers and thread waits use the monotonic clock: shifting it would only stall the gateway.
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
  };
}

async function answers(port: number): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
  await response.body?.cancel();
  return true;
}

export async function startGateway(layout: CephLayout, options: GatewayOptions, onDaemon: (d: Daemon) => void): Promise<void> {
  const daemon = startDaemon(options.name, 'radosgw', ['-c', confPath(layout), '-f', '-n', options.name], {
    logFile: join(layout.logDir, `${options.name}.out`),
    env: fakeTimeEnv(options.clockOffsetSeconds),
  });
  onDaemon(daemon);
  let exited = false;
  void daemon.exited.then(() => {
    exited = true;
  });
  await waitFor(`radosgw ${options.name} on port ${options.port}`, () => answers(options.port), {
    timeoutMs: 60_000,
    intervalMs: 200,
    giveUp: () => (exited ? `it exited; see ${join(layout.logDir, `${options.name}.log`)}` : undefined),
  });
}
