/** Step: the pool's guest role gives credentials (GetCredentialsForIdentity without logins). */
import { t } from '../../src/i18n/t.ts';
import { cognitoWhere, getCredentials } from './cognito.ts';
import { describeError, failed, ok, skipped, type Step } from './step.ts';

export const guestCredentialsStep: Step = {
  id: 'guestCredentials',
  title: t('diagnosticsGuestTitle'),
  dependsOn: ['getId'],
  async run(state) {
    const { settings, identityId } = state;
    if (!settings.allowGuests) return skipped(t('diagnosticsGuestOff'));
    if (identityId === undefined) return skipped(t('diagnosticsGuestNoIdentity'));
    try {
      const credentials = await getCredentials(settings, identityId);
      state.credentials = { ...credentials, identityId, as: 'guest' };
    } catch (error) {
      const { name, message } = describeError(error);
      return failed(t('diagnosticsGuestRefused', cognitoWhere(settings), name, message), t('diagnosticsGuestRefusedFix'));
    }
    return ok(t('diagnosticsGuestOk'));
  },
};
