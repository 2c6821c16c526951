/**
 * Deploy-time choices for the CDK app, read from CDK context (`cdk deploy -c key=value`):
 *   stackName          CloudFormation stack name (default Tote)
 *   region             target region (default: the AWS CLI profile's)
 *   prefix             default for the Prefix parameter (hosted-UI domain prefix, pool names)
 *   chromeExtensionIds comma-separated Chrome/Edge ids, default for ChromeExtensionIds
 *                      (default: the development id)
 *   firefoxAddonIds    comma-separated add-on ids whose SHA-1s become the FirefoxRedirectIds
 *                      default (default: the development add-on id)
 *   allowGuests        true | false, default for AllowGuests (default true)
 *   versioning         true | false, default for Versioning (default true)
 *   retain             true | false: keep the bucket and user pool when the stack is deleted
 *                      (default true, but never after a failed first create; false only
 *                      empties cleanly if the bucket is empty)
 * The committed template is TEMPLATE_CONFIG: no context at all.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import type { ParameterDefaults } from './parameters.ts';
import { DEV_CHROME_EXTENSION_ID, DEV_FIREFOX_ADDON_ID, firefoxRedirectId } from './redirect-urls.ts';

/** How long an earlier version is kept by default: a month to notice a mistake. */
export const NONCURRENT_VERSION_DAYS = 30;

export interface InfraConfig {
  stackName: string;
  region?: string;
  removalPolicy: RemovalPolicy;
  parameterDefaults: ParameterDefaults;
}

type ContextLookup = (key: string) => unknown;

/** A comma-separated context value as a list (CDK context from the command line is text). */
function list(lookup: ContextLookup, key: string): string[] | undefined {
  const value = text(lookup, key);
  return value?.split(',').map((item) => item.trim());
}

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
    removalPolicy: flag(lookup, 'retain', true) ? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE : RemovalPolicy.DESTROY,
    parameterDefaults: {
      ...(prefix === undefined ? {} : { prefix }),
      chromeExtensionIds: list(lookup, 'chromeExtensionIds') ?? [DEV_CHROME_EXTENSION_ID],
      firefoxRedirectIds: (list(lookup, 'firefoxAddonIds') ?? [DEV_FIREFOX_ADDON_ID]).map(firefoxRedirectId),
      allowGuests: flag(lookup, 'allowGuests', true),
      versioning: flag(lookup, 'versioning', true),
      noncurrentVersionDays: NONCURRENT_VERSION_DAYS,
    },
  };
}

/** What `infra/template.json` is synthesized from. */
export const TEMPLATE_CONFIG: InfraConfig = configFromContext(() => undefined);
