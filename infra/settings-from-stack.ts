/**
 * Writes tote-settings.json from a deployed stack:
 *   aws cloudformation describe-stacks --stack-name Tote > stack.json
 *   node infra/settings-from-stack.ts stack.json > tote-settings.json
 * (or pipe describe-stacks into it: with no file argument it reads standard input).
 */
import { readFileSync } from 'node:fs';
import './english-messages.ts';

// After the line above: the settings schema words its checks through the extension's i18n API.
const { settingsFromDescribeStacks } = await import('./stack-settings.ts');

const [file] = process.argv.slice(2);
try {
  const settings = settingsFromDescribeStacks(JSON.parse(readFileSync(file ?? 0, 'utf8')));
  process.stdout.write(`${JSON.stringify(settings, null, 2)}\n`);
} catch (error) {
  console.error(`settings-from-stack: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
