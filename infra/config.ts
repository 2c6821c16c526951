/**
 * Deploy-time choices for the CDK app, read from CDK context (`cdk deploy -c key=value`):
 *   stackName          CloudFormation stack name (default Tote)
 *   region             target region (default: the AWS CLI profile's)
 *   prefix             default for the Prefix parameter (hosted-UI domain prefix, pool names)
 *   chromeExtensionId  default for ChromeExtensionId (default: the development id)
 *   firefoxAddonId     add-on id whose SHA-1 becomes the FirefoxRedirectId default
 *   allowGuests        true | false, default for AllowGuests (default true)
 *   retain             true | false: keep the bucket and user pool when the stack is deleted
 *                      (default true; false only empties cleanly if the bucket is empty)
 * The committed template is TEMPLATE_CONFIG: no context at all.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import type { ParameterDefaults } from './parameters.ts';
import { DEV_CHROME_EXTENSION_ID, DEV_FIREFOX_ADDON_ID, firefoxRedirectId } from './redirect-urls.ts';

export interface InfraConfig {
  stackName: string;
  region?: string;
  removalPolicy: RemovalPolicy;
  parameterDefaults: ParameterDefaults;
}

type ContextLookup = (key: string) => unknown;

function text(lookup: ContextLookup, key: string): string | undefined {
  const value = lookup(key);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new Error(`context "${key}" must be a non-empty string`);
  return value;
}

/** Context from the command line is always a string; cdk.json may hold a real boolean. */
function flag(lookup: ContextLookup, key: string, fallback: boolean): boolean {
  const value = lookup(key);
  if (value === undefined) return fallback;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new Error(`context "${key}" must be true or false, got ${JSON.stringify(value)}`);
}

export function configFromContext(lookup: ContextLookup): InfraConfig {
  const prefix = text(lookup, 'prefix');
  const region = text(lookup, 'region');
  return {
    stackName: text(lookup, 'stackName') ?? 'Tote',
    ...(region === undefined ? {} : { region }),
    removalPolicy: flag(lookup, 'retain', true) ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    parameterDefaults: {
      ...(prefix === undefined ? {} : { prefix }),
      chromeExtensionId: text(lookup, 'chromeExtensionId') ?? DEV_CHROME_EXTENSION_ID,
      firefoxRedirectId: firefoxRedirectId(text(lookup, 'firefoxAddonId') ?? DEV_FIREFOX_ADDON_ID),
      allowGuests: flag(lookup, 'allowGuests', true),
    },
  };
}

/** What `infra/template.json` is synthesized from. */
export const TEMPLATE_CONFIG: InfraConfig = configFromContext(() => undefined);
