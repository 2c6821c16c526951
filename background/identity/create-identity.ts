/** Builds the identity services from the storage registry's records and the settings. */
import type { Settings } from '../../src/settings/schema.ts';
import { broadcast } from '../events.ts';
import { record, wipeForSignOut } from '../storage/extension-storage.ts';
import { sealedRecord } from '../storage/sealed-record.ts';
import { SignedInSchema } from '../../src/storage/identity-records.ts';
import { indexedDbKeyValue } from '../storage/key-value.ts';
import { createAuthService } from './auth-service.ts';
import { createAuthSession } from './auth-session.ts';
import { identityProvider } from './authorization-server.ts';
import { createCredentialBroker } from './credential-broker.ts';
import { keptSession } from './kept-session.ts';
import { scheduleRefresh } from './refresh-alarm.ts';
import { announcingUserChange } from './user-change.ts';
import { browserWebAuthFlow } from './web-auth-flow.ts';

export function createIdentity(
  loadSettings: () => Promise<Settings | undefined>,
  cancelUserWork: () => Promise<void>,
  sessionExpired: (reason: string) => void = () => undefined,
  /** Before the signed-in user changes (sign-in, sign-out, expiry): what was kept for the previous one stops being shown. */
  userChanging: () => Promise<void> = async () => undefined,
) {
  const kept = keptSession({
    working: record('auth'),
    kept: sealedRecord({ schema: SignedInSchema, sealed: record('keptSession'), key: record('sessionKey'), purpose: 'kept session' }),
    choice: record('staySignedIn'),
  });
  const auth = announcingUserChange(kept.auth, userChanging);
  const notice = record('authNotice');
  const credentials = record('credentials');
  const promptLogin = record('promptLogin');
  const now = () => Date.now();
  const session = createAuthSession({
    auth,
    notice,
    credentials,
    identityProvider,
    flow: browserWebAuthFlow,
    now,
    onEnded: (reason) => {
      broadcast('auth.changed');
      sessionExpired(reason);
    },
  });
  const broker = createCredentialBroker({
    loadSettings,
    currentUser: session.current,
    freshUser: session.fresh,
    credentials,
    identityIds: indexedDbKeyValue('tote-identity-ids'),
    now,
    onIssued: (issued) => scheduleRefresh(issued, now()),
  });
  const service = createAuthService({
    loadSettings,
    session,
    broker,
    auth,
    notice,
    credentials,
    identityProvider,
    flow: browserWebAuthFlow,
    now,
    kept,
    promptLogin: {
      get: async () => (await promptLogin.get()) === true,
      set: (value) => (value ? promptLogin.set(true) : promptLogin.remove()),
    },
    cancelUserWork,
    wipe: wipeForSignOut,
    changed: () => broadcast('auth.changed'),
  });
  return { broker, service, auth };
}
