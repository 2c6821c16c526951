/** The stack description on disk, and its `settings`, which must load as a Tote settings file. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../src/settings/schema.ts';
import { stack } from './test-support/stack.ts';

describe('stack.json', () => {
  it("is the description the tests were given, and its settings pass the extension's schema", async () => {
    const onDisk = JSON.parse(await readFile(join(stack().stateDir, 'stack.json'), 'utf8'));
    expect(onDisk).toEqual(stack());
    const settings = v.parse(SettingsSchema, onDisk.settings);
    expect(settings).toMatchObject({
      identityPoolId: stack().identityPoolId,
      bucket: stack().bucket,
      cognitoEndpoint: stack().cognito.endpoint,
      s3: { endpoint: stack().s3.endpoint, forcePathStyle: true },
      provider: { type: 'oidc', issuer: stack().idp.issuer, clientId: stack().idp.clientId },
    });
  });

  it("points at servers that answer: the IdP's discovery names the issuer the settings use", async () => {
    const { issuer } = stack().settings.provider as { issuer: string };
    const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { issuer: string };
    expect(discovery.issuer).toBe(issuer);
    expect(stack().idp.loginKey).toBe(issuer.replace(/^http:\/\//, ''));
  });
});
