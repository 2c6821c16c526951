/**
 * The command itself, in plain Node (no test aliases): it loads the shared settings schema, whose
 * checks are worded through the extension's i18n API, and prints them in English.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const command = join(import.meta.dirname, 'settings-from-stack.ts');

function run(describeStacks: unknown) {
  return spawnSync(process.execPath, [command], { input: JSON.stringify(describeStacks), encoding: 'utf8' });
}

describe('node infra/settings-from-stack.ts', () => {
  it("explains, in English, why a stack's settings are invalid", () => {
    const settings = { version: 1, region: 'nowhere', identityPoolId: 'eu-west-1:4f3e2d1c-0b9a-4876-a543-210fedcba987', bucket: 'tote-b', allowGuests: true };
    const answer = run({
      Stacks: [{ StackName: 'Tote', StackStatus: 'CREATE_COMPLETE', Outputs: [{ OutputKey: 'Settings', OutputValue: JSON.stringify(settings) }] }],
    });
    expect(answer.stderr).toContain('must be an AWS region such as us-east-1');
    expect(answer.status).toBe(1);
  });
});
