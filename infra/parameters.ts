/**
 * The CloudFormation Parameters: what a person deploying from the console types. They are
 * created in the stack's own scope so their logical ids stay readable (`Prefix`, not
 * `ParamsPrefix1A2B3C`). CDK users set the defaults through context (see config.ts).
 */
import { CfnCondition, CfnParameter, Fn, type Stack } from 'aws-cdk-lib';

export interface ParameterDefaults {
  /** No default in the committed template: hosted-UI domain prefixes are unique per region. */
  prefix?: string;
  chromeExtensionId: string;
  /** SHA-1 hex of the Firefox add-on id (see redirect-urls.ts). */
  firefoxRedirectId: string;
  allowGuests: boolean;
}

export interface ToteParameters {
  prefix: string;
  chromeExtensionId: string;
  firefoxRedirectId: string;
  /** True when the `AllowGuests` parameter is `true`. */
  guestsAllowed: CfnCondition;
}

export function addParameters(stack: Stack, defaults: ParameterDefaults): ToteParameters {
  const prefix = new CfnParameter(stack, 'Prefix', {
    description:
      'Hosted sign-in domain prefix (https://<prefix>.auth.<region>.amazoncognito.com) and name of the pools. ' +
      'Lowercase letters, digits and hyphens; unique in the region; must not contain "aws", "amazon" or "cognito".',
    allowedPattern: '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$',
    constraintDescription: 'lowercase letters, digits and inner hyphens, 1-63 characters',
    ...(defaults.prefix === undefined ? {} : { default: defaults.prefix }),
  });
  const chrome = new CfnParameter(stack, 'ChromeExtensionId', {
    description: 'Chrome extension id (32 letters a-p), as shown on chrome://extensions.',
    allowedPattern: '^[a-p]{32}$',
    default: defaults.chromeExtensionId,
  });
  const firefox = new CfnParameter(stack, 'FirefoxRedirectId', {
    description:
      'SHA-1 (hex) of the Firefox add-on id: the host label of browser.identity.getRedirectURL(). ' +
      "Compute it with: printf %s 'your@addon.id' | sha1sum",
    allowedPattern: '^[0-9a-f]{40}$',
    default: defaults.firefoxRedirectId,
  });
  const allowGuests = new CfnParameter(stack, 'AllowGuests', {
    description: 'Give visitors who have not signed in read access to public/ (unauthenticated identities).',
    allowedValues: ['true', 'false'],
    default: String(defaults.allowGuests),
  });
  const guestsAllowed = new CfnCondition(stack, 'GuestsAllowed', {
    expression: Fn.conditionEquals(allowGuests.valueAsString, 'true'),
  });
  return {
    prefix: prefix.valueAsString,
    chromeExtensionId: chrome.valueAsString,
    firefoxRedirectId: firefox.valueAsString,
    guestsAllowed,
  };
}
