/**
 * AWS credentials for the current user from the identity pool, via the SDK's
 * `fromCognitoIdentityPool`. Invariants:
 * - credentials live in `storage.session`, so a restarted worker serves them with zero Cognito
 *   calls while more than REFRESH_MARGIN_MS remain;
 * - concurrent callers share one in-flight fetch (single flight);
 * - a first sign-in costs one GetCredentialsForIdentity: on the guest's identity, with the login
 *   (Cognito links it, or merges it into the user's identity and says which).
 */
import { t } from '../../src/i18n/t.ts';
import { fromCognitoIdentityPool } from '@aws-sdk/credential-provider-cognito-identity';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { Settings } from '../../src/settings/schema.ts';
import type { SignedIn, StoredCredentials } from '../../src/storage/identity-records.ts';
import { GUEST_USER } from '../../src/storage/databases.ts';
import type { KeyValue } from '../storage/key-value.ts';
import type { StoredRecord } from '../../src/storage/records.ts';
import { credentialsForIdentity, type IssuedCredentials } from './cognito-calls.ts';
import { cognitoError } from './cognito-errors.ts';
import { identityIdKey, providerCache } from './identity-ids.ts';

/** Renew when less than this remains: the SDK's own margin, so S3 clients never refresh on their own. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

export interface BrokerDependencies {
  loadSettings(): Promise<Settings | undefined>;
  /** The signed-in user as stored (the id_token may be stale), or undefined for a guest. */
  currentUser(settings: Settings): Promise<SignedIn | undefined>;
  /** The same user with an id_token fit to show Cognito (refreshed if needed); undefined if the session ended. */
  freshUser(settings: Settings, user: SignedIn): Promise<SignedIn | undefined>;
  credentials: StoredRecord<StoredCredentials>;
  identityIds: KeyValue;
  now(): number;
  /** Called with each new set, e.g. to schedule the refresh alarm. */
  onIssued?(credentials: StoredCredentials): void;
}

export interface CredentialBroker {
  get(options?: { forceRefresh?: boolean }): Promise<StoredCredentials>;
  /** Forget in-flight work after sign-in or sign-out, so nobody gets the previous user's credentials. */
  reset(): void;
  /**
   * Settings were saved: in-flight work for another pool or Cognito service is forgotten; work
   * for the same ones goes on (asking again would repeat its Cognito calls).
   */
  settingsChanged(next: Settings): void;
  /**
   * The stored credentials if they are the current user's for the current settings, even when
   * due for renewal, from storage alone (never the network): enough to say who is looking, not
   * to sign a request.
   */
  stored(): Promise<StoredCredentials | undefined>;
}

/** Which Cognito service credentials come from: settings naming another get none of these. */
const cognitoServiceOf = (settings: Settings) => `${settings.region} ${settings.cognitoEndpoint ?? 'aws'}`;
/** What credentials depend on in the settings. */
const credentialSettingsOf = (settings: Settings) => `${settings.identityPoolId} ${cognitoServiceOf(settings)} ${settings.allowGuests}`;

export function userKey(user: SignedIn | undefined): string {
  return user ? `user:${user.binding.loginKey}#${user.subject}` : GUEST_USER;
}

/** Whether `stored` are the credentials of `user` under `settings` (whatever their expiry). */
const belongs = (stored: StoredCredentials | undefined, settings: Settings, user: SignedIn | undefined): stored is StoredCredentials =>
  stored !== undefined &&
  stored.user === userKey(user) &&
  stored.identityPoolId === settings.identityPoolId &&
  stored.cognitoService === cognitoServiceOf(settings);

export function createCredentialBroker(deps: BrokerDependencies): CredentialBroker {
  /** `settings`: what the fetch uses, once it has read them. */
  let inFlight: { generation: number; promise: Promise<StoredCredentials>; settings(): string | undefined } | undefined;
  let generation = 0;

  async function resolve(forceRefresh: boolean, using: (settings: Settings) => void): Promise<StoredCredentials> {
    const settings = await deps.loadSettings();
    if (settings === undefined) throw new ToteError(ErrorCode.NotConfigured, t('errorNotConfigured'));
    using(settings);
    let user = await deps.currentUser(settings);
    const stored = await deps.credentials.get();
    if (!forceRefresh && belongs(stored, settings, user) && stored.expiration - deps.now() > REFRESH_MARGIN_MS) return stored;
    // Cognito checks the id_token only here, so only here must it be fresh.
    if (user) user = await deps.freshUser(settings, user);
    if (user === undefined && !settings.allowGuests) throw new ToteError(ErrorCode.SignInRequired, t('errorSignInRequired'));
    const fresh = await fetchCredentials(settings, user, userKey(user));
    await deps.credentials.set(fresh);
    deps.onIssued?.(fresh);
    return fresh;
  }

  async function fetchCredentials(settings: Settings, user: SignedIn | undefined, whose: string): Promise<StoredCredentials> {
    const pool = settings.identityPoolId;
    const context = { identityPoolId: pool, ...(user ? { loginKey: user.binding.loginKey } : {}) };
    const logins = user ? { [user.binding.loginKey]: user.idToken } : undefined;
    const linked = logins ? await linkGuest(settings, whose, logins).catch((error: unknown) => Promise.reject(cognitoError(error, context))) : undefined;
    const issued = linked ?? (await viaProvider(settings, logins, whose, context));
    if (issued.expiration === undefined) throw new ToteError(ErrorCode.CognitoUnavailable, t('errorCognitoNoExpiration'));
    return {
      identityPoolId: pool,
      cognitoService: cognitoServiceOf(settings),
      user: whose,
      identityId: issued.identityId,
      accessKeyId: issued.accessKeyId,
      secretAccessKey: issued.secretAccessKey,
      ...(issued.sessionToken ? { sessionToken: issued.sessionToken } : {}),
      expiration: issued.expiration.getTime(),
    };
  }

  /** The SDK's provider, with the identity id kept per (pool, user) in `identityIds`. */
  async function viaProvider(
    settings: Settings,
    logins: Record<string, string> | undefined,
    whose: string,
    context: Parameters<typeof cognitoError>[1],
  ): Promise<IssuedCredentials> {
    const attempt = () =>
      fromCognitoIdentityPool({
        clientConfig: { region: settings.region, ...(settings.cognitoEndpoint ? { endpoint: settings.cognitoEndpoint } : {}) },
        identityPoolId: settings.identityPoolId,
        ...(logins ? { logins } : {}),
        userIdentifier: whose,
        cache: providerCache(deps.identityIds, settings.identityPoolId, whose),
      })();
    const key = identityIdKey(settings.identityPoolId, whose);
    const used = await deps.identityIds.get(key);
    try {
      return await attempt();
    } catch (error) {
      if (!isRetryable(error)) throw cognitoError(error, context);
      // A stale identity id (the identity was deleted, or merged away elsewhere): forget it —
      // unless another request stored a newer one meanwhile — and ask Cognito again with GetId.
      if (used !== undefined && (await deps.identityIds.get(key)) === used) await deps.identityIds.remove(key);
      return attempt().catch((again: unknown) => Promise.reject(cognitoError(again, context)));
    }
  }

  /**
   * A first sign-in on this browser: one GetCredentialsForIdentity on the guest's identity with the
   * login. Cognito links the guest identity to the user, or — where the user already has an
   * identity (signed in elsewhere) — merges the guest into it and answers that id; either way it
   * is no longer the guest's. Undefined (the caller asks with GetId) where there is no guest
   * identity, the user already has one here, or Cognito refuses the link (the guest keeps its id:
   * a sign-in that fails altogether must not cost the guest its identity).
   */
  async function linkGuest(settings: Settings, whose: string, logins: Record<string, string>): Promise<IssuedCredentials | undefined> {
    const pool = settings.identityPoolId;
    if ((await deps.identityIds.get(identityIdKey(pool, whose))) !== undefined) return undefined;
    const guestId = await deps.identityIds.get(identityIdKey(pool, GUEST_USER));
    if (guestId === undefined) return undefined;
    let issued: IssuedCredentials;
    try {
      issued = await credentialsForIdentity(settings, guestId, logins);
    } catch (error) {
      if (isRetryable(error)) return undefined;
      throw error;
    }
    await deps.identityIds.remove(identityIdKey(pool, GUEST_USER));
    await deps.identityIds.set(identityIdKey(pool, whose), issued.identityId);
    return issued;
  }

  function reset(): void {
    generation++;
    inFlight = undefined;
  }

  return {
    get({ forceRefresh = false } = {}) {
      if (inFlight?.generation === generation && !forceRefresh) return inFlight.promise;
      let settings: string | undefined;
      const current = {
        generation,
        promise: resolve(forceRefresh, (used) => {
          settings = credentialSettingsOf(used);
        }),
        settings: () => settings,
      };
      inFlight = current;
      const clear = () => {
        if (inFlight === current) inFlight = undefined;
      };
      current.promise.then(clear, clear);
      return current.promise;
    },
    reset,
    settingsChanged(next) {
      if (inFlight === undefined || inFlight.settings() !== credentialSettingsOf(next)) reset();
    },
    async stored() {
      const settings = await deps.loadSettings();
      if (settings === undefined) return undefined;
      const [user, stored] = await Promise.all([deps.currentUser(settings), deps.credentials.get()]);
      return belongs(stored, settings, user) ? stored : undefined;
    },
  };
}

function isRetryable(error: unknown): boolean {
  const name = (error as { name?: string }).name;
  const message = (error as { message?: string }).message ?? '';
  if (name === 'ResourceNotFoundException') return true;
  // Unauthenticated access refused is final; other NotAuthorized answers may be a stale link.
  return name === 'NotAuthorizedException' && !/unauthenticated access is not supported/i.test(message);
}
