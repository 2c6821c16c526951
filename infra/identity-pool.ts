/**
 * The identity pool that turns a user-pool sign-in (or nothing, for guests) into AWS
 * credentials. The construct creates both roles with the trust policy Cognito needs: assumable
 * only through `sts:AssumeRoleWithWebIdentity` by `cognito-identity.amazonaws.com`, only for
 * this pool (`aud`), and only for the matching kind of identity (`amr` authenticated or
 * unauthenticated). Without the `amr` condition a guest could present its token to the signed-in
 * role; without `aud`, any identity pool in any account could.
 */
import { Fn, type CfnCondition } from 'aws-cdk-lib';
import type { CfnIdentityPool, UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { IdentityPool, UserPoolAuthenticationProvider } from 'aws-cdk-lib/aws-cognito-identitypool';
import type { Construct } from 'constructs';

export interface ToteIdentityPoolProps {
  name: string;
  userPool: UserPool;
  client: UserPoolClient;
  guestsAllowed: CfnCondition;
}

export function createIdentityPool(scope: Construct, id: string, props: ToteIdentityPoolProps): IdentityPool {
  const pool = new IdentityPool(scope, id, {
    identityPoolName: props.name,
    // The basic (classic) flow lets a client trade its Cognito token for any role that trusts
    // the pool; the enhanced flow only hands out the pool's own two roles.
    allowClassicFlow: false,
    authenticationProviders: {
      // Registers the provider as `cognito-idp.<region>.amazonaws.com/<user pool id>`: the
      // token's issuer without `https://`, which is also the key Tote puts in `Logins`. It
      // also checks with the user pool that the token was not revoked (server-side token check).
      userPools: [new UserPoolAuthenticationProvider({ userPool: props.userPool, userPoolClient: props.client })],
    },
  });
  // The construct takes a plain boolean; guest access is a template parameter, so set the
  // underlying property to a condition the deployer chooses.
  const cfn = pool.node.defaultChild as CfnIdentityPool;
  cfn.allowUnauthenticatedIdentities = Fn.conditionIf(props.guestsAllowed.logicalId, true, false);
  // The construct also adds DependsOn on the user pool and its client, which the provider's Refs
  // already imply (cfn-lint W3005).
  cfn.addDeletionOverride('DependsOn');
  return pool;
}
