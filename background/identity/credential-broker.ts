/**
 * AWS credentials for the current user from the identity pool, via the SDK's
 * `fromCognitoIdentityPool`. Invariants:
 * - credentials live in `storage.session`, so a restarted worker serves them with zero Cognito
 *   calls while more than REFRESH_MARGIN_MS remain;
 * - concurrent callers share one in-flight fetch (single flight);
 * - a sign-in links the guest's identity (same identity id) when the user has none yet.
 */
import { fromCognitoIdentityPool } from '@aws-sdk/credential-provider-cognito-identity';
import { ErrorCode, ToteError } from '../../src/messaging/errors.ts';
import type { Settings } from '../../src/settings/schema.ts';
import type { SignedIn, StoredCredentials } from '../../src/storage/identity-records.ts';
import { GUEST_USER } from '../../src/storage/keys.ts';
import type { KeyValue } from '../storage/key-value.ts';
import type { StoredRecord } from '../storage/records.ts';
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
}

/** Which Cognito service credentials come from: settings naming another get none of these. */
const cognitoServiceOf = (settings: Settings) => `${settings.region} ${settings.cognitoEndpoint ?? 'aws'}`;

export function userKey(user: SignedIn | undefined): string {
  return user ? `user:${user.binding.loginKey}#${user.subject}` : GUEST_USER;
}

export function createCredentialBroker(deps: BrokerDependencies): CredentialBroker {
  let inFlight: { generation: number; promise: Promise<StoredCredentials> } | undefined;
  let generation = 0;

  async function resolve(forceRefresh: boolean): Promise<StoredCredentials> {
    const settings = await deps.loadSettings();
    if (settings === undefined) throw new ToteError(ErrorCode.NotConfigured, 'Tote is not connected to an identity pool and bucket yet. Open Tote\'s options to set it up.');
    let user = await deps.currentUser(settings);
    const stored = await deps.credentials.get();
    if (!forceRefresh && stored && stored.scope === userKey(user) && stored.identityPoolId === settings.identityPoolId && stored.cognitoService === cognitoServiceOf(settings) && stored.expiration - deps.now() > REFRESH_MARGIN_MS) {
      return stored;
    }
    // Cognito checks the id_token only here, so only here must it be fresh.
    if (user) user = await deps.freshUser(settings, user);
    if (user === undefined && !settings.allowGuests) throw new ToteError(ErrorCode.SignInRequired, 'This Tote is set up for signed-in users only. Sign in to continue.');
    const fresh = await fetchCredentials(settings, user, userKey(user));
    await deps.credentials.set(fresh);
    deps.onIssued?.(fresh);
    return fresh;
  }

  async function fetchCredentials(settings: Settings, user: SignedIn | undefined, scope: string): Promise<StoredCredentials> {
    const pool = settings.identityPoolId;
    const logins = user ? { [user.binding.loginKey]: user.idToken } : undefined;
    const guestId = user ? await deps.identityIds.get(identityIdKey(pool, GUEST_USER)) : undefined;
    const attempt = (seed: string | undefined) =>
      fromCognitoIdentityPool({
        clientConfig: { region: settings.region, ...(settings.cognitoEndpoint ? { endpoint: settings.cognitoEndpoint } : {}) },
        identityPoolId: pool,
        ...(logins ? { logins } : {}),
        userIdentifier: scope,
        cache: providerCache(deps.identityIds, pool, scope, seed),
      })();
    let issued;
    try {
      issued = await attempt(guestId);
    } catch (error) {
      // A stale or foreign identity id (the sign-in belongs to another identity, the identity was
      // deleted): the SDK dropped it from the cache; one more try asks Cognito with GetId.
      if (!isRetryable(error)) throw cognitoError(error, { identityPoolId: pool, ...(user ? { loginKey: user.binding.loginKey } : {}) });
      try {
        issued = await attempt(undefined);
      } catch (again) {
        throw cognitoError(again, { identityPoolId: pool, ...(user ? { loginKey: user.binding.loginKey } : {}) });
      }
    }
    if (user && guestId !== undefined && issued.identityId === guestId) {
      // The guest identity is linked now, or — if this user already had an identity — merged into
      // it. The SDK labels the credentials with the id it asked for, not the one Cognito answered,
      // so ask again without the guest's id: GetId with the login returns the identity it is on.
      await deps.identityIds.remove(identityIdKey(pool, GUEST_USER));
      try {
        issued = await attempt(undefined);
      } catch (error) {
        throw cognitoError(error, { identityPoolId: pool, loginKey: user.binding.loginKey });
      }
    }
    if (issued.expiration === undefined) throw new ToteError(ErrorCode.CognitoUnavailable, 'Amazon Cognito returned credentials without an expiration.');
    return {
      identityPoolId: pool,
      cognitoService: cognitoServiceOf(settings),
      scope,
      identityId: issued.identityId,
      accessKeyId: issued.accessKeyId,
      secretAccessKey: issued.secretAccessKey,
      ...(issued.sessionToken ? { sessionToken: issued.sessionToken } : {}),
      expiration: issued.expiration.getTime(),
    };
  }

  return {
    get({ forceRefresh = false } = {}) {
      if (inFlight?.generation === generation && !forceRefresh) return inFlight.promise;
      const current = { generation, promise: resolve(forceRefresh) };
      inFlight = current;
      const clear = () => {
        if (inFlight === current) inFlight = undefined;
      };
      current.promise.then(clear, clear);
      return current.promise;
    },
    reset() {
      generation++;
      inFlight = undefined;
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
