/**
 * Starts the whole devstack — OpenID provider and Cognito stand-in in this process, Ceph (monitor,
 * OSD, one or two radosgw) as child processes — waits until it is ready, provisions RGW and
 * writes the stack description. `stop()` ends everything it started, by PID. Given a state
 * directory, the stack keeps its state there (state/stack-state.ts) and a restart carries on
 * from it; `fresh` starts from nothing.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCognitoStandIn } from './cognito/stand-in.ts';
import { BUCKET, REGION } from './constants.ts';
import { STACK_PACKAGES, ensurePackages } from './debian-packages.ts';
import { describeStack, type StackDescription, type StackPorts, type TokenLifetimes } from './description.ts';
import { createIdpServer } from './idp/server.ts';
import { close, listen } from './listen.ts';
import { killLeftovers, stopDaemon, writePidFile, type Daemon } from './processes.ts';
import { createAdminUser } from './rgw/admin-user.ts';
import { PAST_RGW_NAME, RGW_NAME, type CephLayout } from './rgw/ceph-conf.ts';
import { startCluster } from './rgw/cluster.ts';
import { clusterState, forgetState, statePaths } from './state/stack-state.ts';
import { startGateway } from './rgw/gateway.ts';
import { provision } from './rgw/provision.ts';
import { choosePorts } from './stack-ports.ts';
import { stackPools } from './stack-pools.ts';

export interface DevstackOptions {
  /** Fixed ports; any left out is picked free. */
  ports?: Partial<StackPorts>;
  /**
   * Where stack.json, logs and the kept state go. Default: a fresh temporary directory, removed on
   * stop, and nothing is kept.
   */
  stateDir?: string;
  /** Forget what the state directory kept: identities, sign-ins, files. */
  fresh?: boolean;
  tokenLifetimes?: Partial<TokenLifetimes>;
  /** Also run the gateway whose clock runs behind, and the pool that issues expired credentials. */
  expiredCredentialsPool?: boolean;
  log?: (line: string) => void;
}

export interface Devstack {
  description: StackDescription;
  stop(): Promise<void>;
}

export const DEFAULT_LIFETIMES: TokenLifetimes = { idToken: 3600, accessToken: 3600, refreshToken: 14 * 86_400, awsCredentials: 3600 };
/** How far the past gateway's clock is behind: more than the 900 s session it issues. */
const PAST_OFFSET_SECONDS = -1000;

export async function startDevstack(options: DevstackOptions = {}): Promise<Devstack> {
  const log = options.log ?? (() => {});
  await ensurePackages(STACK_PACKAGES, log);
  const lifetimes = { ...DEFAULT_LIFETIMES, ...options.tokenLifetimes };
  const withPast = options.expiredCredentialsPool ?? true;
  const stateDir = options.stateDir ? resolve(options.stateDir) : await mkdtemp(join(tmpdir(), 'tote-devstack-'));
  const pidFile = join(stateDir, 'pids.json');
  await mkdir(stateDir, { recursive: true });
  const leftovers = await killLeftovers(pidFile);
  if (leftovers.killed.length > 0) log(`Ended processes left by an earlier stack: ${leftovers.killed.join(', ')}`);
  // The Ceph directory of a stack that died without stopping (its marker is that directory).
  if (leftovers.marker?.startsWith(join(tmpdir(), 'tote-ceph-'))) await rm(leftovers.marker, { recursive: true, force: true });
  const persistent = options.stateDir !== undefined;
  if (options.fresh) await forgetState(stateDir);
  const paths = statePaths(stateDir);
  const kept = persistent ? clusterState(stateDir).read() : undefined;
  // A cluster that never finished its first start leaves data no restart can use.
  if (!kept) await rm(paths.cephData, { recursive: true, force: true });
  if (kept) log(`Carrying on from the state kept in ${stateDir} (--fresh starts from nothing)`);
  const ports = await choosePorts(options.ports, kept?.monPort);

  const logDir = join(stateDir, 'logs');
  await rm(logDir, { recursive: true, force: true });
  await Promise.all([mkdir(logDir, { recursive: true }), mkdir(paths.keys, { recursive: true })]);
  const cephDir = await mkdtemp(join(tmpdir(), 'tote-ceph-'));
  const layout: CephLayout = {
    fsid: kept?.fsid ?? randomUUID(),
    dir: cephDir,
    dataDir: persistent ? paths.cephData : cephDir,
    persistent,
    logDir,
    monPort: ports.mon,
    rgwPort: ports.s3,
    pastRgwPort: withPast ? ports.pastS3 : undefined,
    stsKey: kept?.stsKey ?? randomBytes(8).toString('hex'),
  };

  const daemons: Daemon[] = [];
  const servers: Server[] = [];
  const onDaemon = (daemon: Daemon): void => {
    daemons.push(daemon);
    void writePidFile(pidFile, cephDir, daemons);
  };
  let stopped: Promise<void> | undefined;
  const stop = (keepLogs = false): Promise<void> =>
    (stopped ??= (async () => {
      await Promise.all(servers.map(close));
      // Gateways first, then the OSD, then the monitor they all talk to.
      // A kept OSD writes its objects to disk as it stops: give it the time that takes.
      for (const daemon of [...daemons].reverse()) await stopDaemon(daemon, persistent && daemon.name === 'ceph-osd' ? 120_000 : undefined);
      await rm(cephDir, { recursive: true, force: true });
      await rm(pidFile, { force: true });
      // stack.json exists while the stack runs, so nothing reads a stale one.
      await rm(join(stateDir, 'stack.json'), { force: true });
      if (!options.stateDir && !keepLogs) await rm(stateDir, { recursive: true, force: true });
    })());

  try {
    const idpIssuer = `http://127.0.0.1:${ports.idp}`;
    const cognitoBase = `http://127.0.0.1:${ports.cognito}`;
    const s3Endpoint = `http://127.0.0.1:${ports.s3}`;
    const poolsFile = join(stateDir, 'cognito-pools.json');
    await writeFile(
      poolsFile,
      JSON.stringify(
        stackPools({
          idpIssuer,
          stsEndpoint: s3Endpoint,
          credentialLifetimeSeconds: lifetimes.awsCredentials,
          past: withPast
            ? { endpoint: `http://127.0.0.1:${ports.pastS3}`, clockOffsetSeconds: PAST_OFFSET_SECONDS, credentialLifetimeSeconds: 900 }
            : undefined,
        }),
        null,
        2,
      ),
    );

    const rgw = (async () => {
      const cluster = await startCluster(layout, onDaemon, kept);
      await startGateway(layout, { name: RGW_NAME, port: ports.s3 }, onDaemon);
      const admin = kept?.admin ?? (await createAdminUser(layout));
      if (persistent) clusterState(stateDir).write({ fsid: layout.fsid, monPort: layout.monPort, osdId: cluster.osdId, stsKey: layout.stsKey, admin });
      return admin;
    })();
    const servicesReady = (async () => {
      const idp = createIdpServer(idpIssuer, lifetimes, stateDir);
      servers.push(idp);
      await listen(idp, ports.idp, 'OpenID provider');
      const cognito = await createCognitoStandIn(poolsFile, cognitoBase, paths.keys, paths.identities);
      servers.push(cognito.server);
      await listen(cognito.server, ports.cognito, 'Cognito Identity stand-in');
      return cognito;
    })();
    const [admin, cognito] = await Promise.all([rgw, servicesReady]);
    log('Ceph RGW is up; provisioning the bucket, the OIDC provider and the roles');
    await Promise.all([
      provision({
        endpoint: s3Endpoint,
        region: REGION,
        bucket: BUCKET,
        admin,
        stsIssuer: cognito.stsIssuer.issuer,
        stsThumbprint: cognito.stsIssuer.key.thumbprint,
      }),
      // A second gateway initialising beside the first would race it creating the zone's pools.
      withPast ? startGateway(layout, { name: PAST_RGW_NAME, port: ports.pastS3, clockOffsetSeconds: PAST_OFFSET_SECONDS }, onDaemon) : undefined,
    ]);

    const description = describeStack({
      ports: { idp: ports.idp, cognito: ports.cognito, s3: ports.s3 },
      admin,
      tokenLifetimes: lifetimes,
      expiredCredentials: withPast ? { port: ports.pastS3, clockOffsetSeconds: PAST_OFFSET_SECONDS } : undefined,
      stateDir,
      logDir,
    });
    await writeFile(join(stateDir, 'stack.json'), `${JSON.stringify(description, null, 2)}\n`);
    return { description, stop: () => stop() };
  } catch (error) {
    await stop(true);
    (error as Error).message +=
      ` (devstack logs: ${logDir}${kept ? '; a stack killed without stopping may not start from its kept state: start it with --fresh' : ''})`;
    throw error;
  }
}
