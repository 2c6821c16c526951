/**
 * Step: the identity pool accepts the provider's tokens under the login key Tote sends. With a
 * signed-in user's id_token (from this provider) it is the real check; without one, a probe token
 * tells whether the pool has a provider under that key. When guests are off, a signed-in check
 * also gives the user's credentials for the bucket step.
 */
import { cognitoWhere, getCredentials, getId } from './cognito.ts';
import { classifyLoginRefusal, loginKeyOf, probeToken } from './login-key.ts';
import { describeError, failed, ok, skipped, type Outcome, type Step } from './step.ts';

export const loginKeyStep: Step = {
  id: 'loginKey',
  title: 'Login key',
  dependsOn: ['getId'],
  async run(state, deps) {
    const { settings } = state;
    const provider = settings.provider;
    if (provider === undefined) return skipped('Not applicable: no identity provider is set.');
    const key = loginKeyOf(provider);
    const token = await deps.signedInToken(settings);
    const mismatch = (message: string): Outcome =>
      failed(
        `The identity pool ${settings.identityPoolId} does not accept tokens under the login key "${key}" (${message}).`,
        `In the identity pool, add the identity provider "${key}" with the client id "${provider.clientId}" — or correct the ${provider.type === 'oidc' ? 'issuer' : 'user pool id'} here to the provider the pool has.`,
      );
    if (token === undefined) {
      try {
        await getId(settings, { [key]: probeToken(provider, Math.floor(Date.now() / 1000)) });
      } catch (error) {
        const { name, message } = describeError(error);
        if (name === 'NotAuthorizedException' && classifyLoginRefusal(message) === 'unknown-provider') return mismatch(message);
        if (name === 'NotAuthorizedException')
          return ok(`The identity pool has a provider under the login key "${key}". Sign in and test again to check the client id too.`);
        return failed(
          `${cognitoWhere(settings)} did not answer the login check (${name}: ${message}).`,
          'Try again; check the Cognito endpoint if it keeps failing.',
        );
      }
      return failed(
        `The identity pool accepted a token nobody signed under "${key}".`,
        "This pool does not verify its provider's tokens: check its configuration.",
      );
    }
    const logins = { [key]: token };
    try {
      const identityId = await getId(settings, logins);
      if (state.credentials === undefined) state.credentials = { ...(await getCredentials(settings, identityId, logins)), identityId, as: 'user' };
    } catch (error) {
      const { name, message } = describeError(error);
      const refusal = name === 'NotAuthorizedException' ? classifyLoginRefusal(message) : undefined;
      if (refusal === 'unknown-provider') return mismatch(message);
      if (refusal === 'wrong-audience') {
        return failed(
          `The identity pool refused your sign-in token's audience (${message}).`,
          `Add the client id "${provider.clientId}" to the pool's "${key}" provider, or use the client id the pool has.`,
        );
      }
      return failed(`The identity pool refused your sign-in (${name}: ${message}).`, 'Sign out and in again, then test again.');
    }
    return ok(`The identity pool accepted your sign-in under the login key "${key}".`);
  },
};
