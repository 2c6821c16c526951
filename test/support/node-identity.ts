/**
 * The background's real identity pieces, run in Node against the devstack: a credential broker
 * and S3 context for a guest or a freshly signed-in throwaway user. Storage is in memory.
 */
import type { StackDescription } from '../../devstack/description.ts';
import { throwawayUser } from '../../devstack/constants.ts';
import { signInUser } from '../../devstack/test-support/clients.ts';
import { createCredentialBroker } from '../../background/identity/credential-broker.ts';
import type { SignedIn } from '../../src/storage/identity-records.ts';
import { memoryStorage } from '../fakes/storage.ts';
import { createS3Context } from '../../background/s3/s3-context.ts';
import { memoryKeyValue } from '../../background/storage/key-value.ts';
import type { Settings } from '../../src/settings/schema.ts';

export async function nodeIdentity(stack: StackDescription, as: 'guest' | 'user') {
  const settings = stack.settings as Settings;
  let user: SignedIn | undefined;
  if (as === 'user') {
    const account = throwawayUser(`node-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`)!;
    const tokens = await signInUser(stack, account);
    const binding = {
      identityPoolId: settings.identityPoolId,
      region: settings.region,
      issuer: stack.idp.issuer,
      clientId: 'node',
      tokenEndpoint: `${stack.idp.issuer}/token`,
      loginKey: stack.idp.loginKey,
    };
    user = { binding, subject: account.sub, idToken: tokens.id_token, idTokenExpiresAt: Date.now() + 3_000_000 };
  }
  const broker = createCredentialBroker({
    loadSettings: async () => settings,
    currentUser: async () => user,
    freshUser: async (_settings, current) => current,
    credentials: memoryStorage().record('credentials'),
    identityIds: memoryKeyValue(),
    now: () => Date.now(),
  });
  const s3 = createS3Context(async () => settings, broker);
  const { identityId } = await broker.get();
  return { broker, s3, identityId };
}
