/** Command-line flags and environment variables of `npm run devstack`. */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_PORTS } from './constants.ts';
import type { DevstackOptions } from './stack.ts';

export const USAGE = `Usage: npm run devstack -- [options]
  --idp-port N      OpenID provider port          (env TOTE_IDP_PORT, default ${DEFAULT_PORTS.idp})
  --cognito-port N  Cognito Identity stand-in     (env TOTE_COGNITO_PORT, default ${DEFAULT_PORTS.cognito})
  --s3-port N       RGW: S3, STS and IAM          (env TOTE_S3_PORT, default ${DEFAULT_PORTS.s3})
  --state-dir DIR   stack.json, logs, kept state  (env TOTE_DEVSTACK_DIR, default .devstack/)
  --fresh           forget the identities, sign-ins and files the last run kept
  --no-expired-pool skip the clock-shifted gateway behind the expired-credentials test pool`;

function port(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65_535) throw new Error(`${flag} must be a port number, not "${value}"`);
  return n;
}

export function parseCliOptions(argv: string[], env: NodeJS.ProcessEnv): DevstackOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      'idp-port': { type: 'string' },
      'cognito-port': { type: 'string' },
      's3-port': { type: 'string' },
      'state-dir': { type: 'string' },
      fresh: { type: 'boolean' },
      'no-expired-pool': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  return {
    ports: {
      idp: port('--idp-port', values['idp-port'] ?? env.TOTE_IDP_PORT, DEFAULT_PORTS.idp),
      cognito: port('--cognito-port', values['cognito-port'] ?? env.TOTE_COGNITO_PORT, DEFAULT_PORTS.cognito),
      s3: port('--s3-port', values['s3-port'] ?? env.TOTE_S3_PORT, DEFAULT_PORTS.s3),
    },
    stateDir: values['state-dir'] ?? env.TOTE_DEVSTACK_DIR ?? fileURLToPath(new URL('../.devstack', import.meta.url)),
    expiredCredentialsPool: !values['no-expired-pool'],
    fresh: values.fresh ?? false,
  };
}

/** The parsed command line; a bad one prints its error and the usage (exit 2), `--help` the usage (exit 0). */
export function optionsOrExit<T>(parse: () => T | 'help', usage: string): T {
  let options: T | 'help';
  try {
    options = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  if (options === 'help') {
    console.log(usage);
    process.exit(0);
  }
  return options;
}
