/** Step: the identity pool exists where the settings say (GetId), and allows guests as they say. */
import { t } from '../../src/i18n/t.ts';
import { cognitoWhere, getId } from './cognito.ts';
import { describeError, failed, ok, type Step } from './step.ts';
import { isNetworkFailure } from '../network-failure.ts';

export const getIdStep: Step = {
  id: 'getId',
  title: t('diagnosticsGetIdTitle'),
  dependsOn: [],
  async run(state) {
    const { settings } = state;
    const where = cognitoWhere(settings);
    try {
      state.identityId = await getId(settings);
    } catch (error) {
      const { name, message } = describeError(error);
      if (name === 'NotAuthorizedException' && /unauthenticated access is not supported/i.test(message)) {
        // The pool exists: only its guest setting differs.
        if (!settings.allowGuests) return ok(t('diagnosticsGetIdSignedInOnly', settings.identityPoolId));
        return failed(t('diagnosticsGetIdRefusesGuests', settings.identityPoolId), t('diagnosticsGetIdRefusesGuestsFix'));
      }
      if (name === 'ResourceNotFoundException') {
        return failed(t('diagnosticsGetIdUnknownPool', where, settings.identityPoolId, message), t('diagnosticsGetIdUnknownPoolFix'));
      }
      if (isNetworkFailure(error)) {
        if (settings.cognitoEndpoint === undefined) return failed(t('diagnosticsGetIdUnreadable', where), t('diagnosticsGetIdUnreadableFix'));
        return failed(t('diagnosticsGetIdEndpointUnreadable', where), t('diagnosticsGetIdEndpointUnreadableFix'), {
          needsAccessTo: new URL(settings.cognitoEndpoint).origin,
        });
      }
      return failed(t('diagnosticsGetIdRefused', where, name, message), t('diagnosticsGetIdRefusedFix'));
    }
    return ok(settings.allowGuests ? t('diagnosticsGetIdGuest', settings.identityPoolId) : t('diagnosticsGetIdGuestsUnused', settings.identityPoolId));
  },
};
