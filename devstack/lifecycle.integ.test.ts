/**
 * `npm run devstack` (main.ts) as a user runs it, beside the tests' own stack: a port in use is
 * reported clearly; the stack starts, stops on SIGTERM leaving no process behind, starts again on
 * the same ports, and its daemons die with it even when it is killed outright (SIGKILL).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPortFree, freePort } from './ports.ts';
import { running } from './test-support/processes.ts';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

interface Cli {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function runCli(args: string[]): Cli {
  const child = spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function untilReady(cli: Cli): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!cli.output().includes('Ctrl-C stops the stack')) {
    if (cli.child.exitCode !== null || Date.now() > deadline) throw new Error(`the stack did not start:\n${cli.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function pidFile(stateDir: string): Promise<{ pids: number[]; marker: string }> {
  return JSON.parse(await readFile(join(stateDir, 'pids.json'), 'utf8')) as { pids: number[]; marker: string };
}

async function eventually(check: () => boolean, ms = 5000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

describe('npm run devstack', () => {
  let stateDir: string;
  let ports: string[];
  /** Ceph directories to remove: a SIGKILLed stack cannot remove its own. */
  const cephDirs: string[] = [];
  beforeAll(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'tote-lifecycle-'));
    const [idp, cognito, s3] = [await freePort(), await freePort(), await freePort()];
    ports = ['--idp-port', String(idp), '--cognito-port', String(cognito), '--s3-port', String(s3)];
  });
  afterAll(() => Promise.all([stateDir, ...cephDirs].map((dir) => rm(dir, { recursive: true, force: true }))));

  it('says which port is in use, and starts nothing', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const cli = runCli([...ports.slice(0, 4), '--s3-port', String(port), '--state-dir', stateDir]);
      expect(await cli.exited).toBe(1);
      expect(cli.output()).toContain(`Port ${port} on 127.0.0.1 (RGW: S3, STS and IAM) is already in use`);
      expect(cli.output()).toContain('--s3-port');
      await expect(readFile(join(stateDir, 'pids.json'))).rejects.toThrow(/ENOENT/);
    } finally {
      blocker.close();
    }
  });

  it('stops on SIGTERM with no process left, starts again on the same ports, and dies whole on SIGKILL', async () => {
    const first = runCli([...ports, '--state-dir', stateDir, '--no-expired-pool']);
    await untilReady(first);
    const { pids: firstPids } = await pidFile(stateDir);
    expect(firstPids.length).toBe(3); // monitor, OSD, gateway
    expect(firstPids.every(running)).toBe(true);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(firstPids.filter(running)).toEqual([]);
    for (let i = 1; i < ports.length; i += 2) await assertPortFree(Number(ports[i]), 'released port', ports[i - 1]!);

    const second = runCli([...ports, '--state-dir', stateDir, '--no-expired-pool']);
    await untilReady(second);
    const { pids: secondPids, marker } = await pidFile(stateDir);
    cephDirs.push(marker);
    expect(secondPids.every(running)).toBe(true);
    second.child.kill('SIGKILL');
    await second.exited;
    // No cleanup code ran: the kernel ends the daemons (they run under setpriv --pdeathsig).
    expect(await eventually(() => secondPids.every((pid) => !running(pid)))).toBe(true);
  }, 120_000);
});
