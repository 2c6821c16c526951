/** Builds the identity services from the browser's storage and the settings. */
import { browser } from '../../src/browser.ts';
import type { Settings } from '../../src/settings/schema.ts';
import { broadcast } from '../events.ts';
import { indexedDbKeyValue } from '../storage/key-value.ts';
import { createAuthService } from './auth-service.ts';
import { createAuthSession } from './auth-session.ts';
import { identityProvider } from './authorization-server.ts';
import { createCredentialBroker } from './credential-broker.ts';
import { CredentialsSchema, NoticeSchema, sessionRecord, SignedInSchema } from './records.ts';
import { scheduleRefresh } from './refresh-alarm.ts';
import { browserWebAuthFlow } from './web-auth-flow.ts';

export function createIdentity(loadSettings: () => Promise<Settings | undefined>) {
  const area = browser.storage.session;
  const auth = sessionRecord(area, 'auth', SignedInSchema);
  const notice = sessionRecord(area, 'authNotice', NoticeSchema);
  const credentials = sessionRecord(area, 'credentials', CredentialsSchema);
  const now = () => Date.now();
  const session = createAuthSession({ auth, notice, credentials, identityProvider, now, onEnded: () => broadcast('auth.changed') });
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
    loadSettings, session, broker, auth, notice, credentials, identityProvider, flow: browserWebAuthFlow, now,
    promptLogin: {
      get: async () => (await browser.storage.local.get('promptLogin')).promptLogin === true,
      set: (value) => (value ? browser.storage.local.set({ promptLogin: true }) : browser.storage.local.remove('promptLogin')),
    },
    changed: () => broadcast('auth.changed'),
  });
  return { broker, service };
}
