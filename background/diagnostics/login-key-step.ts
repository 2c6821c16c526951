/**
 * Step: the identity pool accepts the provider's tokens under the login key Tote sends. With a
 * signed-in user's id_token (from this provider) it is the real check; without one, a probe token
 * tells whether the pool has a provider under that key. When guests are off, a signed-in check
 * also gives the user's credentials for the bucket step.
 */
import { t } from '../../src/i18n/t.ts';
import { cognitoWhere, getCredentials, getId } from './cognito.ts';
import { classifyLoginRefusal, loginKeyOf, probeToken } from './login-key.ts';
import { describeError, failed, ok, skipped, type Outcome, type Step } from './step.ts';

export const loginKeyStep: Step = {
  id: 'loginKey',
  title: t('diagnosticsLoginKeyTitle'),
  dependsOn: ['getId'],
  async run(state, deps) {
    const { settings } = state;
    const provider = settings.provider;
    if (provider === undefined) return skipped(t('diagnosticsLoginKeyNoProvider'));
    const key = loginKeyOf(provider);
    const token = await deps.signedInToken(settings);
    const mismatch = (message: string): Outcome =>
      failed(
        t('diagnosticsLoginKeyMismatch', settings.identityPoolId, key, message),
        t(provider.type === 'oidc' ? 'diagnosticsLoginKeyMismatchIssuerFix' : 'diagnosticsLoginKeyMismatchUserPoolFix', key, provider.clientId),
      );
    if (token === undefined) {
      try {
        await getId(settings, { [key]: probeToken(provider, Math.floor(Date.now() / 1000)) });
      } catch (error) {
        const { name, message } = describeError(error);
        if (name === 'NotAuthorizedException' && classifyLoginRefusal(message) === 'unknown-provider') return mismatch(message);
        if (name === 'NotAuthorizedException') return ok(t('diagnosticsLoginKeyKnown', key));
        return failed(t('diagnosticsLoginKeyCheckFailed', cognitoWhere(settings), name, message), t('diagnosticsLoginKeyCheckFailedFix'));
      }
      return failed(t('diagnosticsLoginKeyUnverified', key), t('diagnosticsLoginKeyUnverifiedFix'));
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
        return failed(t('diagnosticsLoginKeyWrongAudience', message), t('diagnosticsLoginKeyWrongAudienceFix', provider.clientId, key));
      }
      return failed(t('diagnosticsLoginKeyRefused', name, message), t('diagnosticsLoginKeyRefusedFix'));
    }
    return ok(t('diagnosticsLoginKeyOk', key));
  },
};
