/** Step: the identity pool exists where the settings say (GetId), and allows guests as they say. */
import { cognitoWhere, getId } from './cognito.ts';
import { describeError, failed, ok, type Step } from './step.ts';
import { isNetworkFailure } from '../network-failure.ts';

export const getIdStep: Step = {
  id: 'getId',
  title: 'Identity pool (GetId)',
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
        if (!settings.allowGuests) return ok(`The identity pool ${settings.identityPoolId} exists and, as set here, admits signed-in users only.`);
        return failed(
          `The identity pool ${settings.identityPoolId} exists but refuses guests.`,
          'Turn guest access off here, or enable unauthenticated (guest) access in the identity pool.',
        );
      }
      if (name === 'ResourceNotFoundException') {
        return failed(
          `${where} does not know the identity pool ${settings.identityPoolId} (${message}).`,
          "Check the identity pool id — copy it from the Cognito console — and that the region matches the pool's.",
        );
      }
      if (isNetworkFailure(error)) {
        if (settings.cognitoEndpoint === undefined) return failed(`${where} gave no answer Tote could read.`, 'Check your network and the region.');
        return failed(
          `${where} gave no answer Tote could read: it is down, or it does not answer CORS for this extension.`,
          'Check the Cognito endpoint URL and that it is running; if it is, let it answer CORS for this extension.',
          { needsAccessTo: new URL(settings.cognitoEndpoint).origin },
        );
      }
      return failed(`${where} refused GetId (${name}: ${message}).`, 'Check the identity pool id and region.');
    }
    return ok(
      settings.allowGuests
        ? `The identity pool ${settings.identityPoolId} answered GetId with a guest identity.`
        : `The identity pool ${settings.identityPoolId} exists; it also allows guests, though guest access is off here.`,
    );
  },
};
