/**
 * The sign-in side: a Cognito user pool, its hosted-UI domain and the extension's app client.
 * The extension is a public client (its code ships to every user), so the client has no secret
 * and uses the authorization code flow, which Cognito pairs with PKCE when the request carries a
 * `code_challenge`. Only the two browser redirect URLs are accepted.
 */
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ManagedLoginVersion,
  OAuthScope,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** The scopes in the settings file must be a subset of these, or the hosted UI answers invalid_scope. */
export const SIGN_IN_SCOPES = ['openid', 'email', 'profile'];

export interface ToteUserPoolProps {
  prefix: string;
  redirectUrls: string[];
  removalPolicy: RemovalPolicy;
}

export class ToteUserPool extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: ToteUserPoolProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Pool', {
      userPoolName: `${props.prefix}-users`,
      // Off by default: with self sign-up, anyone on the internet gets the signed-in role's
      // storage. Administrators invite users (docs/deploy.md says how to turn it on).
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      removalPolicy: props.removalPolicy,
    });
    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.prefix },
      // Pinned: the newer managed login needs a branding resource per client before it shows any
      // page, and a default that changes under a deployed stack would change what users see.
      managedLoginVersion: ManagedLoginVersion.CLASSIC_HOSTED_UI,
    });
    this.client = this.userPool.addClient('ExtensionClient', {
      userPoolClientName: `${props.prefix}-extension`,
      generateSecret: false,
      // The hosted sign-in pages offer the password methods the client allows: SRP keeps the
      // password off the wire, and USER_PASSWORD_AUTH stays off. The CDK adds
      // ALLOW_REFRESH_TOKEN_AUTH whenever a flow is listed; it renews the session without UI.
      authFlows: { userSrp: true },
      oAuth: {
        // Listing flows explicitly matters: left out, the CDK enables the implicit grant too,
        // which hands tokens over in the redirect URL.
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: props.redirectUrls,
        logoutUrls: props.redirectUrls,
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      refreshTokenValidity: Duration.days(30),
    });
  }
}
