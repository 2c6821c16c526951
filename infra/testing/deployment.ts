/**
 * A made-up deployment of the Tote template: plausible physical ids per resource type, shaped
 * like the real ones (the settings schema checks their shapes). Unknown types throw.
 */
import type { Deployment, Template } from './intrinsics.ts';

export const FAKE = {
  region: 'us-east-1',
  identityPoolId: 'us-east-1:4f3e2d1c-0b9a-4876-a543-210fedcba987',
  userPoolId: 'us-east-1_Tote1234',
  clientId: '1example23456789abcdefghij',
  bucket: 'tote-test-bucket',
  prefix: 'tote-test',
};

export function fakeDeployment(template: Template, parameters: Record<string, string> = {}): Deployment {
  const all = { Prefix: FAKE.prefix, ...parameters };
  const typeOf = (logicalId: string): string => {
    const resource = template.Resources[logicalId];
    if (!resource) throw new Error(`no resource ${logicalId}`);
    return resource.Type;
  };
  return {
    parameters: all,
    region: FAKE.region,
    ref(logicalId) {
      const type = typeOf(logicalId);
      switch (type) {
        case 'AWS::Cognito::IdentityPool':
          return FAKE.identityPoolId;
        case 'AWS::Cognito::UserPool':
          return FAKE.userPoolId;
        case 'AWS::Cognito::UserPoolClient':
          return FAKE.clientId;
        // A Cognito-hosted domain's Ref is its prefix.
        case 'AWS::Cognito::UserPoolDomain':
          return all.Prefix;
        case 'AWS::S3::Bucket':
          return FAKE.bucket;
        case 'AWS::IAM::Role':
          return logicalId;
        default:
          throw new Error(`no fake Ref for ${type}`);
      }
    },
    attribute(logicalId, name) {
      const key = `${typeOf(logicalId)}.${name}`;
      switch (key) {
        case 'AWS::S3::Bucket.Arn':
          return `arn:aws:s3:::${FAKE.bucket}`;
        case 'AWS::IAM::Role.Arn':
          return `arn:aws:iam::123456789012:role/${logicalId}`;
        case 'AWS::Cognito::IdentityPool.Name':
          return all.Prefix;
        default:
          throw new Error(`no fake attribute ${key}`);
      }
    },
  };
}
