/**
 * Stack outputs that together are a Tote settings file (src/settings/schema.ts): `Settings`
 * holds the whole file as JSON, the others hold its fields one by one for people who fill the
 * options page by hand.
 */
import { CfnOutput, Fn, type Stack, type CfnCondition } from 'aws-cdk-lib';
import type { Settings } from '../src/settings/schema.ts';

export interface SettingsOutputProps {
  identityPoolId: string;
  bucketName: string;
  guestsAllowed: CfnCondition;
  domainUrl: string;
  clientId: string;
  userPoolId: string;
  scopes: string[];
}

/** The settings file for one value of `allowGuests`; the other fields are deploy-time tokens. */
function settingsFor(stack: Stack, props: SettingsOutputProps, allowGuests: boolean): Settings {
  return {
    version: 1,
    region: stack.region,
    identityPoolId: props.identityPoolId,
    bucket: props.bucketName,
    allowGuests,
    provider: {
      type: 'cognito-user-pool',
      domain: props.domainUrl,
      clientId: props.clientId,
      userPoolId: props.userPoolId,
      scopes: props.scopes,
    },
  };
}

export function addSettingsOutputs(stack: Stack, props: SettingsOutputProps): void {
  const guests = props.guestsAllowed.logicalId;
  // `toJsonString` writes every token as a quoted string, which would turn the boolean
  // `allowGuests` into "true". Rendering the whole file once per value keeps it a real boolean.
  const settingsJson = Fn.conditionIf(
    guests,
    stack.toJsonString(settingsFor(stack, props, true)),
    stack.toJsonString(settingsFor(stack, props, false)),
  ).toString();
  const outputs: Record<string, [value: string, description: string]> = {
    Settings: [settingsJson, 'The whole Tote settings file: save as tote-settings.json, then Options > Import settings.'],
    Region: [stack.region, 'settings.region'],
    IdentityPoolId: [props.identityPoolId, 'settings.identityPoolId'],
    BucketName: [props.bucketName, 'settings.bucket'],
    GuestAccess: [Fn.conditionIf(guests, 'true', 'false').toString(), 'settings.allowGuests'],
    SignInDomain: [props.domainUrl, 'settings.provider.domain (hosted sign-in)'],
    UserPoolClientId: [props.clientId, 'settings.provider.clientId'],
    UserPoolId: [props.userPoolId, 'settings.provider.userPoolId'],
    Scopes: [props.scopes.join(' '), 'settings.provider.scopes (space-separated)'],
  };
  for (const [id, [value, description]] of Object.entries(outputs)) {
    new CfnOutput(stack, id, { value, description });
  }
}
