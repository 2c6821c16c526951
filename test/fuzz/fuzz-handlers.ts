/**
 * Tote's real handler table (background/handlers/table.ts) for the router fuzz, with the real S3,
 * bridge, consent, settings and Test connection code over fakes that hold the secrets of
 * secrets.ts: a credential broker with AWS keys, an auth service with tokens (whose failures carry
 * them), a transfer manager whose errors carry them, and the hostile stand-in AWS of fake-aws.ts.
 */
import { memoryDatabase } from '../../src/storage/database.ts';
import { memoryStorage } from '../fakes/storage.ts';
import { currentViewer, listingCache } from '../../background/s3/listing-cache.ts';
import type { Tabs } from '../../src/browser.ts';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { AuthStatus } from '../../src/messaging/protocol.ts';
import type { Settings } from '../../src/settings/schema.ts';
import { consentBackoff } from '../../background/bridge/consent-backoff.ts';
import { recordOutcome } from '../../background/bridge/consent-outcome.ts';
import { consentPrompt } from '../../background/bridge/consent-prompt.ts';
import { consentStore } from '../../background/bridge/consent-store.ts';
import { pageHandlers } from '../../background/handlers/page.ts';
import { createHandlers } from '../../background/handlers/table.ts';
import type { AuthService } from '../../background/identity/auth-service.ts';
import type { CredentialBroker } from '../../background/identity/credential-broker.ts';
import type { Handlers } from '../../background/router.ts';
import { createS3Context } from '../../background/s3/s3-context.ts';
import { memoryKeyValue } from '../../background/storage/key-value.ts';
import type { TransferManager } from '../../background/transfers/transfer-manager.ts';
import { FAKE_IDENTITY_ID } from './fake-aws.ts';
import { SECRETS } from './secrets.ts';

/** A listed origin the user allows, one the user denies, and one that is listed but never answered. */
export const LISTED = 'https://app.example';
export const DENIED = 'https://denied.example';
export const UNANSWERED = 'https://unanswered.example';

export function fuzzSettings(endpoint: string): Settings {
  return {
    version: 1,
    region: 'us-east-1',
    identityPoolId: 'us-east-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0',
    bucket: 'fuzz-bucket',
    allowGuests: true,
    s3: { endpoint, forcePathStyle: true },
    cognitoEndpoint: endpoint,
    contentScopes: [
      { origin: LISTED, prefix: 'private/${identityId}/app/', allow: ['list', 'put', 'get'] },
      { origin: DENIED, prefix: 'public/', allow: ['list'] },
      { origin: UNANSWERED, prefix: 'public/', allow: ['list', 'get'] },
    ],
  };
}

const stored = () => ({
  identityPoolId: 'us-east-1:7f6d5c4b-3a29-4818-a7b6-c5d4e3f2a1b0',
  cognitoService: 'us-east-1 aws',
  user: 'user:idp.example#alice',
  identityId: FAKE_IDENTITY_ID,
  accessKeyId: SECRETS.accessKeyId,
  secretAccessKey: SECRETS.secretAccessKey,
  sessionToken: SECRETS.sessionToken,
  expiration: Date.now() + 3_600_000,
});
const broker: CredentialBroker = {
  get: async () => stored(),
  // Stored credentials too, so s3.list fills a real (in-memory) listing cache.
  stored: async () => stored(),
  reset: () => undefined,
  settingsChanged: () => undefined,
};

/** Holds the user's tokens; its sign-in and sign-out fail the way a careless library would: with the token in the error. */
function authService(): AuthService {
  const held = { idToken: SECRETS.idToken, refreshToken: SECRETS.refreshToken };
  const status: AuthStatus = {
    state: 'signed-in',
    canSignIn: true,
    user: { subject: 'alice', email: 'alice@example.com' },
    identityId: FAKE_IDENTITY_ID,
    credentialsExpireAt: Date.now() + 3_600_000,
    staySignedIn: true,
  };
  return {
    status: async () => status,
    signIn: async () => {
      throw new Error(`token endpoint refused refresh_token=${held.refreshToken}`);
    },
    signOut: async () => {
      throw new ToteError(ErrorCode.IdpUnreachable, 'The identity provider could not be reached to sign out.', { cause: { idToken: held.idToken } });
    },
    beforeSettingsChange: async () => {
      throw new Error(`could not end the session of id_token=${held.idToken}`);
    },
    setStaySignedIn: async () => {
      throw new Error(`could not keep the session of refresh_token=${held.refreshToken}`);
    },
  } as AuthService;
}

/** Uploads fail with the session token in the error, as an SDK error's request dump might. */
function transferManager(): TransferManager {
  const missing = () => Promise.reject(new ToteError(ErrorCode.NotFound, 'No such upload.', { cause: { sessionToken: SECRETS.sessionToken } }));
  return {
    start: async () => {
      throw new Error(`x-amz-security-token: ${SECRETS.sessionToken}`);
    },
    list: async () => [],
    cancel: missing,
    retry: missing,
    clearFinished: async () => undefined,
  } as unknown as TransferManager;
}

export function fuzzHandlers(endpoint: string): Handlers {
  const settings = fuzzSettings(endpoint);
  const loadSettings = async () => settings;
  const s3 = createS3Context(loadSettings, broker);
  const scopes = async () => settings.contentScopes ?? [];
  // The consent window answers at once: allow for LISTED, deny for DENIED, closed unanswered otherwise.
  const consents = consentStore(memoryKeyValue());
  const backoff = consentBackoff(memoryKeyValue());
  const prompt = consentPrompt(
    {
      open: async (question) => {
        const { id, origin } = question;
        setTimeout(() => (origin === LISTED || origin === DENIED ? void prompt.answer(id, origin === LISTED ? 'allow' : 'deny') : prompt.windowClosed(7)), 0);
        return 7;
      },
      close: async () => undefined,
    },
    recordOutcome(consents, backoff),
  );
  return createHandlers({
    instance: { id: 'fuzz-instance', startedAt: 0 },
    status: { version: '0.0.0-fuzz', browser: 'chrome', development: true, loadSettings },
    auth: authService(),
    settings: { view: async () => ({ settings, defaults: false }), save: async () => undefined, inTurn: (change) => change() },
    s3,
    listings: listingCache(memoryDatabase('tote-listings')('pages'), memoryStorage().record('listingViewer'), currentViewer(loadSettings, broker)),
    transfers: transferManager(),
    badge: { seen: async () => undefined },
    diagnostics: { signedInToken: async () => SECRETS.idToken, preflight: async () => 'allowed', origin: 'chrome-extension://fuzz' },
    page: pageHandlers({ s3, scopes, consents, backoff, prompt, tabInFront: async () => true, settings: loadSettings }),
    menuClicked: async (_info: unknown, tab: Tabs.Tab | undefined) => (tab ? 'private/x/inbox/page.html' : undefined),
    commanded: async () => undefined,
    notifications: { recent: () => [], clicked: () => undefined },
  });
}
