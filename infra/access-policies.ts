/**
 * Attaches the access rules of infra/access-rules.ts to the identity pool's roles. The same
 * statements configure the devstack, so the two cannot drift apart.
 */
import { type IRole, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { guestStatements, signedInStatements, type AccessStatement } from './access-rules.ts';

function attach(role: IRole, statements: AccessStatement[]): void {
  for (const statement of statements) role.addToPrincipalPolicy(PolicyStatement.fromJson(statement));
}

export function grantGuestAccess(role: IRole, bucket: IBucket): void {
  attach(role, guestStatements(bucket.bucketArn));
}

export function grantSignedInAccess(role: IRole, bucket: IBucket): void {
  attach(role, signedInStatements(bucket.bucketArn));
}
