/**
 * Starts the emulated wide-area link (bench/wan/link.py) for one profile and stops it by PID.
 * The link needs root (network namespaces, TUN devices); `wanUnavailable` says why it cannot run.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { killTree } from '../../test/e2e/harness/process.ts';

/** The link's two ends (a /30 of their own); the bench copy of the extension may reach the far one. */
const NEAR_ADDRESS = '10.77.0.1';
const FAR_ADDRESS = '10.77.0.2';
export const WAN_HOST_MATCH = `http://${FAR_ADDRESS}/*`;

export interface WanProfile {
  /** How the table names it, e.g. "40 ms, 100 Mbit/s". */
  label: string;
  roundTripMs: number;
  mbit: number;
  /** Share of packets lost at random each way (0.001 = 0.1 %). */
  loss: number;
}

export interface WanLink {
  /** `http://<far address>:<port>`: the endpoint reached over the link. */
  endpoint: string;
  stop(): Promise<void>;
}

/** Why the link cannot be made here, or undefined when it can. */
export function wanUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return 'needs root (network namespaces and TUN devices)';
  try {
    accessSync('/dev/net/tun', constants.R_OK | constants.W_OK);
  } catch {
    return 'needs /dev/net/tun';
  }
  return undefined;
}

/** The link, relaying its far end to `target` (an http://127.0.0.1:port endpoint). */
export async function startWanLink(profile: WanProfile, target: string): Promise<WanLink> {
  const port = new URL(target).port;
  const child = spawn(
    'python3',
    [
      join(import.meta.dirname, '..', 'wan', 'link.py'),
      `--near=${NEAR_ADDRESS}`,
      `--far=${FAR_ADDRESS}`,
      `--ms=${profile.roundTripMs / 2}`,
      `--mbit=${profile.mbit}`,
      `--loss=${profile.loss}`,
      `--forward=${port}:127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let said = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (/^ready$/m.test(said)) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      said += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`the WAN link stopped (${code}) before it was ready: ${said.trim()}`)));
    setTimeout(() => reject(new Error(`the WAN link was not ready in 10 s: ${said.trim()}`)), 10_000).unref();
  });
  return { endpoint: `http://${FAR_ADDRESS}:${port}`, stop: () => killTree(child.pid) };
}
