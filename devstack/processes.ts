/**
 * Child processes of the stack (the Ceph daemons). Every one is started under
 * `setpriv --pdeathsig SIGKILL`, so the kernel kills it if the stack's Node process dies without
 * cleaning up; every PID is also written to a file, so the next start can end leftovers of a
 * stack that was killed in a way even that missed. Stopping is by PID, never by name.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

export interface Daemon {
  name: string;
  child: ChildProcess;
  /** Settles when the process has exited. */
  exited: Promise<number | null>;
}

export interface SpawnOptions {
  logFile: string;
  env?: NodeJS.ProcessEnv;
}

export function startDaemon(name: string, command: string, args: string[], options: SpawnOptions): Daemon {
  const log = openSync(options.logFile, 'a');
  const child = spawn('setpriv', ['--pdeathsig', 'SIGKILL', '--', command, ...args], {
    stdio: ['ignore', log, log],
    env: { ...process.env, ...options.env },
  });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(null));
  });
  return { name, child, exited };
}

/** SIGTERM, then SIGKILL after `graceMs`: memstore daemons have nothing worth a slow shutdown. */
export async function stopDaemon(daemon: Daemon, graceMs = 1500): Promise<void> {
  if (daemon.child.exitCode !== null || daemon.child.signalCode !== null) return;
  daemon.child.kill('SIGTERM');
  const timer = setTimeout(() => daemon.child.kill('SIGKILL'), graceMs);
  await daemon.exited;
  clearTimeout(timer);
}

interface PidFile {
  /** The Node process that runs the stack. */
  owner: number;
  /** Identifies our daemons on their command line (the Ceph config path). */
  marker: string;
  pids: number[];
}

export async function writePidFile(path: string, marker: string, daemons: Daemon[]): Promise<void> {
  const pids = daemons.map((d) => d.child.pid).filter((pid): pid is number => pid !== undefined);
  const record: PidFile = { owner: process.pid, marker, pids };
  await writeFile(path, JSON.stringify(record));
}

/** Whether a process with this PID exists (signal 0 tests without sending anything). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export class StateDirInUseError extends Error {}

/**
 * Kills processes listed by an earlier stack's PID file, if they are still ours and the stack
 * that started them is gone. A live owner means another stack uses the same state directory.
 */
export async function killLeftovers(path: string): Promise<{ killed: number[]; marker?: string }> {
  let recorded: PidFile;
  try {
    recorded = JSON.parse(await readFile(path, 'utf8')) as PidFile;
  } catch {
    return { killed: [] };
  }
  if (recorded.owner !== process.pid && alive(recorded.owner)) {
    throw new StateDirInUseError(`Another devstack (PID ${recorded.owner}) is running from ${path.replace(/\/pids\.json$/, '')}; stop it first.`);
  }
  const killed: number[] = [];
  for (const pid of recorded.pids) {
    // A PID may have been reused since: only kill a process whose command line names our config.
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (!cmdline.includes(recorded.marker)) continue;
    process.kill(pid, 'SIGKILL');
    killed.push(pid);
  }
  return { killed, marker: recorded.marker };
}
