/**
 * `npm run devstack`: starts the stack in the foreground on fixed ports, writes and prints its
 * description, and on SIGINT/SIGTERM stops every process it started.
 */
import { join } from 'node:path';
import { USAGE, optionsOrExit, parseCliOptions } from './cli-options.ts';
import { PortInUseError } from './ports.ts';
import { StateDirInUseError } from './processes.ts';
import { startDevstack } from './stack.ts';

const options = optionsOrExit(() => parseCliOptions(process.argv.slice(2), process.env), USAGE);

const log = (line: string): void => console.log(`[devstack] ${line}`);
const started = Date.now();
log('starting: OpenID provider, Cognito Identity stand-in, Ceph RGW (S3, STS, IAM)…');
try {
  const stack = await startDevstack({ ...options, log });
  const { description } = stack;
  console.log(JSON.stringify(description, null, 2));
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s; description written to ${join(description.stateDir, 'stack.json')}`);
  log(`sign in as ${description.testUsers.map((u) => `${u.email} / ${u.password}`).join(' or ')}`);
  log('Ctrl-C stops the stack.');
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  console.error(error instanceof PortInUseError || error instanceof StateDirInUseError ? `[devstack] ${error.message}` : error);
  process.exit(1);
}
