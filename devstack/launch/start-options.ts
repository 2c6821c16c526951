/** Command-line flags of `npm start`: `--browser`, then the devstack's own (cli-options.ts). */
import { USAGE as DEVSTACK_USAGE, parseCliOptions } from '../cli-options.ts';
import type { DevstackOptions } from '../stack.ts';

export const BROWSERS = ['chromium', 'firefox'] as const;
export type LaunchBrowser = (typeof BROWSERS)[number];

export const USAGE = `Usage: npm start -- [--browser chromium|firefox] [devstack options]
  --browser NAME    the browser to open Tote in (default chromium; npm run start:firefox for Firefox)
${DEVSTACK_USAGE.split('\n').slice(1).join('\n')}`;

export interface StartOptions {
  browser: LaunchBrowser;
  devstack: DevstackOptions;
}

export function parseStartOptions(argv: string[], env: NodeJS.ProcessEnv): StartOptions | 'help' {
  const at = argv.findIndex((arg) => arg === '--browser' || arg.startsWith('--browser='));
  const value = at < 0 ? 'chromium' : argv[at]!.includes('=') ? argv[at]!.slice('--browser='.length) : argv[at + 1];
  if (!(BROWSERS as readonly (string | undefined)[]).includes(value)) throw new Error(`--browser must be chromium or firefox, not "${value ?? ''}"`);
  const rest = at < 0 ? argv : argv.filter((_, i) => i !== at && (argv[at]!.includes('=') || i !== at + 1));
  const devstack = parseCliOptions(rest, env);
  return devstack === 'help' ? 'help' : { browser: value as LaunchBrowser, devstack };
}
