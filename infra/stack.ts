/**
 * The Tote deployment: wires the parameters, user pool, identity pool, bucket, role policies and
 * settings outputs together. Each part lives in its own file.
 */
import { LegacyStackSynthesizer, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { grantGuestAccess, grantSignedInAccess } from './access-policies.ts';
import { createBucket } from './bucket.ts';
import { createIdentityPool } from './identity-pool.ts';
import { addParameters, type ParameterDefaults } from './parameters.ts';
import { redirectUrls } from './redirect-urls.ts';
import { addSettingsOutputs } from './settings-output.ts';
import { SIGN_IN_SCOPES, ToteUserPool } from './user-pool.ts';

export interface ToteStackProps extends StackProps {
  parameterDefaults: ParameterDefaults;
  /**
   * For the bucket and the user pool, which hold the users' data. Default: kept when the stack is
   * deleted or they are replaced, but removed when the stack's first create fails
   * (RetainExceptOnCreate), so a failed deploy leaves nothing behind.
   */
  removalPolicy?: RemovalPolicy;
}

export class ToteStack extends Stack {
  constructor(scope: Construct, id: string, props: ToteStackProps) {
    super(scope, id, {
      description: 'Tote: an S3 bucket in the browser toolbar, with Cognito sign-in (infra/ in the Tote repository).',
      // The legacy synthesizer deploys with the caller's own credentials and, with no assets,
      // needs no `cdk bootstrap`: the template carries no BootstrapVersion parameter or rule, so
      // the very same file also deploys from the CloudFormation console.
      synthesizer: new LegacyStackSynthesizer(),
      ...props,
    });
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE;
    const params = addParameters(this, props.parameterDefaults);

    const signIn = new ToteUserPool(this, 'SignIn', {
      prefix: params.prefix,
      redirectUrls: redirectUrls(params.chromeExtensionIds, params.firefoxRedirectIds),
      removalPolicy,
    });
    const identityPool = createIdentityPool(this, 'Identities', {
      name: params.prefix,
      userPool: signIn.userPool,
      client: signIn.client,
      guestsAllowed: params.guestsAllowed,
    });
    const bucket = createBucket(this, 'Bucket', {
      chromeExtensionIds: params.chromeExtensionIds,
      versioned: params.versioned,
      noncurrentVersionDays: params.noncurrentVersionDays,
      removalPolicy,
    });
    grantGuestAccess(identityPool.unauthenticatedRole, bucket);
    grantSignedInAccess(identityPool.authenticatedRole, bucket);

    addSettingsOutputs(this, {
      identityPoolId: identityPool.identityPoolId,
      bucketName: bucket.bucketName,
      guestsAllowed: params.guestsAllowed,
      domainUrl: signIn.domain.baseUrl(),
      clientId: signIn.client.userPoolClientId,
      userPoolId: signIn.userPool.userPoolId,
      scopes: SIGN_IN_SCOPES,
    });
  }
}
