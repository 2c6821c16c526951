/** Step: the pool's guest role gives credentials (GetCredentialsForIdentity without logins). */
import { cognitoWhere, getCredentials } from './cognito.ts';
import { describeError, failed, ok, skipped, type Step } from './step.ts';

export const guestCredentialsStep: Step = {
  id: 'guestCredentials',
  title: 'Guest credentials',
  dependsOn: ['getId'],
  async run(state) {
    const { settings, identityId } = state;
    if (!settings.allowGuests) return skipped('Not applicable: guest access is off in these settings.');
    if (identityId === undefined) return skipped('Not applicable: no guest identity.');
    try {
      const credentials = await getCredentials(settings, identityId);
      state.credentials = { ...credentials, identityId, as: 'guest' };
    } catch (error) {
      const { name, message } = describeError(error);
      return failed(
        `${cognitoWhere(settings)} gave no guest credentials (${name}: ${message}).`,
        'Give the identity pool an unauthenticated (guest) role whose trust policy allows cognito-identity.amazonaws.com for this pool.',
      );
    }
    return ok('The guest role gave temporary AWS credentials.');
  },
};
