/** The bucket: private, encrypted, HTTPS-only, with CORS for the extension's origins. */
import { Template as Assertions } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { fakeDeployment } from './testing/deployment.ts';
import { evaluate } from './testing/intrinsics.ts';
import { only, template } from './testing/synthesized.ts';
import { USER_METADATA_KEYS } from '../src/s3/user-metadata.ts';

const assertions = Assertions.fromJSON(template);
const bucket = only('AWS::S3::Bucket');
const [cors, ...moreRules] = (bucket.properties.CorsConfiguration as { CorsRules: Record<string, unknown>[] }).CorsRules;

describe('bucket', () => {
  it('blocks every kind of public access', () => {
    expect(bucket.properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
  });

  it('encrypts objects with S3-managed keys', () => {
    expect(bucket.properties.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
  });

  it('refuses requests that are not over HTTPS', () => {
    const policy = only('AWS::S3::BucketPolicy').properties;
    expect(policy.Bucket).toEqual({ Ref: bucket.id });
    const statements = (policy.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement;
    // The bucket policy only takes rights away; the roles' own policies are what grant.
    expect(statements.every((s) => s.Effect === 'Deny')).toBe(true);
    expect(statements).toContainEqual(expect.objectContaining({ Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
  });

  it('is kept when the stack is deleted, but not left behind by a failed first create', () => {
    assertions.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'RetainExceptOnCreate', UpdateReplacePolicy: 'Retain' });
  });

  it('owns every object itself (ACLs off)', () => {
    expect(bucket.properties.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
  });

  it('aborts abandoned multipart uploads and expires earlier versions after NoncurrentVersionDays', () => {
    const rules = (days: string) => evaluate(template, fakeDeployment(template, { NoncurrentVersionDays: days }), bucket.properties.LifecycleConfiguration);
    expect(rules('30')).toEqual({
      Rules: [
        { Id: 'AbortIncompleteUploads', Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
        { Id: 'ExpireEarlierVersions', Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: '30' } },
      ],
    });
    expect(template.Parameters?.NoncurrentVersionDays?.Default).toBe(30);
  });

  it('keeps versions by default, and suspends versioning when Versioning is false', () => {
    const status = (parameters: Record<string, string>) => evaluate(template, fakeDeployment(template, parameters), bucket.properties.VersioningConfiguration);
    expect(status({})).toEqual({ Status: 'Enabled' });
    expect(status({ Versioning: 'false' })).toEqual({ Status: 'Suspended' });
  });
});

describe('bucket CORS', () => {
  it('has one rule', () => {
    expect(cors).toBeDefined();
    expect(moreRules).toEqual([]);
  });

  it('admits each listed Chrome/Edge build and Firefox extension origins only', () => {
    const origins = (parameters: Record<string, string>) => evaluate(template, fakeDeployment(template, parameters), cors?.AllowedOrigins);
    expect(origins({})).toEqual(['chrome-extension://fkijocbgebhfbknanopdnbnhglffjdob', 'moz-extension://*']);
    expect(origins({ ChromeExtensionIds: 'abcdefghijklmnopabcdefghijklmnop,ponmlkjihgfedcbaponmlkjihgfedcba' })).toEqual([
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
      'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba',
      'moz-extension://*',
    ]);
  });

  it('exposes ETag, which completing a multipart upload needs', () => {
    expect(cors?.ExposedHeaders).toContain('ETag');
  });

  it('exposes every user metadata header Tote writes, by name (S3 takes no wildcard there)', () => {
    for (const key of USER_METADATA_KEYS) expect(cors?.ExposedHeaders, key).toContain(`x-amz-meta-${key}`);
    expect(((cors?.ExposedHeaders ?? []) as string[]).filter((header) => header.includes('*'))).toEqual([]);
  });

  it('allows the methods and the request headers the AWS SDK uses', () => {
    expect(new Set(cors?.AllowedMethods as string[])).toEqual(new Set(['GET', 'PUT', 'POST', 'DELETE', 'HEAD']));
    for (const header of ['authorization', 'x-amz-*', 'amz-sdk-invocation-id', 'amz-sdk-request', 'content-type', 'range']) {
      expect(cors?.AllowedHeaders, header).toContain(header);
    }
    expect(cors?.AllowedHeaders).not.toContain('*');
  });
});
