/**
 * The CloudFormation Parameters: what a person deploying from the console types. They are
 * created in the stack's own scope so their logical ids stay readable (`Prefix`, not
 * `ParamsPrefix1A2B3C`). CDK users set the defaults through context (see config.ts).
 */
import { CfnCondition, CfnParameter, Fn, type Stack } from 'aws-cdk-lib';

export interface ParameterDefaults {
  /** No default in the committed template: hosted-UI domain prefixes are unique per region. */
  prefix?: string;
  chromeExtensionIds: string[];
  /** SHA-1 hex of each Firefox add-on id (see redirect-urls.ts). */
  firefoxRedirectIds: string[];
  allowGuests: boolean;
  versioning: boolean;
  noncurrentVersionDays: number;
}

export interface ToteParameters {
  prefix: string;
  /** List tokens: their length is only known at deploy time. */
  chromeExtensionIds: string[];
  firefoxRedirectIds: string[];
  /** True when the `AllowGuests` parameter is `true`. */
  guestsAllowed: CfnCondition;
  /** True when the `Versioning` parameter is `true`. */
  versioned: CfnCondition;
  noncurrentVersionDays: number;
}

/**
 * Cognito refuses a domain prefix containing these words, but only after the pools exist: the
 * pattern refuses them before anything is created. CloudFormation's patterns are Java regular
 * expressions, which have lookahead.
 */
export const PREFIX_PATTERN = '^(?!.*(aws|amazon|cognito))[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$';

function trueOrFalse(stack: Stack, id: string, conditionId: string, description: string, fallback: boolean): CfnCondition {
  const parameter = new CfnParameter(stack, id, { description, allowedValues: ['true', 'false'], default: String(fallback) });
  return new CfnCondition(stack, conditionId, { expression: Fn.conditionEquals(parameter.valueAsString, 'true') });
}

export function addParameters(stack: Stack, defaults: ParameterDefaults): ToteParameters {
  const prefix = new CfnParameter(stack, 'Prefix', {
    description:
      'Hosted sign-in domain prefix (https://<prefix>.auth.<region>.amazoncognito.com) and name of the pools. ' +
      'Lowercase letters, digits and hyphens; unique in the region; must not contain "aws", "amazon" or "cognito".',
    allowedPattern: PREFIX_PATTERN,
    constraintDescription: 'lowercase letters, digits and inner hyphens, 1-63 characters, without "aws", "amazon" or "cognito"',
    ...(defaults.prefix === undefined ? {} : { default: defaults.prefix }),
  });
  const chrome = new CfnParameter(stack, 'ChromeExtensionIds', {
    type: 'CommaDelimitedList',
    description:
      'Chrome and Edge extension ids (32 letters a-p, as shown on chrome://extensions or edge://extensions), ' +
      'comma-separated: for example the development build, the Chrome Web Store build and the Edge Add-ons build.',
    allowedPattern: '^[a-p]{32}$',
    default: defaults.chromeExtensionIds.join(','),
  });
  const firefox = new CfnParameter(stack, 'FirefoxRedirectIds', {
    type: 'CommaDelimitedList',
    description:
      'SHA-1 (hex) of each Firefox add-on id, comma-separated: the host label of browser.identity.getRedirectURL(). ' +
      "Compute one with: printf %s 'your@addon.id' | sha1sum",
    allowedPattern: '^[0-9a-f]{40}$',
    default: defaults.firefoxRedirectIds.join(','),
  });
  const guestsAllowed = trueOrFalse(
    stack,
    'AllowGuests',
    'GuestsAllowed',
    'Give visitors who have not signed in read access to public/ (unauthenticated identities).',
    defaults.allowGuests,
  );
  const versioned = trueOrFalse(
    stack,
    'Versioning',
    'Versioned',
    'Keep earlier versions of overwritten and deleted files (S3 versioning), expired after NoncurrentVersionDays.',
    defaults.versioning,
  );
  const noncurrentDays = new CfnParameter(stack, 'NoncurrentVersionDays', {
    type: 'Number',
    description: 'Days an earlier version of a file is kept once it has been replaced or deleted (when Versioning is on).',
    minValue: 1,
    default: defaults.noncurrentVersionDays,
  });
  return {
    prefix: prefix.valueAsString,
    chromeExtensionIds: chrome.valueAsList,
    firefoxRedirectIds: firefox.valueAsList,
    guestsAllowed,
    versioned,
    noncurrentVersionDays: noncurrentDays.valueAsNumber,
  };
}
